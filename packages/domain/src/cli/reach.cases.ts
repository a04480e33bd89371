import type { Command } from '../pathway/events.schema.ts';
import type { Viewer } from '../program/actors.ts';
import type { RuleCode } from '../program/rules.ts';
import {
  consentTo,
  hospitalContent,
  openCommand,
  party,
  rehabPlan,
  rehabPlanReferral,
  Scenario,
  triageInput,
  VIEWERS,
} from '../testing/scenario.ts';
import { baseTriageInput } from '../testing/triage-inputs.ts';

/**
 * Every rule on the command line (issue 10): one worked example per rule code, each an input
 * file in examples/rules/ and a `pnpm cli` line that shows the rule. cli.reach.test.ts writes the
 * files (UPDATE_EXAMPLES=1), runs every line, checks that each rule appears where it says (a
 * HARD rule as a violation), and that together they reach every code in RULES.
 */
export interface ReachCase {
  /** examples/rules/<name>.json */
  name: string;
  /** The CLI arguments before the file. */
  argv: string[];
  input: unknown;
  /** Rules the output must name. */
  shows: RuleCode[];
  /** Rules that must be among the output's violations (refused). */
  blocks?: RuleCode[];
  /** One line for the README's table. */
  note: string;
}

export const T0 = '2026-09-01T09:00:00+02:00';
/** Sofie Skabelonsen's birth date (testing/citizens.ts): the examples show fictitious citizens only. */
const FICTITIOUS_BIRTH_DATE = '1994-07-08';
const fictitious = <T>(events: T): T =>
  JSON.parse(JSON.stringify(events).replaceAll('"1980-05-14"', `"${FICTITIOUS_BIRTH_DATE}"`));
const at = (day: string) => `${day}T10:00:00+02:00`;
const nerveRoot = { specificFindings: { nerveRoot: true, stenosis: false, other: [] } };

const decideCase = (
  name: string,
  s: Scenario,
  viewer: Viewer,
  command: Command,
  shows: RuleCode[],
  note: string,
  options: {
    blocks?: RuleCode[];
    now?: string;
    directory?: Record<string, { actor?: string; municipality?: string }>;
    register?: { citizenId: string; listedWith: string | null };
  } = {},
): ReachCase => ({
  name,
  argv: ['decide', '--now', options.now ?? at('2026-09-02')],
  input: {
    events: fictitious(s.events),
    command: fictitious(command),
    viewer: { actor: viewer.actor, organisationId: viewer.organisationId },
    ...(options.directory ? { directory: options.directory } : {}),
    ...(options.register ? { register: options.register } : {}),
  },
  shows,
  ...(options.blocks ? { blocks: options.blocks } : {}),
  note,
});

const adviseCase = (name: string, s: Scenario, now: string, shows: RuleCode[], note: string): ReachCase => ({
  name,
  argv: ['advise', '--now', now],
  input: { events: fictitious(s.events) },
  shows,
  note,
});

const referralSent = (
  kind: string,
  to: Viewer | { actor: string; organisationId: string },
  content: unknown,
  extra: Record<string, unknown> = {},
): Command =>
  ({
    type: 'referralSent',
    referralId: `ref-${kind}`,
    kind,
    to: 'userId' in to ? party(to as Viewer) : to,
    content,
    recordConsent: 'treatment',
    ...extra,
  }) as Command;

const general = { reason: 'Lændesmerter', clinicalInformation: 'Ingen røde flag' };
const xref15 = (purpose = 'Afklarende samtale om mestringsforløb', helpful = true) => ({
  referralDiagnosis: 'Uspecifikke lændesmerter (DM545)',
  clinicalInformation: 'Langvarige smerter, nedsat funktion',
  purpose,
  history: '6 måneders forløb hos fysioterapeut',
  practicalCircumstances: 'Cykler',
  otherMunicipalOffers: [],
  interpreterNeeded: false,
  criteria: { practiceCourseTried: true, aimPreventWorsening: true, courseJudgedHelpful: helpful },
});

function scopeCases(): ReachCase[] {
  const scope = (
    name: string,
    input: unknown,
    shows: RuleCode[],
    note: string,
    blocks?: RuleCode[],
    now = '2026-09-01',
  ) => ({
    name,
    argv: ['scope', '--now', now],
    input,
    shows,
    ...(blocks ? { blocks } : {}),
    note,
  });
  return [
    scope(
      'scope-out',
      {
        citizen: { cpr: '150606-4170', municipality: 'Flensburg' },
        complaint: { painRegions: ['neck'], legRadiation: false, affectsDailyLife: true },
      },
      ['SCOPE-ADULT', 'SCOPE-REGION', 'SCOPE-NOT-NECK'],
      'a 17-year-old from outside the region with neck pain: three reasons, each explained',
      undefined,
      '2024-03-01',
    ),
    scope(
      'scope-lumbar',
      {
        citizen: { birthDate: FICTITIOUS_BIRTH_DATE, municipality: 'Vejle' },
        complaint: { painRegions: ['lumbar'], legRadiation: true, affectsDailyLife: false },
      },
      ['SCOPE-LUMBAR'],
      'low back pain with leg radiation that does not affect daily life',
    ),
    scope(
      'cpr-format',
      {
        citizen: { cpr: '1405-80', municipality: 'Vejle' },
        complaint: { painRegions: ['lumbar'], affectsDailyLife: true },
      },
      ['CPR-FORMAT'],
      'a CPR number of the wrong shape is refused (exit 2)',
      ['CPR-FORMAT'],
    ),
    scope(
      'cpr-date',
      {
        citizen: { cpr: '310280-1234', municipality: 'Vejle' },
        complaint: { painRegions: ['lumbar'], affectsDailyLife: true },
      },
      ['CPR-DATE'],
      'a CPR number naming 31 February is refused (exit 2)',
      ['CPR-DATE'],
    ),
  ];
}

function triageCases(): ReachCase[] {
  const base = baseTriageInput();
  const triage = (name: string, patch: object, shows: RuleCode[], note: string): ReachCase => ({
    name,
    argv: ['triage'],
    input: { ...base, ...patch },
    shows,
    note,
  });
  const complicated = {
    longLasting: true,
    significantFunctionalLimitation: true,
    psychosocial: false,
    comorbidity: false,
  };
  return [
    triage(
      'triage-cauda',
      { caudaEquina: { ...base.caudaEquina, saddleAnaesthesia: true } },
      ['TG-CAUDA'],
      'saddle anaesthesia: acute referral to FAM, informing the GP',
    ),
    triage(
      'triage-risk',
      { previousCancer: true, age: 61, redFlags: ['night-pain'], suspectedNonMsk: true },
      ['TG-NONMSK', 'TRIAGE-CANCER-HISTORY', 'TRIAGE-AGE', 'TRIAGE-RED-FLAGS'],
      'previous cancer, age 61, night pain and a suspected non-MSK cause',
    ),
    triage('triage-nerveroot', nerveRoot, ['TG-NERVEROOT'], 'suspected nerve root involvement'),
    triage(
      'triage-stenosis',
      { specificFindings: { nerveRoot: false, stenosis: true, other: [] } },
      ['TG-STENOSIS'],
      'suspected lumbar spinal stenosis',
    ),
    triage('triage-uncomplicated', {}, ['TG-UNCOMPLICATED'], 'uncomplicated non-specific pain'),
    triage(
      'triage-complicated',
      { complicatingFactors: complicated },
      ['TG-COMPLICATED'],
      'long-lasting with significant limitation',
    ),
    triage(
      'triage-persistent',
      { persistentAfterSpecialisedCare: true },
      ['TG-PERSISTENT'],
      'persistent need for self-management after specialised care',
    ),
  ];
}

function scoreCases(): ReachCase[] {
  const score = (name: string, argv: string[], input: unknown, rule: RuleCode, note: string): ReachCase => ({
    name,
    argv: ['score', ...argv],
    input,
    shows: [rule],
    blocks: [rule],
    note,
  });
  const { bothersomeness: _b, ...startback } = {
    referredLegPain: true,
    comorbidPain: false,
    disabilityWalking: true,
    disabilityDressing: false,
    fear: true,
    anxiety: true,
    catastrophising: false,
    depression: false,
    bothersomeness: 'very-much',
  };
  return [
    score('q-startback', ['--instrument', 'startback'], startback, 'Q-STARTBACK', 'item 9 missing'),
    score(
      'q-rmdq',
      ['--instrument', 'rmdq', '--version', 'da-23'],
      [2, 24],
      'Q-RMDQ',
      'the Danish 23-item form has no statement 24',
    ),
    score('q-odi', ['--instrument', 'odi'], { painIntensity: 3, lifting: 6 }, 'Q-ODI', 'a section scored 6'),
    score('q-psqi', ['--instrument', 'psqi'], { q6: 4 }, 'Q-PSQI', 'a component answer out of range'),
  ];
}

function decideCases(): ReachCase[] {
  const planned = () => Scenario.planned();
  const cases: ReachCase[] = [];
  const add = (...c: ReachCase[]) => cases.push(...c);

  add(
    decideCase(
      'decide-cauda',
      (() => {
        const s = new Scenario();
        s.run(VIEWERS.gp, openCommand(), T0);
        return s;
      })(),
      VIEWERS.gp,
      {
        type: 'triaged',
        input: triageInput({
          caudaEquina: { ...baseTriageInput().caudaEquina, newBladderDysfunction: true },
        }),
      },
      ['TG-CAUDA'],
      'the triage is recorded and the acute referral demanded at once',
    ),
    decideCase(
      'decide-self-management-hub',
      planned(),
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stratified',
        goals: [{ goal: 'Cykle på arbejde' }],
        interventions: ['exercise'],
        selfManagementAgreements: 'Gåture',
      },
      ['SELF-MANAGEMENT-HUB'],
      'a plan without supported self-management is refused',
      { blocks: ['SELF-MANAGEMENT-HUB'] },
    ),
    decideCase(
      'decide-consent',
      planned(),
      VIEWERS.gp,
      {
        type: 'noteSent',
        noteId: 'n-1',
        kind: 'information',
        to: [party(VIEWERS.physio)],
        content: { text: 'Til orientering' },
      },
      ['CONSENT'],
      'a note to a physiotherapist the citizen has not consented to',
      { blocks: ['CONSENT'] },
    ),
    decideCase(
      'decide-referral-route',
      (() => {
        const s = planned();
        s.run(VIEWERS.gp, referralSent('physio', VIEWERS.physio, general), T0);
        return s;
      })(),
      VIEWERS.physio,
      referralSent('hospital', VIEWERS.hospital, hospitalContent()),
      ['REFERRAL-ROUTE'],
      'a physiotherapist refers to the hospital: refused, the route through the GP shown',
      { blocks: ['REFERRAL-ROUTE'] },
    ),
    decideCase(
      'decide-img-referrer',
      (() => {
        const s = planned();
        s.run(VIEWERS.gp, referralSent('physio', VIEWERS.physio, general), T0);
        return s;
      })(),
      VIEWERS.physio,
      referralSent(
        'imaging',
        { actor: 'imaging', organisationId: 'org-radiologi-vejle' },
        { modality: 'xray', indications: ['trauma'], question: 'Fraktur?' },
      ),
      ['IMG-REFERRER'],
      'a physiotherapist orders imaging (Table 1)',
      { blocks: ['IMG-REFERRER'] },
    ),
    decideCase(
      'decide-home-municipality',
      planned(),
      VIEWERS.gp,
      referralSent('prevention-119', VIEWERS.otherPrevention, xref15()),
      ['HOME-MUNICIPALITY'],
      "a Vejle citizen's §119 referral to Odense's prevention team",
      {
        blocks: ['HOME-MUNICIPALITY'],
        directory: {
          [VIEWERS.gp.organisationId]: { actor: 'gp', municipality: 'Vejle' },
          [VIEWERS.otherPrevention.organisationId]: { actor: 'municipal-prevention', municipality: 'Odense' },
        },
      },
    ),
    decideCase(
      'decide-hosp-content',
      planned(),
      VIEWERS.gp,
      referralSent('hospital', VIEWERS.hospital, {
        ...hospitalContent(),
        treatmentTried: '',
      }),
      ['HOSP-CONTENT'],
      'a hospital referral with no treatment tried',
      { blocks: ['HOSP-CONTENT'] },
    ),
    decideCase(
      'decide-hosp-wording',
      planned(),
      VIEWERS.gp,
      referralSent('hospital', VIEWERS.hospital, { ...hospitalContent(), wordingConfirmed: false }),
      ['HOSP-WORDING'],
      'the citizen was not told "a back course at the region’s hospitals": sent, with a warning',
    ),
    decideCase(
      'decide-hosp-precondition',
      planned(),
      VIEWERS.gp,
      referralSent('hospital', VIEWERS.hospital, {
        ...hospitalContent(),
        precondition: { conservativeTreatmentWeeks: 4, sufficientEffect: false },
      }),
      ['HOSP-PRECONDITION'],
      '4 weeks of conservative treatment, 6 required',
      { blocks: ['HOSP-PRECONDITION'] },
    ),
    decideCase(
      'decide-hosp-rereferral',
      (() => {
        const s = planned();
        s.run(
          VIEWERS.gp,
          { ...referralSent('hospital', VIEWERS.hospital, hospitalContent()), referralId: 'h-1' } as Command,
          T0,
        );
        s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }, T0);
        s.run(
          VIEWERS.hospital,
          {
            type: 'interventionStarted',
            interventionId: 'rm-1',
            intervention: 'back-medicine',
            referralId: 'h-1',
          },
          T0,
        );
        s.run(
          VIEWERS.hospital,
          { type: 'interventionEnded', interventionId: 'rm-1', outcome: 'Afsluttet' },
          at('2026-10-01'),
        );
        return s;
      })(),
      VIEWERS.gp,
      {
        ...referralSent('hospital', VIEWERS.hospital, hospitalContent()),
        referralId: 'h-2',
        recordConsent: undefined,
      } as Command,
      ['HOSP-REREFERRAL'],
      'a re-referral after a finished hospital course, no change stated: sent, with warnings',
      { now: at('2026-11-02') },
    ),
    decideCase(
      'decide-p119-content',
      planned(),
      VIEWERS.gp,
      referralSent('prevention-119', VIEWERS.prevention, xref15('', false)),
      ['P119-CONTENT'],
      'an XREF15 without its purpose',
      { blocks: ['P119-CONTENT'] },
    ),
    decideCase(
      'decide-p119-criteria',
      planned(),
      VIEWERS.gp,
      referralSent('prevention-119', VIEWERS.prevention, xref15(undefined, false)),
      ['P119-CRITERIA'],
      'a §119 referral where a course is not judged helpful: sent, with a warning',
    ),
    decideCase(
      'decide-psychologist-criteria',
      planned(),
      VIEWERS.gp,
      referralSent(
        'psychologist',
        { actor: 'psychologist', organisationId: 'org-psykolog-vejle' },
        { indications: [], clinicalInformation: 'Nedtrykt' },
      ),
      ['PSYCHOLOGIST-CRITERIA'],
      'a psychologist referral naming no indication',
      { blocks: ['PSYCHOLOGIST-CRITERIA'] },
    ),
    decideCase(
      'decide-pain-criteria',
      planned(),
      VIEWERS.gp,
      referralSent('pain-centre', VIEWERS.painCentre, {
        painOnsetDate: '2026-05-01',
        criteria: {
          primaryTreatmentNoEffect: true,
          diagnosticallyClarified: false,
          seriousConsequences: true,
          socialOrPsychologicalProblems: true,
        },
        clinicalInformation: 'Smerter i 4 måneder',
        currentMedication: 'Paracetamol',
      }),
      ['PAIN-CRITERIA'],
      'not diagnostically clarified, and pain for 4 months only',
      { blocks: ['PAIN-CRITERIA'] },
    ),
    decideCase(
      'decide-lae165-content',
      planned(),
      VIEWERS.gp,
      referralSent(
        'jobcentre-lae165',
        VIEWERS.jobcentre,
        { proposal: '', workSituation: 'Lagerarbejder', healthInformation: 'Lændesmerter' },
        { recordConsent: 'employment' },
      ),
      ['LAE165-CONTENT'],
      'an LÆ 165 without its proposal',
      { blocks: ['LAE165-CONTENT'] },
    ),
    decideCase(
      'decide-job-consent',
      planned(),
      VIEWERS.gp,
      referralSent('jobcentre-contact', VIEWERS.jobcentre, general, { recordConsent: undefined }),
      ['JOB-CONSENT'],
      'the jobcentre contacted without the citizen’s consent',
      { blocks: ['JOB-CONSENT'] },
    ),
    decideCase(
      'decide-r140-plan-content',
      (() => {
        const s = planned();
        s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
        return s;
      })(),
      VIEWERS.hospital,
      referralSent('rehab-140', VIEWERS.rehab, { ...rehabPlan('2026-09-01'), prognosis: '' }),
      ['R140-PLAN-CONTENT'],
      'a rehabilitation plan without a prognosis',
      { blocks: ['R140-PLAN-CONTENT'] },
    ),
    decideCase(
      'decide-r140-same-day',
      (() => {
        const s = planned();
        s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
        return s;
      })(),
      VIEWERS.hospital,
      rehabPlanReferral('r-1', '2026-08-28'),
      ['R140-SAME-DAY'],
      'a plan sent five days after discharge: sent, with a warning',
    ),
    decideCase(
      'decide-r140-binding',
      Scenario.withRehabPlan(),
      VIEWERS.rehab,
      { type: 'referralDeclined', referralId: 'r-1', reason: 'Ingen kapacitet' },
      ['R140-BINDING'],
      'the municipality declines a rehabilitation plan',
      { blocks: ['R140-BINDING'] },
    ),
    decideCase(
      'decide-partial-leave',
      (() => {
        const s = planned();
        s.run(
          VIEWERS.gp,
          {
            type: 'consentGiven',
            consentId: 'c-j',
            recipient: party(VIEWERS.jobcentre),
            purpose: 'employment',
          },
          T0,
        );
        return s;
      })(),
      VIEWERS.jobcentre,
      {
        type: 'sickLeaveRegistered',
        start: '2026-08-25',
        extent: 'partial',
        hoursPerWeek: 2,
        expectedWeeks: 10,
      },
      ['PARTIAL-LEAVE'],
      'partial sick leave of 2 hours a week',
      { blocks: ['PARTIAL-LEAVE'] },
    ),
    decideCase(
      'decide-fast-track',
      (() => {
        const s = planned();
        s.run(
          VIEWERS.gp,
          {
            type: 'consentGiven',
            consentId: 'c-j',
            recipient: party(VIEWERS.jobcentre),
            purpose: 'employment',
          },
          T0,
        );
        return s;
      })(),
      VIEWERS.jobcentre,
      { type: 'sickLeaveRegistered', start: '2026-08-25', extent: 'full', expectedWeeks: 12 },
      ['FAST-TRACK'],
      'sick leave expected to last 12 weeks: fast track may be requested',
    ),
    decideCase(
      'decide-surg-nonspecific',
      planned(),
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [{ goal: 'Arbejde' }],
        interventions: ['self-management', 'back-surgery'],
        selfManagementAgreements: 'Gåture',
      },
      ['SURG-NONSPECIFIC'],
      'surgery planned for non-specific pain: recorded, with a warning',
    ),
    decideCase(
      'decide-intervention-provider',
      (() => {
        const s = planned();
        s.run(VIEWERS.gp, referralSent('physio', VIEWERS.physio, general), T0);
        return s;
      })(),
      VIEWERS.physio,
      { type: 'interventionStarted', interventionId: 'x-1', intervention: 'back-surgery' },
      ['INTERVENTION-PROVIDER'],
      'a physiotherapist starts back surgery (Table 2)',
      { blocks: ['INTERVENTION-PROVIDER'] },
    ),
    decideCase(
      'decide-medication',
      (() => {
        const s = planned();
        s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
        s.run(
          VIEWERS.gp,
          {
            ...referralSent('hospital', VIEWERS.hospital, hospitalContent(), { recordConsent: undefined }),
            referralId: 'h-1',
          } as Command,
          T0,
        );
        return s;
      })(),
      VIEWERS.hospital,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-1',
        drug: 'Tramadol',
        painCourse: 'persistent',
        discontinuationPlan: 'Udtrappes over 4 uger',
      },
      ['MED-FOLLOWUP', 'HOSPITAL-MEDICATION'],
      'the back centre prescribes for persistent pain with no special reason: warnings',
    ),
    decideCase(
      'decide-manual',
      (() => {
        const s = planned();
        s.run(VIEWERS.gp, referralSent('chiro', VIEWERS.chiro, general), T0);
        s.run(
          VIEWERS.chiro,
          { type: 'interventionStarted', interventionId: 'm-1', intervention: 'manual' },
          T0,
        );
        for (const day of ['2026-09-03', '2026-09-08', '2026-09-10'])
          s.run(
            VIEWERS.chiro,
            { type: 'sessionRecorded', interventionId: 'm-1', response: 'unchanged' },
            at(day),
          );
        return s;
      })(),
      VIEWERS.chiro,
      { type: 'sessionRecorded', interventionId: 'm-1', response: 'unchanged' },
      ['MANUAL-4-5'],
      'a fourth manual treatment without improvement',
      { now: at('2026-09-15') },
    ),
    decideCase(
      'decide-pathway-state',
      planned(),
      VIEWERS.gp,
      { type: 'medicationFollowedUp', prescriptionId: 'rx-9', effect: 'God', sideEffects: 'Ingen' },
      ['PATHWAY-STATE'],
      'a follow-up of a prescription the pathway does not have',
      { blocks: ['PATHWAY-STATE'] },
    ),
    decideCase(
      'decide-actor-permission',
      planned(),
      VIEWERS.jobcentre,
      { type: 'triaged', input: triageInput() },
      ['ACTOR-PERMISSION'],
      'the jobcentre tries to triage',
      { blocks: ['ACTOR-PERMISSION'] },
    ),
    decideCase(
      'decide-input-invalid',
      planned(),
      VIEWERS.gp,
      { type: 'planUpdated', approach: 'stepped' } as Command,
      ['INPUT-INVALID'],
      'a plan without goals: every missing field named',
      { blocks: ['INPUT-INVALID'] },
    ),
    decideCase(
      'decide-plan-approach',
      planned(),
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stratified',
        goals: [{ goal: 'Arbejde' }],
        interventions: ['self-management', 'education'],
        selfManagementAgreements: 'Gåture',
      },
      [],
      'PLAN-APPROACH: a stratified plan is accepted as readily as a stepped one (the choice is the clinician’s)',
    ),
  );
  return cases;
}

function communicationCases(): ReachCase[] {
  const note = (
    kind: string,
    to: Viewer[],
    content: Record<string, string> = {},
    referralId?: string,
  ): Command =>
    ({
      type: 'noteSent',
      noteId: `n-${kind}`,
      kind,
      to: to.map(party),
      ...(referralId ? { referralId } : {}),
      content: { text: 'Notat', ...content },
    }) as Command;
  const withHospital = () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      { ...referralSent('hospital', VIEWERS.hospital, hospitalContent()), referralId: 'h-1' } as Command,
      T0,
    );
    s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }, T0);
    return s;
  };
  const withP119 = () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      { ...referralSent('prevention-119', VIEWERS.prevention, xref15()), referralId: 'p-1' } as Command,
      T0,
    );
    s.run(VIEWERS.prevention, { type: 'referralAccepted', referralId: 'p-1' }, T0);
    s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
    return s;
  };
  const withPhysio = () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, referralSent('physio', VIEWERS.physio, general), T0);
    return s;
  };
  const withChiro = () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, referralSent('chiro', VIEWERS.chiro, general), T0);
    return s;
  };
  return [
    decideCase(
      'decide-hosp-epicrisis',
      withHospital(),
      VIEWERS.hospital,
      note('epicrisis', [VIEWERS.hospital], {}, 'h-1'),
      ['HOSP-EPICRISIS'],
      'an epicrisis that does not go to the GP',
      { blocks: ['HOSP-EPICRISIS'] },
    ),
    decideCase(
      'decide-feedback-gp',
      withPhysio(),
      VIEWERS.physio,
      note('closing-note', [VIEWERS.gp]),
      ['FEEDBACK-GP'],
      'a physiotherapist’s closing note that does not say who follows up: sent, with a warning',
    ),
    decideCase(
      'decide-p119-close',
      withP119(),
      VIEWERS.prevention,
      note(
        'closing-note-119',
        [VIEWERS.gp, VIEWERS.hospital],
        { reason: 'Slut', summary: '8 af 8', agreements: 'Gåklub' },
        'p-1',
      ),
      ['P119-CLOSE'],
      'a §119 closing note copied to a hospital the referral did not name',
      { blocks: ['P119-CLOSE'] },
    ),
    decideCase(
      'decide-r140-close',
      Scenario.withRehabPlan(),
      VIEWERS.rehab,
      note('slutnotat-140', [VIEWERS.gp], {}, 'r-1'),
      ['R140-CLOSE'],
      'a slutnotat that leaves out the referring hospital department',
      { blocks: ['R140-CLOSE'] },
    ),
    decideCase(
      'decide-img-chiro',
      withChiro(),
      VIEWERS.chiro,
      referralSent(
        'imaging',
        { actor: 'imaging', organisationId: 'org-radiologi-vejle' },
        { modality: 'mr', indications: [], question: 'Prolaps?' },
      ),
      ['IMG-INDICATION', 'IMG-CHIRO-INFORMS-GP'],
      'a chiropractor’s MR without indication: the leaflet, and inform the GP',
    ),
    decideCase(
      'decide-opportunity-statement',
      (() => {
        const s = Scenario.planned();
        s.run(
          VIEWERS.gp,
          {
            type: 'consentGiven',
            consentId: 'c-j',
            recipient: party(VIEWERS.jobcentre),
            purpose: 'employment',
          },
          T0,
        );
        return s;
      })(),
      VIEWERS.jobcentre,
      {
        type: 'certificateRequested',
        certificateId: 'ce-1',
        certificate: 'opportunity-statement',
        to: party(VIEWERS.physio),
        dueBy: '2026-09-20',
      },
      ['OPPORTUNITY-STATEMENT'],
      'a mulighedserklæring asked of someone other than the GP',
      { blocks: ['OPPORTUNITY-STATEMENT'] },
    ),
  ];
}

function accessCases(): ReachCase[] {
  return [
    decideCase(
      'decide-consent-by',
      (() => {
        const s = Scenario.planned();
        s.run(
          VIEWERS.physio,
          referralSent('physio', VIEWERS.physio, general, { recordConsent: undefined, selfReferral: true }),
          T0,
        );
        return s;
      })(),
      VIEWERS.physio,
      { type: 'consentGiven', consentId: 'c-x', recipient: party(VIEWERS.physio), purpose: 'treatment' },
      ['CONSENT-BY'],
      'a physiotherapist records the citizen’s consent to itself',
      { blocks: ['CONSENT-BY'] },
    ),
    decideCase(
      'decide-consent-purpose',
      Scenario.planned(),
      VIEWERS.gp,
      { type: 'consentGiven', consentId: 'c-j', recipient: party(VIEWERS.jobcentre), purpose: 'treatment' },
      ['CONSENT-PURPOSE'],
      'a treatment consent for the jobcentre',
      { blocks: ['CONSENT-PURPOSE'] },
    ),
    decideCase(
      'decide-self-referral',
      Scenario.planned(),
      VIEWERS.hospital,
      referralSent('hospital', VIEWERS.hospital, hospitalContent(), {
        recordConsent: undefined,
        selfReferral: true,
      }),
      ['SELF-REFERRAL'],
      'a citizen cannot refer themselves to the hospital',
      { blocks: ['SELF-REFERRAL'] },
    ),
    decideCase(
      'decide-recipient-actor',
      Scenario.planned(),
      VIEWERS.gp,
      referralSent('physio', { actor: 'physio', organisationId: VIEWERS.jobcentre.organisationId }, general),
      ['RECIPIENT-ACTOR'],
      'the jobcentre addressed as a physiotherapist: the directory says otherwise',
      {
        blocks: ['RECIPIENT-ACTOR'],
        directory: {
          [VIEWERS.gp.organisationId]: { actor: 'gp', municipality: 'Vejle' },
          [VIEWERS.jobcentre.organisationId]: { actor: 'jobcentre', municipality: 'Vejle' },
        },
      },
    ),
    decideCase(
      'decide-coordinator-listing',
      new Scenario(),
      VIEWERS.gp,
      openCommand(),
      ['COORDINATOR-LISTING'],
      'a GP opens a pathway for a citizen listed with another practice',
      {
        blocks: ['COORDINATOR-LISTING'],
        register: { citizenId: 'citizen-1', listedWith: VIEWERS.otherGp.organisationId },
      },
    ),
  ];
}

function adviceCases(): ReachCase[] {
  // A nerve root course: no ICF yet, a new prescription, the reassessment and hospital clocks.
  const nerve = Scenario.planned(nerveRoot);
  nerve.run(
    VIEWERS.gp,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );
  nerve.run(
    VIEWERS.gp,
    {
      type: 'medicationPrescribed',
      prescriptionId: 'rx-1',
      drug: 'Ibuprofen',
      painCourse: 'episodic',
      discontinuationPlan: 'Stop efter 10 dage',
    },
    at('2026-10-20'),
  );
  nerve.run(
    VIEWERS.gp,
    {
      type: 'assessed',
      icf: { bodyFunctions: { painIntensity: 8 } },
      reassessment: { change: 'unchanged', pain: 8 },
    },
    at('2026-10-06'),
  );

  // A stenosis course never reassessed.
  const stenosis = Scenario.planned({ specificFindings: { nerveRoot: false, stenosis: true, other: [] } });
  stenosis.run(
    VIEWERS.gp,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );

  // A complicated course with structural change, a plan whose follow-up passed, sick leave and fast track.
  const complicated = Scenario.planned({
    specificFindings: { nerveRoot: false, stenosis: false, other: ['structural'] },
    complicatingFactors: {
      longLasting: true,
      significantFunctionalLimitation: true,
      psychosocial: false,
      comorbidity: false,
    },
  });
  complicated.run(VIEWERS.gp, { type: 'assessed', icf: { bodyFunctions: { durationWeeks: 30 } } }, T0);
  complicated.run(
    VIEWERS.gp,
    {
      type: 'planUpdated',
      approach: 'stepped',
      goals: [{ goal: 'Arbejde' }],
      interventions: ['self-management'],
      selfManagementAgreements: 'Gåture',
      followUpOn: '2026-10-01',
    },
    T0,
  );
  complicated.run(
    VIEWERS.gp,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );
  complicated.run(
    VIEWERS.gp,
    { type: 'consentGiven', consentId: 'c-j', recipient: party(VIEWERS.jobcentre), purpose: 'employment' },
    T0,
  );
  complicated.run(
    VIEWERS.jobcentre,
    { type: 'sickLeaveRegistered', start: '2026-06-20', extent: 'full', expectedWeeks: 12 },
    T0,
  );
  complicated.run(
    VIEWERS.jobcentre,
    { type: 'fastTrackRequested', requestedBy: 'employee', requestedOn: '2026-09-01' },
    T0,
  );
  complicated.run(VIEWERS.jobcentre, { type: 'benefitReviewScheduled', reviewOn: '2027-03-10' }, T0);

  // A manual therapy course at the chiropractor (no feedback to the GP yet).
  const manual = Scenario.planned();
  manual.run(VIEWERS.gp, referralSent('chiro', VIEWERS.chiro, general), T0);
  manual.run(
    VIEWERS.chiro,
    { type: 'interventionStarted', interventionId: 'm-1', intervention: 'manual' },
    T0,
  );
  for (const day of ['2026-09-03', '2026-09-08', '2026-09-10', '2026-09-15'])
    manual.run(
      VIEWERS.chiro,
      { type: 'sessionRecorded', interventionId: 'm-1', response: 'unchanged' },
      at(day),
    );

  // A §140 plan received but not started within 7 days, not graded; sent after discharge.
  const rehab = Scenario.planned();
  rehab.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
  rehab.run(VIEWERS.hospital, rehabPlanReferral('r-1', '2026-08-31'), T0);

  // Persistent after specialised care; the citizen has not consented to inform the GP, and a
  // physiotherapist the citizen went to on their own has started.
  const persistent = new Scenario();
  persistent.run(VIEWERS.gp, openCommand({ consent: false }), T0);
  persistent.run(
    VIEWERS.gp,
    { type: 'triaged', input: triageInput({ persistentAfterSpecialisedCare: true }) },
    T0,
  );
  persistent.run(
    VIEWERS.physio,
    referralSent('physio', VIEWERS.physio, general, { recordConsent: undefined, selfReferral: true }),
    T0,
  );
  persistent.run(
    VIEWERS.physio,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );

  // The structural clock and the pain centre clock fall due months later.
  return [
    adviseCase(
      'advise-nerveroot',
      nerve,
      at('2026-10-27'),
      ['SURG-RADICULAR', 'TG-NERVEROOT', 'RISK-FACTORS', 'WORK-EARLY', 'CLK-MED-DAYS', 'CLK-HOSP-6-8W'],
      'nerve root: the week-5 reassessment found pain 8/10 unchanged, so MR or hospital is suggested',
    ),
    adviseCase(
      'advise-nerveroot-later',
      nerve,
      at('2026-11-16'),
      ['CLK-MED-3-4W'],
      'the same course three weeks later: the second medication follow-up falls due',
    ),
    adviseCase(
      'advise-stenosis',
      stenosis,
      at('2026-11-03'),
      ['TG-STENOSIS', 'CLK-REASSESS-4-8W'],
      'stenosis, 9 weeks treated and never reassessed: MR or hospital suggested, the clock overdue',
    ),
    adviseCase(
      'advise-complicated',
      complicated,
      at('2027-03-02'),
      [
        'TG-COMPLICATED',
        'PLAN-REVIEW',
        'SURG-STRUCTURAL',
        'CLK-STRUCT-6M',
        'CLK-PAIN-6M',
        'CLK-SICK-8W',
        'CLK-FASTTRACK',
        'LAE285',
        'BENEFIT-REVIEW',
        'S56',
      ],
      'complicated course with structural change, six months on, on sick leave with fast track',
    ),
    adviseCase(
      'advise-manual',
      manual,
      at('2026-09-16'),
      ['MANUAL-4-5', 'CLK-MANUAL-4-5', 'FEEDBACK-GP', 'TG-UNCOMPLICATED'],
      'four manual treatments without improvement, no feedback to the GP yet',
    ),
    adviseCase(
      'advise-rehab',
      rehab,
      at('2026-09-10'),
      ['R140-GRADE', 'R140-7-DAYS', 'CLK-R140-START', 'CLK-R140-SEND'],
      'a §140 plan sent the day after discharge, not graded, not started within 7 days',
    ),
    adviseCase(
      'advise-persistent',
      persistent,
      at('2026-09-02'),
      ['TG-PERSISTENT', 'HOSP-REREFERRAL', 'GP-INFORMED', 'ICF-ASSESSMENT'],
      'persistent after specialised care; a physiotherapist acts but the GP may not be told',
    ),
  ];
}

/** Rules no CLI output names, and why (the catalogue documents them). */
export const NOT_SHOWN: Partial<Record<RuleCode, string>> = {
  'PLAN-APPROACH': 'a permission, not a check: both approaches are accepted (decide-plan-approach)',
  'AUDIT-ACCESS': 'who may read a citizen’s access log: the API’s audit read, not a pathway command',
};

export function reachCases(): ReachCase[] {
  return [
    ...scopeCases(),
    ...triageCases(),
    ...scoreCases(),
    ...decideCases(),
    ...communicationCases(),
    ...accessCases(),
    ...adviceCases(),
  ];
}
