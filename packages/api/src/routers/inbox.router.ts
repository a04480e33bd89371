import { markInbox, unreadInboxOf, writeAudit } from '@rygforlob/db';
import { ActorSchema } from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { notFound } from '../errors.ts';
import { authedProcedure } from '../trpc.ts';

const InboxItemInput = z.object({
  pathwayId: z.uuid(),
  /** The inbox item's event (its `seq` in worklist.mine). */
  seq: z.number().int().min(1).max(1_000_000),
});

const UnreadItemSchema = z.object({
  type: z.string(),
  seq: z.number().int(),
  at: z.string(),
  from: z.object({ actor: ActorSchema, organisationId: z.string() }),
  withheld: z.boolean(),
});

/**
 * The inbox's read state, per organisation: "read when opened, mark unread again". Only an item
 * in the viewer's own organisation's inbox can be marked; anything else is NOT_FOUND, as for a
 * pathway without a relation. Each mark is audited with the citizen it concerns.
 */
function markProcedure(read: boolean) {
  const action = read ? 'inbox.markRead' : 'inbox.markUnread';
  return authedProcedure
    .input(InboxItemInput)
    .output(z.object({ pathwayId: z.string(), seq: z.number().int(), read: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const who = {
        userId: ctx.viewer.userId,
        organisationId: ctx.viewer.organisationId,
        actor: ctx.viewer.actor,
      };
      const marked = await markInbox(
        ctx.database.db,
        { ...input, organisationId: ctx.viewer.organisationId, userId: ctx.viewer.userId },
        read,
        (citizenId) => ({
          ...who,
          citizenId,
          pathwayId: input.pathwayId,
          action,
          outcome: 'ok',
          detail: { seq: input.seq },
        }),
      );
      if (!marked) {
        await writeAudit(ctx.database.db, {
          ...who,
          action,
          outcome: 'not-found',
          detail: { reason: 'not-in-inbox', seq: input.seq },
        });
        throw notFound('inbox item');
      }
      return { pathwayId: input.pathwayId, seq: input.seq, read };
    });
}

export const inboxRouter = {
  markRead: markProcedure(true),
  markUnread: markProcedure(false),
  /**
   * The viewer's organisation's unread inbox items of one pathway, for a pathway page opened from
   * a direct link (a bookmark, a message) whose row no loaded list holds: opening it reads them
   * (issue 14). Not part of pathway.get, the hottest read. Audited as a read of the citizen's
   * data; NOT_FOUND (and the refusal audited) when the organisation has no row for the pathway.
   */
  unread: authedProcedure
    .input(InboxItemInput.pick({ pathwayId: true }))
    .output(z.array(UnreadItemSchema))
    .query(async ({ ctx, input }) => {
      const who = {
        userId: ctx.viewer.userId,
        organisationId: ctx.viewer.organisationId,
        actor: ctx.viewer.actor,
      };
      const found = await unreadInboxOf(ctx.database.db, {
        pathwayId: input.pathwayId,
        organisationId: ctx.viewer.organisationId,
      });
      if (!found) {
        await writeAudit(ctx.database.db, {
          ...who,
          action: 'inbox.unread',
          outcome: 'not-found',
          detail: { reason: 'no-row' },
        });
        throw notFound('pathway');
      }
      await writeAudit(ctx.database.db, {
        ...who,
        citizenId: found.citizenId,
        pathwayId: input.pathwayId,
        action: 'inbox.unread',
        outcome: 'ok',
        detail: { rows: found.items.length },
      });
      // Field by field, as the worklist's rows: the stored items may carry more.
      return found.items.map((item) => ({
        type: item.type,
        seq: item.seq,
        at: item.at,
        from: { actor: item.from.actor, organisationId: item.from.organisationId },
        withheld: item.withheld,
      }));
    }),
} satisfies TRPCRouterRecord;
