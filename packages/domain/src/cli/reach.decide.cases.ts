import type { Command } from '../pathway/events.schema.ts';
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

import {
  at,
  decideCase,
  employed,
  general,
  hospitalConsented,
  type ReachCase,
  referralSent,
  referredTo,
  T0,
  xref15,
} from './reach.helpers.ts';

/** Worked examples of `pnpm cli decide`: a command against a pathway, as the API rules on it. */
export function decideCases(): ReachCase[] {
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
      referredTo('physio', VIEWERS.physio),
      VIEWERS.physio,
      referralSent('hospital', VIEWERS.hospital, hospitalContent()),
      ['REFERRAL-ROUTE'],
      'a physiotherapist refers to the hospital: refused, the route through the GP shown',
      { blocks: ['REFERRAL-ROUTE'] },
    ),
    decideCase(
      'decide-img-referrer',
      referredTo('physio', VIEWERS.physio),
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
      hospitalConsented(),
      VIEWERS.hospital,
      referralSent('rehab-140', VIEWERS.rehab, { ...rehabPlan('2026-09-01'), prognosis: '' }),
      ['R140-PLAN-CONTENT'],
      'a rehabilitation plan without a prognosis',
      { blocks: ['R140-PLAN-CONTENT'] },
    ),
    decideCase(
      'decide-r140-same-day',
      hospitalConsented(),
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
      employed(),
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
      employed(),
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
      referredTo('physio', VIEWERS.physio),
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
