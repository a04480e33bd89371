import {
  CommandExtras,
  EventPayloads,
  QuestionnaireInputSchema,
  scoreQuestionnaire,
  TriageInputSchema,
  triage,
} from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { refuse } from '../errors.ts';
import { authedProcedure } from '../trpc.ts';
import { commandProcedure } from './command.ts';

/** Previews are pure and hold no citizen data: the form shows the result before it is saved. */
const preview = <T>(
  result: { ok: true; value: T } | { ok: false; violations: Parameters<typeof refuse>[0] },
): T => {
  if (!result.ok) throw refuse(result.violations);
  return result.value;
};

export const triageRouter = {
  /** TG-CAUDA comes back as the first warning: the UI makes it unmissable. */
  record: commandProcedure('triaged', EventPayloads.triaged, 'triage.record'),
  preview: authedProcedure.input(TriageInputSchema).query(({ input }) => preview(triage(input))),
} satisfies TRPCRouterRecord;

export const assessmentRouter = {
  recordIcf: commandProcedure('assessed', EventPayloads.assessed, 'assessment.icf'),
  completeQuestionnaire: commandProcedure(
    'questionnaireCompleted',
    EventPayloads.questionnaireCompleted,
    'assessment.questionnaire',
  ),
  /** Min side (issue 12): ask the citizen to answer a questionnaire at home. */
  requestQuestionnaire: commandProcedure(
    'questionnaireRequested',
    EventPayloads.questionnaireRequested,
    'assessment.requestQuestionnaire',
  ),
  score: authedProcedure
    .input(QuestionnaireInputSchema)
    .query(({ input }) => preview(scoreQuestionnaire(input))),
} satisfies TRPCRouterRecord;

export const planRouter = {
  update: commandProcedure('planUpdated', EventPayloads.planUpdated, 'plan.update'),
  startIntervention: commandProcedure(
    'interventionStarted',
    EventPayloads.interventionStarted,
    'intervention.start',
  ),
  recordSession: commandProcedure('sessionRecorded', EventPayloads.sessionRecorded, 'intervention.session'),
  endIntervention: commandProcedure('interventionEnded', EventPayloads.interventionEnded, 'intervention.end'),
  prescribe: commandProcedure(
    'medicationPrescribed',
    EventPayloads.medicationPrescribed,
    'medication.prescribe',
  ),
  followUpMedication: commandProcedure(
    'medicationFollowedUp',
    EventPayloads.medicationFollowedUp,
    'medication.followup',
  ),
  close: commandProcedure('pathwayClosed', EventPayloads.pathwayClosed, 'pathway.close'),
} satisfies TRPCRouterRecord;

export const noteRouter = {
  /** Feedback, epicrisis, closing notes (XDIS15, slutnotat) and correspondence. */
  send: commandProcedure('noteSent', EventPayloads.noteSent, 'note.send'),
} satisfies TRPCRouterRecord;

export const consentRouter = {
  give: commandProcedure('consentGiven', EventPayloads.consentGiven, 'consent.give'),
  withdraw: commandProcedure('consentWithdrawn', EventPayloads.consentWithdrawn, 'consent.withdraw'),
} satisfies TRPCRouterRecord;

export const referralSendPayload = EventPayloads.referralSent.extend(CommandExtras.referralSent.shape);
