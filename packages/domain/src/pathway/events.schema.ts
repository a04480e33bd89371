import { z } from 'zod';
import {
  IcfAssessmentSchema,
  QuestionnaireInputSchema,
  QuestionnaireInstrumentSchema,
} from '../assessment/index.ts';
import { ActorSchema, ViewerSchema } from '../program/actors.ts';
import { InterventionSchema, MunicipalOfferSchema } from '../program/interventions.ts';
import { ReferralKindSchema, ReferralRouteSchema } from '../program/referral-matrix.ts';
import { ScopeAnswersSchema } from '../scope/scope.rules.ts';
import { recordIdSchema, storableString } from '../text.ts';
import { TriageInputSchema } from '../triage/index.ts';

/**
 * The facts sectors append to one shared pathway (design.md). Events are never rewritten:
 * state, advice, clocks and slices are pure functions of them.
 */

const id = recordIdSchema;
const text = storableString().trim().min(1).max(10_000);
const isoDate = z.iso.date();

/** What a reassessment found against the previous one: the course, pain (0–10) and function. */
export const ReassessmentSchema = z.strictObject({
  change: z.enum(['better', 'unchanged', 'worse']),
  pain: z.number().int().min(0).max(10).optional(),
  function: z.enum(['better', 'unchanged', 'worse']).optional(),
});
export type Reassessment = z.infer<typeof ReassessmentSchema>;

/** An organisation in the role of one actor: an addressee. */
export const PartySchema = z.strictObject({ actor: ActorSchema, organisationId: id });
export type Party = z.infer<typeof PartySchema>;

/**
 * What a command carries, per event type: the single source for commands and events. Strict
 * objects (issue 9): what is stored is exactly what the program names, an unknown key is refused
 * with its field, and every text has a size cap.
 */
export const EventPayloads = {
  pathwayOpened: z.strictObject({
    citizen: z.strictObject({ birthDate: isoDate, municipality: storableString().min(1).max(100) }),
    coordinator: PartySchema.extend({ actor: z.literal('gp') }),
    scope: ScopeAnswersSchema,
  }),
  triaged: z.strictObject({ input: TriageInputSchema }),
  assessed: z.strictObject({
    icf: IcfAssessmentSchema,
    /** A reassessment's findings (TG-NERVEROOT, TG-STENOSIS, SURG-RADICULAR p.29–30, p.39): they decide the advice. */
    reassessment: ReassessmentSchema.optional(),
  }),
  questionnaireCompleted: z.strictObject({
    questionnaire: QuestionnaireInputSchema,
    /** The clinician's request it answers: the citizen answering at home (Min side, issue 12). */
    requestId: id.optional(),
  }),
  /** A clinician asks the citizen to answer a questionnaire at home, in Min side (issue 12). */
  questionnaireRequested: z.strictObject({ requestId: id, instrument: QuestionnaireInstrumentSchema }),
  planUpdated: z.strictObject({
    approach: z.enum(['stepped', 'stratified']),
    goals: z.array(z.strictObject({ goal: text, subGoals: z.array(text).default([]) })).min(1),
    interventions: z.array(InterventionSchema).min(1),
    selfManagementAgreements: text,
    followUpOn: isoDate.optional(),
  }),
  interventionStarted: z.strictObject({
    interventionId: id,
    intervention: InterventionSchema,
    /** The referral this course answers, e.g. a §140 plan (stops CLK-R140-START). */
    referralId: id.optional(),
    /** Which §119 offer this course is (municipal prevention only). */
    offer: MunicipalOfferSchema.optional(),
    /**
     * The day the course began when recorded later (issue 14: a §140 course started on Monday and
     * entered on Wednesday): not after today, not before the referral it answers was sent; sessions
     * cannot precede it and CLK-R140-START (p.55) is judged on it. Absent: the record's day.
     */
    startedOn: isoDate.optional(),
  }),
  sessionRecorded: z.strictObject({
    interventionId: id,
    /** False when the citizen did not come; a missed session has no response and counts for nothing. */
    attended: z.boolean().optional(),
    /** The citizen's response to an attended session (required then, see decide). */
    response: z.enum(['improved', 'unchanged', 'worse']).optional(),
    note: storableString().max(10_000).optional(),
    /** The day the session took place or was missed (issue 14); recorded later, it is not the record's day. */
    heldOn: isoDate.optional(),
  }),
  interventionEnded: z.strictObject({ interventionId: id, outcome: text }),
  medicationPrescribed: z.strictObject({
    prescriptionId: id,
    drug: text,
    painCourse: z.enum(['episodic', 'persistent']),
    discontinuationPlan: text,
    specialCaseReason: storableString().max(2_000).optional(),
  }),
  medicationFollowedUp: z.strictObject({
    prescriptionId: id,
    effect: text,
    sideEffects: storableString().max(2_000),
  }),
  referralSent: z.strictObject({
    referralId: id,
    kind: ReferralKindSchema,
    to: PartySchema,
    content: z.record(z.string(), z.unknown()),
    /** Only for self-referral: the citizen states it in the app of the receiving actor. */
    selfReferral: z.boolean().default(false),
  }),
  referralAccepted: z.strictObject({ referralId: id }),
  referralDeclined: z.strictObject({ referralId: id, reason: text, route: ReferralRouteSchema.optional() }),
  noteSent: z.strictObject({
    noteId: id,
    kind: z.enum([
      'feedback',
      'epicrisis',
      'closing-note-119',
      'slutnotat-140',
      'closing-note',
      'correspondence',
      'information',
    ]),
    to: z.array(PartySchema).min(1),
    referralId: id.optional(),
    content: z.strictObject({
      text,
      reason: storableString().max(5_000).optional(),
      summary: storableString().max(10_000).optional(),
      agreements: storableString().max(5_000).optional(),
      /** FEEDBACK-GP: can the course be handled here, or should the GP follow up? */
      followUpBy: z.enum(['sender', 'gp']).optional(),
    }),
  }),
  /**
   * The citizen's consent to share with one recipient for one purpose (CONSENT p.50, JOB-CONSENT
   * p.43). `givenBy` is who gave it: the citizen through their own sign-in, or a professional who
   * recorded it on the citizen's behalf (the envelope's `by` is who recorded it). `decide` sets it
   * from the viewer (CONSENT-BY); facts stored before it existed are upcast by `fold`.
   */
  consentGiven: z.strictObject({
    consentId: id,
    recipient: PartySchema,
    purpose: z.enum(['treatment', 'employment']),
    givenBy: z.enum(['citizen', 'professional']).optional(),
  }),
  consentWithdrawn: z.strictObject({ consentId: id }),
  sickLeaveRegistered: z.strictObject({
    start: isoDate,
    extent: z.enum(['full', 'partial']),
    hoursPerWeek: z.number().min(0).max(60).optional(),
    expectedWeeks: z.number().int().min(0).max(260),
  }),
  fastTrackRequested: z.strictObject({ requestedBy: z.enum(['employer', 'employee']), requestedOn: isoDate }),
  meetingScheduled: z.strictObject({
    meetingId: id,
    purpose: z.enum(['fast-track', 'follow-up']),
    on: isoDate,
  }),
  meetingHeld: z.strictObject({
    meetingId: id,
    notes: text,
    returnToWorkPlan: storableString().max(10_000).optional(),
  }),
  /** A planned meeting called off (issue 14: no booking without a way back); a held one cannot be. */
  meetingCancelled: z.strictObject({
    meetingId: id,
    reason: storableString().max(2_000).optional(),
  }),
  certificateRequested: z.strictObject({
    certificateId: id,
    certificate: z.enum(['LAE285', 'opportunity-statement']),
    to: PartySchema,
    dueBy: isoDate,
  }),
  certificateAnswered: z.strictObject({ certificateId: id, abilityToWork: text, considerations: text }),
  s56Applied: z.strictObject({ appliedOn: isoDate }),
  benefitReviewScheduled: z.strictObject({ reviewOn: isoDate }),
  rehabGraded: z.strictObject({ referralId: id, grade: z.enum(['basic', 'advanced']) }),
  /**
   * A hospital's MedCom HospitalNotification (admission or discharge) about the citizen;
   * `notificationId` is the message's id. A discharge starts CLK-R140-SEND (p.55).
   */
  hospitalNotified: z.strictObject({
    notificationId: id,
    event: z.enum(['admitted', 'discharged']),
    /** When the citizen was admitted or discharged (the Encounter's period). */
    occurredAt: z.iso.datetime({ offset: true }),
  }),
  freeChoiceRecorded: z.strictObject({ referralId: id, provider: text }),
  pathwayClosed: z.strictObject({ reason: text }),
  /**
   * COORDINATOR-LISTING (p.14): the citizen changed GP; coordination moves to the practice the
   * citizen is now listed with (the register's `listedWith`, never the request's choice).
   */
  coordinatorChanged: z.strictObject({ coordinator: PartySchema.extend({ actor: z.literal('gp') }) }),
} as const;

export type EventType = keyof typeof EventPayloads;
export const EVENT_TYPES = Object.keys(EventPayloads) as EventType[];

export const EventEnvelopeSchema = z.object({
  /** 1-based position in the pathway: the version an append expects. */
  seq: z.number().int().min(1),
  at: z.iso.datetime({ offset: true }),
  by: ViewerSchema,
});

const event = <T extends EventType, S extends z.ZodRawShape>(type: T, payload: z.ZodObject<S>) =>
  EventEnvelopeSchema.extend({ type: z.literal(type), ...payload.shape });

export const PathwayEventSchema = z.discriminatedUnion('type', [
  event('pathwayOpened', EventPayloads.pathwayOpened),
  event('triaged', EventPayloads.triaged),
  event('assessed', EventPayloads.assessed),
  event('questionnaireCompleted', EventPayloads.questionnaireCompleted),
  event('questionnaireRequested', EventPayloads.questionnaireRequested),
  event('planUpdated', EventPayloads.planUpdated),
  event('interventionStarted', EventPayloads.interventionStarted),
  event('sessionRecorded', EventPayloads.sessionRecorded),
  event('interventionEnded', EventPayloads.interventionEnded),
  event('medicationPrescribed', EventPayloads.medicationPrescribed),
  event('medicationFollowedUp', EventPayloads.medicationFollowedUp),
  event('referralSent', EventPayloads.referralSent),
  event('referralAccepted', EventPayloads.referralAccepted),
  event('referralDeclined', EventPayloads.referralDeclined),
  event('noteSent', EventPayloads.noteSent),
  event('consentGiven', EventPayloads.consentGiven),
  event('consentWithdrawn', EventPayloads.consentWithdrawn),
  event('sickLeaveRegistered', EventPayloads.sickLeaveRegistered),
  event('fastTrackRequested', EventPayloads.fastTrackRequested),
  event('meetingScheduled', EventPayloads.meetingScheduled),
  event('meetingHeld', EventPayloads.meetingHeld),
  event('meetingCancelled', EventPayloads.meetingCancelled),
  event('certificateRequested', EventPayloads.certificateRequested),
  event('certificateAnswered', EventPayloads.certificateAnswered),
  event('s56Applied', EventPayloads.s56Applied),
  event('benefitReviewScheduled', EventPayloads.benefitReviewScheduled),
  event('rehabGraded', EventPayloads.rehabGraded),
  event('hospitalNotified', EventPayloads.hospitalNotified),
  event('freeChoiceRecorded', EventPayloads.freeChoiceRecorded),
  event('pathwayClosed', EventPayloads.pathwayClosed),
  event('coordinatorChanged', EventPayloads.coordinatorChanged),
]);
export type PathwayEvent = z.infer<typeof PathwayEventSchema>;
export type EventOf<T extends EventType> = Extract<PathwayEvent, { type: T }>;

/**
 * What a command may say beyond its event: the citizen's consent given at the same moment
 * (at opening, to the coordinating GP; with a referral, to its recipient).
 */
export const CommandExtras = {
  pathwayOpened: z.object({ consentToCoordinator: z.boolean().default(false) }),
  referralSent: z.object({ recordConsent: z.enum(['treatment', 'employment']).optional() }),
  /** The citizen's signed consent the jobcentre sends with its request (JOB-CONSENT p.43, CONSENT-BY). */
  certificateRequested: z.object({ recordConsent: z.literal('employment').optional() }),
} as const;

type Extras<T extends EventType> = T extends keyof typeof CommandExtras
  ? (typeof CommandExtras)[T]['shape']
  : Record<never, never>;

const commandSchema = <T extends EventType>(type: T) => {
  const extras = (CommandExtras as Partial<Record<EventType, z.ZodObject>>)[type]?.shape ?? {};
  // Strict: a command with a key it does not know is refused with the key named (issue 9).
  return z
    .strictObject({ type: z.literal(type) })
    .extend(EventPayloads[type].shape)
    .extend(extras as Extras<T>);
};

/** A command proposes one fact: the event's payload, validated and ruled on by `decide`. */
export const CommandSchema = z.discriminatedUnion(
  'type',
  EVENT_TYPES.map(commandSchema) as unknown as [
    ReturnType<typeof commandSchema>,
    ...ReturnType<typeof commandSchema>[],
  ],
);
type CommandShape<T extends EventType> = z.ZodObject<
  { type: z.ZodLiteral<T> } & (typeof EventPayloads)[T]['shape'] & Extras<T>
>;
export type Command = { [T in EventType]: z.input<CommandShape<T>> }[EventType];
export type ParsedCommand = { [T in EventType]: z.output<CommandShape<T>> }[EventType];
export type CommandOf<T extends EventType> = Extract<ParsedCommand, { type: T }>;
