import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { type InboxItem, inboxReads, worklist } from '../schema/index.ts';
import { type AuditEntry, writeAudit } from './audit.repo.ts';
import { isUuid } from './ids.ts';

export interface InboxMark {
  pathwayId: string;
  /** The organisation whose inbox it is (the viewer's, never the request's). */
  organisationId: string;
  /** The inbox item: the seq of its event. */
  seq: number;
  userId: string;
}

/**
 * The citizen of the organisation's worklist row when the item at `seq` is in its inbox; null
 * when it is not (no such pathway, no relation, or nothing addressed to it at that seq).
 */
async function inboxItemOwner(db: Db, mark: InboxMark): Promise<{ citizenId: string } | null> {
  if (!isUuid(mark.pathwayId)) return null;
  const [row] = await db
    .select({ citizenId: worklist.citizenId })
    .from(worklist)
    .where(
      and(
        eq(worklist.pathwayId, mark.pathwayId),
        eq(worklist.organisationId, mark.organisationId),
        sql`${worklist.inbox} @> ${JSON.stringify([{ seq: mark.seq }])}::jsonb`,
      ),
    );
  return row ?? null;
}

/**
 * Marks an inbox item read (`read: true`, idempotent) or unread again, with its audit row in the
 * same transaction. Returns the citizen, or null (nothing written but the audit row's refusal is
 * the caller's) when the item is not in the organisation's inbox.
 */
export async function markInbox(
  db: Db,
  mark: InboxMark,
  read: boolean,
  audit: (citizenId: string) => AuditEntry,
): Promise<{ citizenId: string } | null> {
  return db.transaction(async (tx) => {
    const owner = await inboxItemOwner(tx, mark);
    if (!owner) return null;
    const key = and(
      eq(inboxReads.pathwayId, mark.pathwayId),
      eq(inboxReads.organisationId, mark.organisationId),
      eq(inboxReads.seq, mark.seq),
    );
    if (read) {
      await tx
        .insert(inboxReads)
        .values({
          pathwayId: mark.pathwayId,
          organisationId: mark.organisationId,
          seq: mark.seq,
          readBy: mark.userId,
        })
        .onConflictDoNothing();
    } else {
      await tx.delete(inboxReads).where(key);
    }
    await writeAudit(tx, audit(owner.citizenId));
    return owner;
  });
}

/**
 * The items of a pathway in the organisation's inbox that it has not read (issue 14: read when
 * opened, also from a direct link), with the row's citizen; null when the organisation has no
 * worklist row for the pathway (no relation). One index lookup by (pathway, organisation).
 */
export async function unreadInboxOf(
  db: Db,
  key: { pathwayId: string; organisationId: string },
): Promise<{ citizenId: string; items: InboxItem[] } | null> {
  if (!isUuid(key.pathwayId)) return null;
  const [row] = await db
    .select({
      citizenId: worklist.citizenId,
      inbox: worklist.inbox,
      readSeqs: sql<number[] | null>`(select array_agg(${inboxReads.seq}) from ${inboxReads} where ${and(
        eq(inboxReads.pathwayId, worklist.pathwayId),
        eq(inboxReads.organisationId, worklist.organisationId),
      )})`,
    })
    .from(worklist)
    .where(and(eq(worklist.pathwayId, key.pathwayId), eq(worklist.organisationId, key.organisationId)));
  if (!row) return null;
  const read = new Set((row.readSeqs ?? []).map(Number));
  return { citizenId: row.citizenId, items: row.inbox.filter((item) => !read.has(item.seq)) };
}
