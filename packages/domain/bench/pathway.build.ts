import {
  type Command,
  decide,
  fold,
  type Intervention,
  type PathwayEvent,
  type Viewer,
} from '../src/index.ts';
import { TEST_CITIZENS } from '../src/testing/citizens.ts';
import {
  hospitalContent,
  openCommand,
  party,
  rehabPlan,
  triageInput,
  VIEWERS,
} from '../src/testing/scenario.ts';

/**
 * A realistic pathway, built the way the api builds one: every event comes from `decide` on the
 * state folded so far, as the actor who would send it. A course of care with the GP, a
 * physiotherapist, the hospital (surgery, epicrisis, a §140 rehabilitation plan), the
 * municipality (§140 and §119) and the jobcentre (LÆ 165, sick leave, fast track, LÆ 285), then
 * months of sessions, notes, medication and follow-up meetings until it holds `size` events.
 */
const { gp, physio, hospital, rehab, prevention, jobcentre } = VIEWERS;
const HOUR = 3_600_000;
const START = Date.parse('2026-01-05T08:00:00Z');
/** Søren Fiktivbjerg (testing/citizens.ts), Faaborg-Midtfyn. */
const CITIZEN = TEST_CITIZENS.find((c) => c.id === 'test-citizen-12');

type Step = [Viewer, Command];
type Response = 'improved' | 'unchanged' | 'worse';

const general = { reason: 'Lænderygsmerter med udstråling', clinicalInformation: 'Ingen røde flag, pædagog' };
const referral = (
  referralId: string,
  kind: string,
  to: Viewer,
  content: unknown,
  consent = 'treatment',
): Command =>
  ({ type: 'referralSent', referralId, kind, to: party(to), content, recordConsent: consent }) as Command;
const accept = (referralId: string): Command => ({ type: 'referralAccepted', referralId });
const start = (interventionId: string, intervention: Intervention, referralId?: string): Command => ({
  type: 'interventionStarted',
  interventionId,
  intervention,
  ...(referralId ? { referralId } : {}),
});
const session = (interventionId: string, response: Response): Command => ({
  type: 'sessionRecorded',
  interventionId,
  response,
});
const note = (
  noteId: string,
  kind: 'feedback' | 'epicrisis' | 'information',
  to: Viewer,
  text: string,
): Command => ({
  type: 'noteSent',
  noteId,
  kind,
  to: [party(to)],
  content: { text },
});
const prevention119 = {
  referralDiagnosis: 'Lænderygsmerter',
  clinicalInformation: 'Efter operation',
  purpose: 'Afklarende samtale',
  history: 'Forløb siden januar',
  practicalCircumstances: 'Cykler til arbejde',
  otherMunicipalOffers: [],
  interpreterNeeded: false,
  criteria: { practiceCourseTried: true, aimPreventWorsening: true, courseJudgedHelpful: true },
};
const lae165 = {
  proposal: 'Socialmedicinsk sagsbehandling',
  workSituation: 'Fuld tid',
  healthInformation: 'Nerverod',
};

/** The first weeks: opening, triage and plan, physiotherapy, the jobcentre, hospital and municipality. */
function courseOfCare(): Step[] {
  const nerveRoot = { nerveRoot: true, stenosis: false, other: [] };
  return [
    [gp, openCommand({ birthDate: CITIZEN?.birthDate, municipality: CITIZEN?.municipality })],
    [gp, { type: 'triaged', input: triageInput({ specificFindings: nerveRoot, age: 45 }) }],
    [gp, { type: 'assessed', icf: { bodyFunctions: { durationWeeks: 3, painIntensity: 7 } } }],
    [
      gp,
      { type: 'questionnaireCompleted', questionnaire: { instrument: 'rmdq', answers: [1, 4, 7, 9, 15] } },
    ],
    [
      gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [{ goal: 'Tilbage på arbejde' }],
        interventions: ['self-management', 'exercise', 'manual', 'medication'],
        selfManagementAgreements: 'Gåture dagligt',
      },
    ],
    [gp, start('gp-self', 'self-management')],
    [
      gp,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-0',
        drug: 'Paracetamol 1 g',
        painCourse: 'episodic',
        discontinuationPlan: 'Stop efter 2 uger',
      },
    ],
    [gp, referral('ref-physio', 'physio', physio, general)],
    [physio, accept('ref-physio')],
    [physio, start('physio-exercise', 'exercise', 'ref-physio')],
    [physio, start('physio-manual', 'manual')],
    [physio, note('note-start', 'feedback', gp, 'Opstart: træning 2 x ugentligt')],
    [gp, referral('ref-job', 'jobcentre-lae165', jobcentre, lae165, 'employment')],
    [jobcentre, accept('ref-job')],
    [jobcentre, { type: 'sickLeaveRegistered', start: '2026-01-12', extent: 'full', expectedWeeks: 12 }],
    [jobcentre, { type: 'fastTrackRequested', requestedBy: 'employee', requestedOn: '2026-01-19' }],
    [jobcentre, { type: 'meetingScheduled', meetingId: 'ft-1', purpose: 'fast-track', on: '2026-01-26' }],
    [jobcentre, { type: 'meetingHeld', meetingId: 'ft-1', notes: 'Plan for gradvis tilbagevenden' }],
    [
      jobcentre,
      {
        type: 'certificateRequested',
        certificateId: 'lae285',
        certificate: 'LAE285',
        to: party(gp),
        dueBy: '2026-02-20',
      },
    ],
    [
      gp,
      {
        type: 'certificateAnswered',
        certificateId: 'lae285',
        abilityToWork: 'Delvis',
        considerations: 'Ingen løft',
      },
    ],
    [gp, referral('ref-hosp', 'hospital', hospital, hospitalContent())],
    [hospital, accept('ref-hosp')],
    [hospital, start('hosp-surgery', 'back-surgery', 'ref-hosp')],
    [hospital, { type: 'interventionEnded', interventionId: 'hosp-surgery', outcome: 'Dekompression L4/L5' }],
    [hospital, note('epi-1', 'epicrisis', gp, 'Epikrise: opereret, plan for genoptræning')],
    [hospital, referral('ref-rehab', 'rehab-140', rehab, rehabPlan('2026-02-02'))],
    [rehab, accept('ref-rehab')],
    [rehab, { type: 'rehabGraded', referralId: 'ref-rehab', grade: 'basic' }],
    [rehab, start('rehab-1', 'rehab-140', 'ref-rehab')],
    [gp, referral('ref-119', 'prevention-119', prevention, prevention119)],
    [prevention, accept('ref-119')],
    [prevention, start('prev-1', 'prevention-119', 'ref-119')],
  ];
}

/** Week `i` of the months after: mostly sessions, with notes, medication and meetings between. */
function followUp(i: number): Step[] {
  const response = (['improved', 'unchanged', 'improved', 'worse'] as const)[i % 4] ?? 'improved';
  const rx = `rx-${Math.floor(i / 20)}`;
  const steps: Step[] = [
    [physio, session('physio-exercise', response)],
    [rehab, session('rehab-1', response)],
  ];
  // MANUAL-4-5 (p.36): five manual treatments without improvement, then the physio stops.
  if (i <= 5) steps.push([physio, session('physio-manual', 'unchanged')]);
  if (i === 6)
    steps.push([
      physio,
      { type: 'interventionEnded', interventionId: 'physio-manual', outcome: 'Ingen effekt' },
    ]);
  if (i % 5 === 0) steps.push([physio, note(`fb-${i}`, 'feedback', gp, `Status uge ${i}`)]);
  if (i % 6 === 0) steps.push([prevention, session('prev-1', 'improved')]);
  if (i % 7 === 0) {
    steps.push([
      gp,
      { type: 'medicationFollowedUp', prescriptionId: rx, effect: 'Nogen effekt', sideEffects: 'Ingen' },
    ]);
  }
  if (i % 20 === 19) {
    const next = `rx-${Math.floor(i / 20) + 1}`;
    const drug = {
      drug: 'Ibuprofen 400 mg',
      painCourse: 'episodic',
      discontinuationPlan: 'Aftrappes',
    } as const;
    steps.push([gp, { type: 'medicationPrescribed', prescriptionId: next, ...drug }]);
  }
  if (i % 9 === 0) {
    const answers = { painIntensity: 2, lifting: 3, walking: 1, sitting: 2 };
    steps.push([gp, { type: 'questionnaireCompleted', questionnaire: { instrument: 'odi', answers } }]);
  }
  if (i % 11 === 0) {
    steps.push(
      [jobcentre, { type: 'meetingScheduled', meetingId: `m-${i}`, purpose: 'follow-up', on: '2026-06-01' }],
      [jobcentre, { type: 'meetingHeld', meetingId: `m-${i}`, notes: 'Opfølgning på delvis raskmelding' }],
    );
  }
  if (i % 13 === 0)
    steps.push([gp, { type: 'assessed', icf: { bodyFunctions: { painIntensity: 1 + (i % 6) } } }]);
  if (i % 17 === 0) steps.push([gp, note(`gp-${i}`, 'information', physio, 'Ny MR-beskrivelse vedlagt')]);
  return steps;
}

export interface BuiltPathway {
  events: PathwayEvent[];
  /** A day after the last event: the `now` to advise for. */
  now: string;
}

/** Runs the course of care and the follow-up until there are `size` events (a decided pathway's prefix). */
export function buildPathway(size: number): BuiltPathway {
  const events: PathwayEvent[] = [];
  let clock = START;
  const run = ([viewer, command]: Step) => {
    clock += 6 * HOUR;
    const decision = decide(fold(events), command, viewer, new Date(clock).toISOString());
    if (!decision.ok) {
      throw new Error(`${command.type} by ${viewer.actor} refused: ${JSON.stringify(decision.violations)}`);
    }
    events.push(...decision.events);
  };
  for (const step of courseOfCare()) run(step);
  for (let i = 1; events.length < size; i++) for (const step of followUp(i)) run(step);
  const kept = events.slice(0, size);
  const last = Date.parse(kept.at(-1)?.at ?? new Date(START).toISOString());
  return { events: kept, now: new Date(last + 24 * HOUR).toISOString() };
}
