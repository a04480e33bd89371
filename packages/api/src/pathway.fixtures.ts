/**
 * Shared fixtures for the api's cross-cutting tests (authorization, fuzz, concurrency, consent):
 * a rich pathway between organisations none of the scenario's viewers belong to, one valid
 * sample input per procedure aimed at that pathway, and helpers to call a procedure by its path
 * and to see an error as a browser would (through the router's error formatter).
 */
import { createUser, type Database, loadPathway, upsertOrganisation } from '@rygforlob/db';
import { type EventType, fold, type PathwayEvent, type Viewer } from '@rygforlob/domain';
import {
  hospitalContent,
  party,
  rehabPlan,
  STARTBACK,
  TEST_CITIZENS,
  triageInput,
  VIEWERS,
} from '@rygforlob/domain/testing';
import { TRPCError } from '@trpc/server';
import { getErrorShape } from '@trpc/server/shared';
import { appRouter } from './root.ts';
import type { testApi } from './testing.ts';

export type TestApi = Awaited<ReturnType<typeof testApi>>;
export type Caller = ReturnType<TestApi['as']>;

export const NOW = new Date('2026-09-01T09:00:00+02:00');

/** Every procedure of the app, by its dotted path: a new procedure cannot escape a test that loops over these. */
export const PROCEDURES = Object.keys(appRouter._def.procedures).sort();

/** Calls a procedure by its dotted path (`pathway.get`) on a caller. */
export function callPath(caller: Caller, path: string, input: unknown): Promise<unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: walking tRPC's caller proxy by a runtime path
  const fn = path.split('.').reduce((node: any, key) => node[key], caller) as (
    input: unknown,
  ) => Promise<unknown>;
  return fn(input);
}

/** The error as the HTTP adapter would send it: the router's errorFormatter applied. */
export function formatted(error: TRPCError, path: string, input: unknown) {
  return getErrorShape({
    config: appRouter._def._config,
    error,
    type: 'unknown',
    path,
    input,
    ctx: undefined,
  });
}

export type Outcome = { ok: true; value: unknown } | { ok: false; error: TRPCError | unknown };

export async function outcomeOf(promise: Promise<unknown>): Promise<Outcome> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    return { ok: false, error };
  }
}

export const codeOf = (outcome: Outcome): string =>
  outcome.ok
    ? 'OK'
    : outcome.error instanceof TRPCError
      ? outcome.error.code
      : `THROWN ${String(outcome.error)}`;

/** Free text in the owner's pathway carries this marker, so a leak of any of it is one search. */
export const SECRET = 'FORTROLIGT';
const secret = (text: string) => `${SECRET} ${text}`;

/** Every string in a value marked secret, except the keys whose format a schema fixes. */
function markStrings<T>(value: T, keep: readonly string[] = []): T {
  if (typeof value === 'string') return secret(value) as T;
  if (Array.isArray(value)) return value.map((item) => markStrings(item, keep)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, keep.includes(key) ? item : markStrings(item, keep)]),
    ) as T;
  }
  return value;
}

const ownerViewer = (actor: Viewer['actor'], organisationId: string): Viewer => ({
  userId: `user-${organisationId}`,
  actor,
  organisationId,
});

/**
 * The other side: a GP in Odense coordinating, and a hospital, physiotherapist, municipal
 * rehabilitation and jobcentre that are not any of the scenario's viewers (VIEWERS.otherGp is the
 * coordinator, so it is left out of the strangers).
 */
export const OWNER = {
  gp: VIEWERS.otherGp,
  hospital: ownerViewer('hospital', 'org-owner-sygehus-lillebaelt'),
  physio: ownerViewer('physio', 'org-owner-fysio-odense'),
  rehab: ownerViewer('municipal-rehab', 'org-owner-genoptraening-odense'),
  jobcentre: ownerViewer('jobcentre', 'org-owner-jobcenter-odense'),
} as const satisfies Record<string, Viewer>;
export type OwnerRole = keyof typeof OWNER;

/** One signed-in user per actor of the scenario, none related to the owner's pathway. */
export const STRANGERS = Object.entries(VIEWERS).filter(([key]) => key !== 'otherGp') as [string, Viewer][];

const ownerCitizen = TEST_CITIZENS.find((c) => c.name === 'Karen Skabelongaard');
if (!ownerCitizen) throw new Error('test citizen Karen Skabelongaard is gone from TEST_CITIZENS');
export const OWNER_CITIZEN = ownerCitizen;

export interface OwnerPathway {
  pathwayId: string;
  citizenId: string;
  /** Consent ids by recipient role. */
  consents: Record<'gp' | 'physio' | 'hospital' | 'rehab' | 'jobcentre', string>;
}

/** Registers the owner side's organisations and users (the GP comes from testApi). */
export async function addOwnerOrganisations(database: Database): Promise<void> {
  for (const viewer of Object.values(OWNER)) {
    if (viewer === OWNER.gp) continue;
    await upsertOrganisation(database.db, {
      id: viewer.organisationId,
      name: viewer.organisationId,
      actor: viewer.actor,
    });
    await createUser(database.db, {
      id: viewer.userId,
      organisationId: viewer.organisationId,
      actor: viewer.actor,
      displayName: `Bruger ${viewer.organisationId}`,
      username: viewer.userId,
      passwordHash: 'not-used-in-caller-tests',
    });
  }
}

export { STARTBACK };

/**
 * A pathway with something of every kind, built through the API by the owner side: triage, ICF,
 * questionnaire, plan, interventions, medication, referrals to a physiotherapist, the hospital,
 * municipal rehabilitation (§140) and the jobcentre (LÆ 165) with consents, notes, sick leave, a
 * fast track, meetings, certificates. Every free text holds SECRET.
 */
export async function buildOwnerPathway(api: TestApi): Promise<OwnerPathway> {
  await addOwnerOrganisations(api.database);
  const gp = api.as(OWNER.gp);
  const physio = api.as(OWNER.physio);
  const hospital = api.as(OWNER.hospital);
  const jobcentre = api.as(OWNER.jobcentre);
  const { citizen } = await gp.citizen.register({
    cpr: OWNER_CITIZEN.cpr,
    name: OWNER_CITIZEN.name,
    municipality: OWNER_CITIZEN.municipality,
  });
  const opened = await gp.pathway.open({
    citizenId: citizen.id,
    scope: { painRegions: ['lumbar'], affectsDailyLife: true },
    consentToCoordinator: true,
  });
  const pathwayId = opened.pathwayId;
  const on = { pathwayId };

  await gp.triage.record({ ...on, input: triageInput() });
  await gp.assessment.recordIcf({
    ...on,
    icf: {
      bodyFunctions: { painIntensity: 6, painLocation: secret('lænd, venstre side') },
      participation: { work: secret('tømrer, 37 timer') },
    },
  });
  await gp.assessment.completeQuestionnaire({ ...on, questionnaire: STARTBACK });
  await gp.plan.update({
    ...on,
    approach: 'stepped',
    goals: [{ goal: secret('cykle på arbejde'), subGoals: [secret('gå 2 km')] }],
    interventions: ['self-management', 'exercise'],
    selfManagementAgreements: secret('daglige gåture'),
  });
  await gp.plan.startIntervention({ ...on, interventionId: 'owner-int-1', intervention: 'self-management' });
  await gp.plan.recordSession({
    ...on,
    interventionId: 'owner-int-1',
    response: 'improved',
    note: secret('sover bedre'),
  });
  await gp.plan.prescribe({
    ...on,
    prescriptionId: 'owner-rx-1',
    drug: secret('Paracetamol 1 g'),
    painCourse: 'episodic',
    discontinuationPlan: secret('trappes ned over 2 uger'),
  });
  await gp.plan.followUpMedication({
    ...on,
    prescriptionId: 'owner-rx-1',
    effect: secret('god'),
    sideEffects: secret('ingen'),
  });

  // physiotherapy: one referral answered with feedback, one still open
  const general = (what: string) => ({
    reason: secret(`${what}: årsag`),
    clinicalInformation: secret(`${what}: klinik`),
  });
  await gp.referral.send({
    ...on,
    referralId: 'owner-ref-physio',
    kind: 'physio',
    to: party(OWNER.physio),
    content: general('fys'),
    recordConsent: 'treatment',
  });
  await physio.referral.accept({ ...on, referralId: 'owner-ref-physio' });
  await physio.note.send({
    ...on,
    noteId: 'owner-note-physio',
    kind: 'feedback',
    to: [party(OWNER.gp)],
    referralId: 'owner-ref-physio',
    content: { text: secret('god fremgang') },
  });
  await gp.referral.send({
    ...on,
    referralId: 'owner-ref-physio-2',
    kind: 'physio',
    to: party(OWNER.physio),
    content: general('fys 2'),
  });

  // the hospital: accepted, epicrisis home, a §140 rehabilitation plan to the municipality
  await gp.referral.send({
    ...on,
    referralId: 'owner-ref-hospital',
    kind: 'hospital',
    to: party(OWNER.hospital),
    content: markStrings(hospitalContent(), ['phone']),
    recordConsent: 'treatment',
  });
  await hospital.referral.accept({ ...on, referralId: 'owner-ref-hospital' });
  await hospital.note.send({
    ...on,
    noteId: 'owner-epicrisis',
    kind: 'epicrisis',
    to: [party(OWNER.gp)],
    referralId: 'owner-ref-hospital',
    content: { text: secret('epikrise'), summary: secret('opereret L4/L5') },
  });
  await hospital.referral.send({
    ...on,
    referralId: 'owner-ref-rehab',
    kind: 'rehab-140',
    to: party(OWNER.rehab),
    content: markStrings(rehabPlan('2026-09-01'), ['admissionDate', 'dischargeDate', 'level']),
    recordConsent: 'treatment',
  });

  // the jobcentre: LÆ 165 with consent, sick leave, fast track, meetings, certificates
  await gp.referral.send({
    ...on,
    referralId: 'owner-ref-lae165',
    kind: 'jobcentre-lae165',
    to: party(OWNER.jobcentre),
    content: {
      proposal: secret('delvis raskmelding'),
      workSituation: secret('tømrer'),
      healthInformation: secret('diskusprolaps'),
    },
    recordConsent: 'employment',
  });
  await gp.note.send({
    ...on,
    noteId: 'owner-note-job',
    kind: 'correspondence',
    to: [party(OWNER.jobcentre)],
    content: { text: secret('ring til mig') },
  });
  await jobcentre.jobcentre.registerSickLeave({
    ...on,
    start: '2026-08-20',
    extent: 'full',
    expectedWeeks: 10,
  });
  await jobcentre.jobcentre.requestFastTrack({ ...on, requestedBy: 'employee', requestedOn: '2026-08-25' });
  await jobcentre.jobcentre.scheduleMeeting({
    ...on,
    meetingId: 'owner-meeting-1',
    purpose: 'fast-track',
    on: '2026-09-05',
  });
  await jobcentre.jobcentre.holdMeeting({
    ...on,
    meetingId: 'owner-meeting-1',
    notes: secret('mødereferat'),
    returnToWorkPlan: secret('gradvis'),
  });
  await jobcentre.jobcentre.scheduleMeeting({
    ...on,
    meetingId: 'owner-meeting-2',
    purpose: 'follow-up',
    on: '2026-10-01',
  });
  await jobcentre.jobcentre.requestCertificate({
    ...on,
    certificateId: 'owner-cert-1',
    certificate: 'LAE285',
    to: party(OWNER.gp),
    dueBy: '2026-09-10',
  });
  await gp.jobcentre.answerCertificate({
    ...on,
    certificateId: 'owner-cert-1',
    abilityToWork: secret('kan arbejde 20 t'),
    considerations: secret('undgå løft'),
  });
  await jobcentre.jobcentre.requestCertificate({
    ...on,
    certificateId: 'owner-cert-2',
    certificate: 'opportunity-statement',
    to: party(OWNER.gp),
    dueBy: '2026-09-20',
  });
  await jobcentre.jobcentre.applyS56({ ...on, appliedOn: '2026-09-01' });
  await jobcentre.jobcentre.scheduleBenefitReview({ ...on, reviewOn: '2026-12-01' });

  const events = await eventsOf(api.database, pathwayId);
  const consentTo = (role: keyof OwnerPathway['consents']) => {
    const found = events.find(
      (e) => e.type === 'consentGiven' && e.recipient.organisationId === OWNER[role].organisationId,
    );
    if (found?.type !== 'consentGiven') throw new Error(`no consent to ${role}`);
    return found.consentId;
  };
  return {
    pathwayId,
    citizenId: citizen.id,
    consents: {
      gp: consentTo('gp'),
      physio: consentTo('physio'),
      hospital: consentTo('hospital'),
      rehab: consentTo('rehab'),
      jobcentre: consentTo('jobcentre'),
    },
  };
}

export async function eventsOf(database: Database, pathwayId: string): Promise<PathwayEvent[]> {
  const loaded = await loadPathway(database.db, pathwayId);
  if (!loaded) throw new Error(`no pathway ${pathwayId}`);
  return loaded.events;
}

export async function stateOf(database: Database, pathwayId: string) {
  return fold(await eventsOf(database, pathwayId));
}

/**
 * What an unrelated, signed-in viewer gets from a procedure aimed at the owner's pathway:
 * - not-found: NOT_FOUND, the same as for no pathway at all;
 * - list: a list (worklist, inbox, caseload, clocks) without the pathway;
 * - lookup: the citizen register (find by CPR, register an existing CPR): the citizen, and the
 *   pathway as existence only;
 * - already-open: opening a second pathway is refused (PATHWAY-STATE) as for anyone;
 * - own: a procedure about the viewer itself or a pure preview, which holds nothing of the pathway;
 * - wrong-password: signing in with the owner GP's username and a wrong password;
 * - citizen-only: Min side's procedures (me.*): a staff session is no citizen's, UNAUTHORIZED
 *   (me.session answers "not signed in"); citizen.authorization.test.ts covers the citizens.
 */
export type StrangerOutcome =
  | 'not-found'
  | 'list'
  | 'lookup'
  | 'already-open'
  | 'own'
  | 'wrong-password'
  | 'citizen-only';

export interface Sample {
  input: unknown;
  /** The owner-side user the input is valid for (the fuzz test calls as them). */
  by: OwnerRole;
  /** For commands: the event the procedure proposes, so the domain can judge the sample. */
  command?: EventType;
  stranger: StrangerOutcome;
  /** Reads that do not change anything: the owner can call them to show the sample works. */
  read?: true;
}

/** One valid input per procedure, aimed at the owner's pathway (its referrals, consents, certificates …). */
export function samples(owner: OwnerPathway): Record<string, Sample> {
  const on = { pathwayId: owner.pathwayId };
  const cmd = (by: OwnerRole, command: EventType, input: Record<string, unknown>): Sample => ({
    input: { ...on, ...input },
    by,
    command,
    stranger: 'not-found',
  });
  return {
    'auth.login': {
      input: { username: OWNER.gp.userId, password: 'not-the-password' },
      by: 'gp',
      stranger: 'wrong-password',
    },
    'auth.me': { input: undefined, by: 'gp', stranger: 'own', read: true },
    'auth.logout': { input: undefined, by: 'gp', stranger: 'own' },
    'auth.logoutEverywhere': { input: undefined, by: 'gp', stranger: 'own' },
    'directory.organisations': { input: { actor: 'hospital' }, by: 'gp', stranger: 'own', read: true },
    'me.session': { input: undefined, by: 'gp', stranger: 'citizen-only' },
    'me.pathways': { input: undefined, by: 'gp', stranger: 'citizen-only' },
    'me.pathway': { input: on, by: 'gp', stranger: 'citizen-only' },
    'me.accessLog': { input: { who: 'all', kind: 'all' }, by: 'gp', stranger: 'citizen-only' },
    'me.consentChoices': { input: on, by: 'gp', stranger: 'citizen-only' },
    'me.answerQuestionnaire': {
      input: { ...on, requestId: 'owner-q-request', questionnaire: { instrument: 'rmdq', answers: [1] } },
      by: 'gp',
      stranger: 'citizen-only',
    },
    'me.giveConsent': {
      input: {
        ...on,
        consentId: 'me-consent-1',
        recipientOrganisationId: OWNER.physio.organisationId,
        purpose: 'treatment',
      },
      by: 'gp',
      stranger: 'citizen-only',
    },
    'me.withdrawConsent': {
      input: { ...on, consentId: owner.consents.physio },
      by: 'gp',
      stranger: 'citizen-only',
    },
    'audit.forCitizen': {
      input: { citizenId: owner.citizenId },
      by: 'gp',
      stranger: 'not-found',
      read: true,
    },
    'citizen.findByCpr': { input: { cpr: OWNER_CITIZEN.cpr }, by: 'gp', stranger: 'lookup', read: true },
    'citizen.register': {
      input: {
        cpr: OWNER_CITIZEN.cpr.replace('-', ''),
        name: 'Et Andet Navn',
        municipality: OWNER_CITIZEN.municipality,
      },
      by: 'gp',
      stranger: 'lookup',
    },
    'pathway.open': {
      input: {
        citizenId: owner.citizenId,
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: true,
      },
      by: 'gp',
      stranger: 'already-open',
    },
    'pathway.get': { input: on, by: 'gp', stranger: 'not-found', read: true },
    'pathway.timeline': { input: on, by: 'gp', stranger: 'not-found', read: true },
    'pathway.advice': { input: on, by: 'gp', stranger: 'not-found', read: true },
    'triage.preview': { input: triageInput(), by: 'gp', stranger: 'own', read: true },
    'triage.record': cmd('gp', 'triaged', { input: triageInput({ age: 74 }) }),
    'assessment.score': { input: STARTBACK, by: 'gp', stranger: 'own', read: true },
    'assessment.recordIcf': cmd('gp', 'assessed', { icf: { bodyFunctions: { painIntensity: 4 } } }),
    'assessment.completeQuestionnaire': cmd('gp', 'questionnaireCompleted', { questionnaire: STARTBACK }),
    'assessment.requestQuestionnaire': cmd('gp', 'questionnaireRequested', {
      requestId: 'owner-q-request',
      instrument: 'odi',
    }),
    'plan.update': cmd('gp', 'planUpdated', {
      approach: 'stepped',
      goals: [{ goal: 'Gå ture' }],
      interventions: ['self-management'],
      selfManagementAgreements: 'Øvelser',
    }),
    'plan.startIntervention': cmd('gp', 'interventionStarted', {
      interventionId: 'owner-int-new',
      intervention: 'work',
    }),
    'plan.recordSession': cmd('gp', 'sessionRecorded', {
      interventionId: 'owner-int-1',
      response: 'unchanged',
    }),
    'plan.endIntervention': cmd('gp', 'interventionEnded', {
      interventionId: 'owner-int-1',
      outcome: 'Afsluttet',
    }),
    'plan.prescribe': cmd('gp', 'medicationPrescribed', {
      prescriptionId: 'owner-rx-new',
      drug: 'Ibuprofen',
      painCourse: 'episodic',
      discontinuationPlan: 'Stop efter 1 uge',
    }),
    'plan.followUpMedication': cmd('gp', 'medicationFollowedUp', {
      prescriptionId: 'owner-rx-1',
      effect: 'God',
      sideEffects: '',
    }),
    'plan.close': cmd('gp', 'pathwayClosed', { reason: 'Forløbet er afsluttet' }),
    'note.send': cmd('gp', 'noteSent', {
      noteId: 'owner-note-new',
      kind: 'correspondence',
      to: [party(OWNER.hospital)],
      content: { text: 'Tak' },
    }),
    'consent.give': cmd('gp', 'consentGiven', {
      consentId: 'owner-consent-new',
      recipient: party(OWNER.rehab),
      purpose: 'treatment',
    }),
    'consent.withdraw': cmd('gp', 'consentWithdrawn', { consentId: owner.consents.physio }),
    'pathway.changeCoordinator': cmd('gp', 'coordinatorChanged', { coordinator: party(OWNER.gp) }),
    'referral.check': {
      input: {
        ...on,
        kind: 'specialist',
        to: { actor: 'specialist', organisationId: 'org-owner-speciallaege' },
        content: { reason: 'x', clinicalInformation: 'y' },
        recordConsent: true,
      },
      by: 'gp',
      stranger: 'not-found',
      read: true,
    },
    'referral.send': cmd('gp', 'referralSent', {
      referralId: 'owner-ref-new',
      kind: 'specialist',
      to: { actor: 'specialist', organisationId: 'org-owner-speciallaege' },
      content: { reason: 'Vurdering', clinicalInformation: 'Lændesmerter' },
      recordConsent: 'treatment',
    }),
    'referral.accept': cmd('physio', 'referralAccepted', { referralId: 'owner-ref-physio-2' }),
    'referral.decline': cmd('physio', 'referralDeclined', {
      referralId: 'owner-ref-physio-2',
      reason: 'Ingen tid',
    }),
    'referral.grade': cmd('rehab', 'rehabGraded', { referralId: 'owner-ref-rehab', grade: 'basic' }),
    'referral.recordFreeChoice': cmd('rehab', 'freeChoiceRecorded', {
      referralId: 'owner-ref-rehab',
      provider: 'Privat klinik',
    }),
    'referral.inbox': { input: {}, by: 'physio', stranger: 'list', read: true },
    'worklist.mine': { input: { filter: 'all' }, by: 'gp', stranger: 'list', read: true },
    // Only an item in the viewer's own organisation's inbox can be marked.
    'inbox.markRead': { input: { ...on, seq: 1 }, by: 'gp', stranger: 'not-found' },
    'inbox.markUnread': { input: { ...on, seq: 1 }, by: 'gp', stranger: 'not-found' },
    // The organisation's unread items of a pathway it has a row for; a stranger has none.
    'inbox.unread': { input: { pathwayId: on.pathwayId }, by: 'physio', stranger: 'not-found', read: true },
    'worklist.clocks': {
      input: { states: ['pending', 'due', 'overdue'] },
      by: 'gp',
      stranger: 'list',
      read: true,
    },
    'jobcentre.caseload': { input: {}, by: 'jobcentre', stranger: 'list', read: true },
    'jobcentre.registerSickLeave': cmd('jobcentre', 'sickLeaveRegistered', {
      start: '2026-08-31',
      extent: 'partial',
      hoursPerWeek: 10,
      expectedWeeks: 6,
    }),
    'jobcentre.requestFastTrack': cmd('jobcentre', 'fastTrackRequested', {
      requestedBy: 'employer',
      requestedOn: '2026-09-01',
    }),
    'jobcentre.scheduleMeeting': cmd('jobcentre', 'meetingScheduled', {
      meetingId: 'owner-meeting-new',
      purpose: 'follow-up',
      on: '2026-11-01',
    }),
    'jobcentre.holdMeeting': cmd('jobcentre', 'meetingHeld', {
      meetingId: 'owner-meeting-2',
      notes: 'Referat',
    }),
    'jobcentre.cancelMeeting': cmd('jobcentre', 'meetingCancelled', {
      meetingId: 'owner-meeting-2',
      reason: 'Borgeren er indlagt',
    }),
    'jobcentre.requestCertificate': cmd('jobcentre', 'certificateRequested', {
      certificateId: 'owner-cert-new',
      certificate: 'LAE285',
      to: party(OWNER.gp),
      dueBy: '2026-09-15',
    }),
    'jobcentre.answerCertificate': cmd('gp', 'certificateAnswered', {
      certificateId: 'owner-cert-2',
      abilityToWork: 'Delvis',
      considerations: 'Ingen løft',
    }),
    'jobcentre.applyS56': cmd('jobcentre', 's56Applied', { appliedOn: '2026-09-02' }),
    'jobcentre.scheduleBenefitReview': cmd('jobcentre', 'benefitReviewScheduled', { reviewOn: '2027-01-04' }),
  };
}

/** The marks of the owner's citizen and content: none may reach a stranger. */
export const CITIZEN_MARKS = [
  OWNER_CITIZEN.name,
  OWNER_CITIZEN.name.split(' ')[1] ?? '',
  OWNER_CITIZEN.cpr,
  OWNER_CITIZEN.cpr.replace('-', ''),
];

/** Which of the marks a JSON text holds. */
export function leaksIn(json: string, marks: readonly string[]): string[] {
  return marks.filter((mark) => mark && json.includes(mark));
}

/** A JSON text of everything an outcome shows: the value, or the error's message, cause and formatted shape. */
export function shown(outcome: Outcome, path: string, input: unknown): string {
  if (outcome.ok) return JSON.stringify(outcome.value ?? null);
  const error = outcome.error;
  if (!(error instanceof TRPCError)) return String(error);
  const cause = error.cause;
  return JSON.stringify({
    message: error.message,
    cause: cause ? { ...cause, message: cause.message } : null,
    shape: formatted(error, path, input),
  });
}
