import { worklistFor } from '@rygforlob/db';
import { CommandExtras, EventPayloads } from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditListed } from '../pathway-access.ts';
import { authedProcedure } from '../trpc.ts';
import { commandProcedure } from './command.ts';
import { toWorklistEntry, WorklistEntrySchema } from './worklist.router.ts';

/** Sick-leave follow-up (spec §6.5): the rules are the domain's; these are its doors. */
export const jobcentreRouter = {
  caseload: authedProcedure
    .input(z.object({ search: z.string().max(100).optional() }).default({}))
    .output(z.array(WorklistEntrySchema))
    .query(async ({ ctx, input }) => {
      const rows = await worklistFor(ctx.database.db, ctx.viewer.organisationId, {
        now: ctx.now().toISOString(),
        ...(input.search ? { search: input.search } : {}),
      });
      await auditListed(ctx, 'jobcentre.caseload', rows);
      return rows.map(toWorklistEntry);
    }),
  registerSickLeave: commandProcedure(
    'sickLeaveRegistered',
    EventPayloads.sickLeaveRegistered,
    'jobcentre.sick-leave',
  ),
  requestFastTrack: commandProcedure(
    'fastTrackRequested',
    EventPayloads.fastTrackRequested,
    'jobcentre.fast-track',
  ),
  scheduleMeeting: commandProcedure(
    'meetingScheduled',
    EventPayloads.meetingScheduled,
    'jobcentre.meeting.schedule',
  ),
  holdMeeting: commandProcedure('meetingHeld', EventPayloads.meetingHeld, 'jobcentre.meeting.held'),
  /** A planned meeting called off (issue 14); the app asks before it sends this. */
  cancelMeeting: commandProcedure(
    'meetingCancelled',
    EventPayloads.meetingCancelled,
    'jobcentre.meeting.cancel',
  ),
  /** With the citizen's signed employment consent, if they gave one (JOB-CONSENT, CONSENT-BY). */
  requestCertificate: commandProcedure(
    'certificateRequested',
    EventPayloads.certificateRequested.extend(CommandExtras.certificateRequested.shape),
    'jobcentre.certificate.request',
  ),
  /** The GP answers LÆ 285 (or the mulighedserklæring) from the clinic app. */
  answerCertificate: commandProcedure(
    'certificateAnswered',
    EventPayloads.certificateAnswered,
    'jobcentre.certificate.answer',
  ),
  applyS56: commandProcedure('s56Applied', EventPayloads.s56Applied, 'jobcentre.s56'),
  scheduleBenefitReview: commandProcedure(
    'benefitReviewScheduled',
    EventPayloads.benefitReviewScheduled,
    'jobcentre.benefit-review',
  ),
} satisfies TRPCRouterRecord;
