import { CommandExtras, EventPayloads } from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { authedProcedure } from '../trpc.ts';
import { commandProcedure } from './command.ts';
import { listPage, PageInputSchema } from './worklist.router.ts';

/** Sick-leave follow-up (spec §6.5): the rules are the domain's; these are its doors. */
export const jobcentreRouter = {
  caseload: authedProcedure
    .input(PageInputSchema.default({}))
    .query(({ ctx, input }) => listPage(ctx, 'jobcentre.caseload', 'all', input)),
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
