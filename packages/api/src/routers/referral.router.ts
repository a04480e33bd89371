import { worklistFor } from '@rygforlob/db';
import { EventPayloads, ReferralKindSchema, ViolationSchema } from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditListed, decideWithDirectory, inspectPathway, OnPathwaySchema } from '../pathway-access.ts';
import { authedProcedure } from '../trpc.ts';
import { referralSendPayload } from './clinical.router.ts';
import { commandProcedure } from './command.ts';
import { toWorklistEntry, WorklistEntrySchema } from './worklist.router.ts';

export const referralRouter = {
  /** Runs every rule of chapter 8 without sending, so the composer can show them as the user types. */
  check: authedProcedure
    .input(
      OnPathwaySchema.pick({ pathwayId: true }).extend({
        kind: ReferralKindSchema,
        to: EventPayloads.referralSent.shape.to,
        content: z.unknown(),
        recordConsent: z.boolean().default(false),
      }),
    )
    .output(
      z.object({
        allowed: z.boolean(),
        violations: z.array(ViolationSchema),
        warnings: z.array(ViolationSchema),
      }),
    )
    .query(async ({ ctx, input }) => {
      const { state, citizen } = await inspectPathway(ctx, input.pathwayId, 'referral.check');
      // A dry run of the real decision, so the composer and `send` can never disagree.
      const purpose = input.kind.startsWith('jobcentre') ? ('employment' as const) : ('treatment' as const);
      const command = {
        type: 'referralSent' as const,
        referralId: 'draft',
        kind: input.kind,
        to: input.to,
        content: input.content as Record<string, unknown>,
        ...(input.recordConsent ? { recordConsent: purpose } : {}),
      };
      const decision = await decideWithDirectory(ctx, state, command, citizen);
      return {
        allowed: decision.ok,
        violations: decision.ok ? [] : decision.violations,
        warnings: decision.warnings,
      };
    }),
  send: commandProcedure('referralSent', referralSendPayload, 'referral.send'),
  accept: commandProcedure('referralAccepted', EventPayloads.referralAccepted, 'referral.accept'),
  decline: commandProcedure('referralDeclined', EventPayloads.referralDeclined, 'referral.decline'),
  /** §140: grade basic or advanced (R140-GRADE), and the citizen's free choice (R140-7-DAYS). */
  grade: commandProcedure('rehabGraded', EventPayloads.rehabGraded, 'referral.grade'),
  recordFreeChoice: commandProcedure(
    'freeChoiceRecorded',
    EventPayloads.freeChoiceRecorded,
    'referral.free-choice',
  ),
  /** What is addressed to the viewer's organisation and not yet acted on. */
  inbox: authedProcedure
    .input(z.object({ search: z.string().max(100).optional() }).default({}))
    .output(z.array(WorklistEntrySchema))
    .query(async ({ ctx, input }) => {
      const rows = await worklistFor(ctx.database.db, ctx.viewer.organisationId, {
        filter: 'inbox',
        now: ctx.now().toISOString(),
        ...(input.search ? { search: input.search } : {}),
      });
      await auditListed(ctx, 'referral.inbox', rows);
      return rows.map(toWorklistEntry);
    }),
} satisfies TRPCRouterRecord;
