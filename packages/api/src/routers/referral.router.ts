import { EventPayloads, ReferralKindSchema, ViolationSchema } from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { decideWithDirectory, inspectPathway, OnPathwaySchema } from '../pathway-access.ts';
import { authedProcedure } from '../trpc.ts';
import { referralSendPayload } from './clinical.router.ts';
import { commandProcedure } from './command.ts';
import { listPage, PageInputSchema } from './worklist.router.ts';

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
  /**
   * What is addressed to the viewer's organisation and not yet acted on: a page of 50 rows with
   * a cursor, as worklist.mine's (issue 11).
   */
  inbox: authedProcedure
    .input(PageInputSchema.default({}))
    .query(({ ctx, input }) => listPage(ctx, 'referral.inbox', 'inbox', input)),
} satisfies TRPCRouterRecord;
