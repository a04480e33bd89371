import { timingSafeEqual } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  fhirClients,
  type MessageOutcome,
  organisations,
  processedMessages,
  users,
} from '../schema/index.ts';
import type { OrganisationRow } from './organisations.repo.ts';
import { hashToken } from './sessions.repo.ts';

export type ProcessedMessageRow = typeof processedMessages.$inferSelect;

/** Registers (or replaces the secret of) an organisation's system client. */
export async function upsertFhirClient(
  db: Db,
  client: { id: string; organisationId: string; secret: string },
): Promise<void> {
  const secretHash = hashToken(client.secret);
  await db
    .insert(fhirClients)
    .values({ id: client.id, organisationId: client.organisationId, secretHash })
    .onConflictDoUpdate({
      target: fhirClients.id,
      set: { organisationId: client.organisationId, secretHash },
    });
}

/** The organisation a client credential speaks for; null when the id or the secret is wrong. */
export async function authenticateFhirClient(
  db: Db,
  clientId: string,
  secret: string,
): Promise<OrganisationRow | null> {
  const [row] = await db
    .select({ secretHash: fhirClients.secretHash, organisation: organisations })
    .from(fhirClients)
    .innerJoin(organisations, eq(organisations.id, fhirClients.organisationId))
    .where(eq(fhirClients.id, clientId));
  const given = Buffer.from(hashToken(secret), 'hex');
  // Compare even when the client is unknown, so timing does not tell which ids exist.
  const stored = Buffer.from(row?.secretHash ?? '0'.repeat(64), 'hex');
  return timingSafeEqual(given, stored) && row ? row.organisation : null;
}

/**
 * Claims a message id for its sender before anything is appended: `claimed`, or the row of the
 * earlier delivery (processing, ok or fatal-error) when the id was seen before.
 */
export async function claimMessage(
  db: Db,
  key: { organisationId: string; messageId: string },
): Promise<{ claimed: true } | { claimed: false; earlier: ProcessedMessageRow }> {
  const inserted = await db
    .insert(processedMessages)
    .values({ ...key, outcome: 'processing' })
    .onConflictDoNothing()
    .returning({ messageId: processedMessages.messageId });
  if (inserted.length > 0) return { claimed: true };
  const [earlier] = await db
    .select()
    .from(processedMessages)
    .where(
      and(
        eq(processedMessages.organisationId, key.organisationId),
        eq(processedMessages.messageId, key.messageId),
      ),
    );
  if (!earlier) throw new Error('processed_messages: a claimed message has no row');
  return { claimed: false, earlier };
}

/** Records how a claimed message ended, with the acknowledgement that was sent. */
export async function completeMessage(
  db: Db,
  key: { organisationId: string; messageId: string },
  result: {
    outcome: Exclude<MessageOutcome, 'processing'>;
    pathwayId?: string | null;
    acknowledgement: Record<string, unknown>;
    at?: Date;
  },
): Promise<void> {
  await db
    .update(processedMessages)
    .set({
      outcome: result.outcome,
      pathwayId: result.pathwayId ?? null,
      acknowledgement: result.acknowledgement,
      completedAt: result.at ?? new Date(),
    })
    .where(
      and(
        eq(processedMessages.organisationId, key.organisationId),
        eq(processedMessages.messageId, key.messageId),
      ),
    );
}

/** A user's display name (MedCom names the practitioner who wrote a message); null if unknown. */
export async function findUserName(db: Db, userId: string): Promise<string | null> {
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId));
  return row?.name ?? null;
}

/** Gives up a claim that ended in a server error, so a later delivery is processed afresh. */
export async function releaseMessage(
  db: Db,
  key: { organisationId: string; messageId: string },
): Promise<void> {
  await db
    .delete(processedMessages)
    .where(
      and(
        eq(processedMessages.organisationId, key.organisationId),
        eq(processedMessages.messageId, key.messageId),
        eq(processedMessages.outcome, 'processing'),
      ),
    );
}

/** Sets an organisation's SOR code: its MedCom address. */
export async function setSorCode(db: Db, organisationId: string, sorCode: string | null): Promise<void> {
  await db.update(organisations).set({ sorCode }).where(eq(organisations.id, organisationId));
}
