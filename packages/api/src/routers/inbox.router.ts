import { markInbox, writeAudit } from '@rygforlob/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { notFound } from '../errors.ts';
import { authedProcedure } from '../trpc.ts';

const InboxItemInput = z.object({
  pathwayId: z.uuid(),
  /** The inbox item's event (its `seq` in worklist.mine). */
  seq: z.number().int().min(1).max(1_000_000),
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
} satisfies TRPCRouterRecord;
