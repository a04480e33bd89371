import { describe, expect, it } from 'vitest';
import { advise } from '../advice/advise.ts';
import { openCommand, Scenario, triageInput, VIEWERS } from '../testing/scenario.ts';
import type { TriageInput } from '../triage/index.ts';
import type { Command } from './events.schema.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const rules = (decision: { ok: boolean; violations?: { rule: string }[]; warnings: { rule: string }[] }) => ({
  violations: (decision.violations ?? []).map((v) => v.rule),
  warnings: decision.warnings.map((w) => w.rule),
});

describe('opening a pathway (spec §1)', () => {
  it('SCOPE-ADULT: decide refuses to open a pathway for a 17-year-old, naming the field', () => {
    const decision = new Scenario().attempt(VIEWERS.gp, openCommand({ birthDate: '2009-03-01' }), T0);
    expect(decision).toMatchObject({
      ok: false,
      violations: [{ rule: 'SCOPE-ADULT', field: 'citizen.birthDate' }],
    });
  });

  it('SCOPE-REGION: a citizen of Aarhus is out of scope', () => {
    const decision = new Scenario().attempt(VIEWERS.gp, openCommand({ municipality: 'Aarhus' }), T0);
    expect(rules(decision).violations).toEqual(['SCOPE-REGION']);
  });

  it('opens with the consent to the coordinating GP as a second fact, numbered in order', () => {
    const s = new Scenario();
    const decision = s.run(VIEWERS.gp, openCommand(), T0);
    expect(decision.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'pathwayOpened'],
      [2, 'consentGiven'],
    ]);
    expect(decision.events[0]?.by).toEqual(VIEWERS.gp);
  });

  it('PATHWAY-STATE: a pathway is opened once, and nothing is appended after it is closed', () => {
    const s = Scenario.planned();
    expect(rules(s.attempt(VIEWERS.gp, openCommand(), T0)).violations).toEqual(['PATHWAY-STATE']);
    s.run(VIEWERS.gp, { type: 'pathwayClosed', reason: 'Afsluttet efter aftale' }, T0);
    expect(rules(s.attempt(VIEWERS.gp, { type: 'assessed', icf: {} }, T0)).violations).toEqual([
      'PATHWAY-STATE',
    ]);
  });

  it('INPUT-INVALID: a malformed command names the field', () => {
    const decision = new Scenario().attempt(VIEWERS.gp, { type: 'pathwayOpened' } as never, T0);
    expect(decision.ok).toBe(false);
    if (!decision.ok) expect(decision.violations.map((v) => v.field)).toContain('citizen');
  });
});

describe('triage (spec §3)', () => {
  it('TG-CAUDA: a cauda equina answer warns at once and stays a warning until the acute referral is sent', () => {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), T0);
    const cauda = triageInput({
      caudaEquina: { ...triageInput().caudaEquina, saddleAnaesthesia: true },
    });
    const decision = s.run(VIEWERS.gp, { type: 'triaged', input: cauda }, T0);
    expect(decision.warnings[0]).toMatchObject({ rule: 'TG-CAUDA', params: { action: 'acute-referral' } });
    expect(advise(s.state, T0)[0]).toMatchObject({ kind: 'warning', rule: 'TG-CAUDA' });

    s.run(
      VIEWERS.gp,
      {
        type: 'referralSent',
        referralId: 'ref-acute',
        kind: 'acute',
        to: { actor: 'acute', organisationId: VIEWERS.acute.organisationId },
        content: {
          reason: 'Mistanke om cauda equina',
          clinicalInformation: 'Ridebukseanæstesi siden i morges',
        },
        recordConsent: 'treatment',
      },
      T0,
    );
    expect(advise(s.state, T0).map((a) => a.rule)).not.toContain('TG-CAUDA');
  });

  it('TRIAGE-CANCER-HISTORY and TRIAGE-AGE: shown prominently as warnings, the group stays non-specific', () => {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), T0);
    const decision = s.run(
      VIEWERS.gp,
      { type: 'triaged', input: triageInput({ previousCancer: true, age: 72 }) },
      T0,
    );
    expect(rules(decision).warnings.sort()).toEqual(['TRIAGE-AGE', 'TRIAGE-CANCER-HISTORY']);
    expect(s.state.triage?.result?.targetGroup).toBe('TG-UNCOMPLICATED');
    expect(advise(s.state, T0).find((a) => a.rule === 'TRIAGE-AGE')).toMatchObject({
      kind: 'warning',
      params: { age: 72, threshold: 50 },
    });
  });

  it.each([
    ['TG-NONMSK', { suspectedNonMsk: true, suspectedCondition: 'malignitet' }],
    ['TG-NERVEROOT', { specificFindings: { nerveRoot: true, stenosis: false, other: [] } }],
    ['TG-STENOSIS', { specificFindings: { nerveRoot: false, stenosis: true, other: [] } }],
    ['TG-UNCOMPLICATED', {}],
    [
      'TG-COMPLICATED',
      {
        complicatingFactors: {
          longLasting: true,
          significantFunctionalLimitation: false,
          psychosocial: false,
          comorbidity: false,
        },
      },
    ],
  ] as [string, Partial<TriageInput>][])(
    '%s: the target group is advised on with its own code',
    (group, overrides) => {
      const s = new Scenario();
      s.run(VIEWERS.gp, openCommand(), T0);
      s.run(VIEWERS.gp, { type: 'triaged', input: triageInput(overrides) }, T0);
      expect(s.state.triage?.result?.targetGroup).toBe(group);
      expect(advise(s.state, T0).map((a) => a.rule)).toContain(group);
    },
  );

  it('TG-PERSISTENT: advised periodic self-management and the HOSP-REREFERRAL conditions', () => {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), T0);
    s.run(VIEWERS.gp, { type: 'triaged', input: triageInput({ persistentAfterSpecialisedCare: true }) }, T0);
    expect(advise(s.state, T0).map((a) => a.rule)).toEqual(
      expect.arrayContaining(['TG-PERSISTENT', 'HOSP-REREFERRAL']),
    );
  });

  it('ICF-ASSESSMENT: after triage the ICF assessment is suggested, then the plan', () => {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), T0);
    s.run(VIEWERS.gp, { type: 'triaged', input: triageInput() }, T0);
    expect(advise(s.state, T0).map((a) => a.rule)).toContain('ICF-ASSESSMENT');
    s.run(
      VIEWERS.gp,
      { type: 'assessed', icf: { bodyFunctions: { durationWeeks: 3, painIntensity: 6 } } },
      T0,
    );
    const after = advise(s.state, T0).map((a) => a.rule);
    expect(after).not.toContain('ICF-ASSESSMENT');
    expect(after).toContain('SELF-MANAGEMENT-HUB');
  });
});

describe('plan and interventions (spec §4–5)', () => {
  it('SELF-MANAGEMENT-HUB: a plan without supported self-management is refused', () => {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), T0);
    const decision = s.attempt(
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [{ goal: 'Tilbage på arbejde' }],
        interventions: ['exercise'],
        selfManagementAgreements: 'Gåture',
      },
      T0,
    );
    expect(decision).toMatchObject({
      ok: false,
      violations: [{ rule: 'SELF-MANAGEMENT-HUB', field: 'interventions' }],
    });
  });

  it('SELF-MANAGEMENT-HUB: manual therapy cannot start alone before self-management is in place', () => {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), T0);
    const start = {
      type: 'interventionStarted' as const,
      interventionId: 'i-1',
      intervention: 'manual' as const,
    };
    expect(rules(s.attempt(VIEWERS.gp, start, T0)).violations).toEqual(['SELF-MANAGEMENT-HUB']);
    s.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'i-0', intervention: 'self-management' },
      T0,
    );
    expect(s.attempt(VIEWERS.gp, start, T0).ok).toBe(true);
  });

  it('INTERVENTION-PROVIDER: a physiotherapist cannot prescribe pain medication; a GP gives manual therapy only as special interest', () => {
    const s = Scenario.planned();
    const rx = {
      type: 'medicationPrescribed' as const,
      prescriptionId: 'rx-1',
      drug: 'Ibuprofen 400 mg',
      painCourse: 'episodic' as const,
      discontinuationPlan: 'Stop efter 7 dage',
    };
    s.run(
      VIEWERS.gp,
      {
        type: 'consentGiven',
        consentId: 'c-physio',
        recipient: { actor: 'physio', organisationId: VIEWERS.physio.organisationId },
        purpose: 'treatment',
      },
      T0,
    );
    s.run(
      VIEWERS.physio,
      { type: 'interventionStarted', interventionId: 'p-1', intervention: 'exercise' },
      T0,
    );
    expect(s.attempt(VIEWERS.physio, rx, T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'INTERVENTION-PROVIDER' }],
    });
    expect(s.attempt(VIEWERS.gp, rx, T0).ok).toBe(true);
    const gpManual = s.attempt(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'i-9', intervention: 'manual' },
      T0,
    );
    expect(gpManual).toMatchObject({
      ok: true,
      warnings: [{ rule: 'INTERVENTION-PROVIDER', params: { role: 'special-interest' } }],
    });
    const gpSurgery = s.attempt(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'i-8', intervention: 'back-surgery' },
      T0,
    );
    expect(gpSurgery).toMatchObject({
      ok: false,
      violations: [{ rule: 'INTERVENTION-PROVIDER', field: 'intervention' }],
    });
  });

  it('MANUAL-4-5 and CLK-MANUAL-4-5: four manual treatments without improvement warn, and the check falls due at the 5th', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.physio,
      {
        type: 'referralSent',
        referralId: 'self-1',
        kind: 'physio',
        to: { actor: 'physio', organisationId: VIEWERS.physio.organisationId },
        content: { reason: 'Selvhenvendelse', clinicalInformation: 'Lændesmerter' },
        selfReferral: true,
      },
      T0,
    );
    s.run(VIEWERS.physio, { type: 'interventionStarted', interventionId: 'm-1', intervention: 'manual' }, T0);
    for (const response of ['unchanged', 'worse', 'unchanged'] as const) {
      expect(
        s.run(VIEWERS.physio, { type: 'sessionRecorded', interventionId: 'm-1', response }, T0).warnings,
      ).toEqual([]);
    }
    const fourth = s.run(
      VIEWERS.physio,
      { type: 'sessionRecorded', interventionId: 'm-1', response: 'unchanged' },
      T0,
    );
    expect(fourth.warnings).toEqual([{ rule: 'MANUAL-4-5', params: { sessions: 4 } }]);
    expect(advise(s.state, T0).filter((a) => a.rule === 'MANUAL-4-5')).toHaveLength(1);
    expect(advise(s.state, T0).find((a) => a.rule === 'CLK-MANUAL-4-5')?.clock?.state).toBe('due');
  });

  it('MANUAL-4-5: a session the citizen missed is no treatment; an attended one must say the response', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, { type: 'interventionStarted', interventionId: 'm-1', intervention: 'manual' }, T0);
    const session = (extra: object) =>
      ({ type: 'sessionRecorded', interventionId: 'm-1', ...extra }) as Command;
    expect(s.attempt(VIEWERS.gp, session({}), T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'response' }],
    });
    for (const response of ['unchanged', 'worse', 'unchanged'] as const)
      s.run(VIEWERS.gp, session({ response }), T0);
    expect(s.run(VIEWERS.gp, session({ attended: false }), T0).warnings).toEqual([]);
    expect(s.state.interventions['m-1']).toMatchObject({ missed: [{ seq: expect.any(Number) }] });
    expect(s.state.interventions['m-1']?.sessions).toHaveLength(3);
    expect(s.run(VIEWERS.gp, session({ response: 'unchanged' }), T0).warnings).toEqual([
      { rule: 'MANUAL-4-5', params: { sessions: 4 } },
    ]);
  });

  it('INPUT-INVALID: a session is dated between the course start and today, never in the future', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, { type: 'interventionStarted', interventionId: 'm-1', intervention: 'manual' }, T0);
    const session = (heldOn: string) =>
      ({ type: 'sessionRecorded', interventionId: 'm-1', response: 'improved', heldOn }) as Command;
    const today = T0.slice(0, 10);
    const later = '2026-09-20T09:00:00+02:00';
    expect(s.attempt(VIEWERS.gp, session('2026-09-21'), later)).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'heldOn', params: { reason: 'in the future' } }],
    });
    expect(s.attempt(VIEWERS.gp, session('2020-01-01'), later)).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'heldOn', params: { reason: 'before the course' } }],
    });
    // Recorded on the 20th for a session a week before: the day stays the session's own.
    s.run(VIEWERS.gp, session('2026-09-13'), later);
    expect(s.run(VIEWERS.gp, session(today), later).warnings).toEqual([]);
    const recorded = s.state.events.filter((e) => e.type === 'sessionRecorded');
    expect(recorded.map((e) => (e.type === 'sessionRecorded' ? e.heldOn : ''))).toEqual([
      '2026-09-13',
      today,
    ]);
  });

  it('MANUAL-4-5: an improvement among the first four treatments gives no warning', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, { type: 'interventionStarted', interventionId: 'm-1', intervention: 'manual' }, T0);
    for (const response of ['unchanged', 'improved', 'unchanged', 'unchanged'] as const) {
      expect(
        s.run(VIEWERS.gp, { type: 'sessionRecorded', interventionId: 'm-1', response }, T0).warnings,
      ).toEqual([]);
    }
    expect(advise(s.state, T0).map((a) => a.rule)).not.toContain('MANUAL-4-5');
  });

  it('MED-FOLLOWUP: medication for persistent pain without a special-case reason is warned about', () => {
    const s = Scenario.planned();
    const decision = s.run(
      VIEWERS.gp,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-1',
        drug: 'Tramadol 50 mg',
        painCourse: 'persistent',
        discontinuationPlan: 'Udtrapning over 2 uger',
      },
      T0,
    );
    expect(decision.warnings).toEqual([{ rule: 'MED-FOLLOWUP', field: 'specialCaseReason' }]);
  });

  it('HOSPITAL-MEDICATION: the back centre is reminded it prescribes only in its own longer courses', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      {
        type: 'referralSent',
        referralId: 'h-1',
        kind: 'hospital',
        to: { actor: 'hospital', organisationId: VIEWERS.hospital.organisationId },
        content: {
          reason: { suspectedCondition: 'x', question: 'y' },
          history: {
            symptomOnset: 'a',
            painLocationAndRadiation: 'b',
            sickLeaveAndFunction: 'c',
            otherDiseases: 'd',
            currentMedication: 'e',
            fmkUpdated: true,
          },
          objectiveFindings: {
            strengthGrade: '5/5',
            sensoryDisturbance: 'ingen',
            heightCm: 170,
            weightKg: 70,
            imagingFindings: 'ingen',
            otherParaclinical: 'ingen',
          },
          treatmentTried: 'træning',
          other: {
            interpreterNeeded: false,
            phone: '20123456',
            transport: 'bil',
            citizenToldWhat: 'rygforløb',
          },
          precondition: { worryingSymptoms: 'Tiltagende pareser' },
          wordingConfirmed: true,
        },
        recordConsent: 'treatment',
      },
      T0,
    );
    const decision = s.run(
      VIEWERS.hospital,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-h',
        drug: 'Gabapentin',
        painCourse: 'episodic',
        discontinuationPlan: 'Vurderes ved kontrol',
      },
      T0,
    );
    expect(decision.warnings.map((w) => w.rule)).toEqual(['HOSPITAL-MEDICATION']);
  });

  it('SURG-NONSPECIFIC: surgery in a plan for non-specific low back pain is warned about', () => {
    const s = Scenario.planned();
    const decision = s.run(
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [{ goal: 'Smertelindring' }],
        interventions: ['self-management', 'back-surgery'],
        selfManagementAgreements: 'Gåture',
      },
      T0,
    );
    expect(decision.warnings).toEqual([
      { rule: 'SURG-NONSPECIFIC', params: { targetGroup: 'TG-UNCOMPLICATED' } },
    ]);
  });

  it("PLAN-APPROACH: a stratified plan is the clinician's choice, accepted without a STarT Back score, and so is stepped", () => {
    const s = Scenario.planned();
    for (const approach of ['stratified', 'stepped'] as const) {
      const d = s.attempt(
        VIEWERS.gp,
        {
          type: 'planUpdated',
          approach,
          goals: [{ goal: 'Løbe 5 km' }],
          interventions: ['self-management'],
          selfManagementAgreements: 'Gåture',
        },
        T0,
      );
      expect(d).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it('PLAN-REVIEW: a follow-up date passed without a new assessment is a warning', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stratified',
        goals: [{ goal: 'Sove igennem' }],
        interventions: ['self-management'],
        selfManagementAgreements: 'Søvnhygiejne',
        followUpOn: '2026-09-15',
      },
      T0,
    );
    expect(advise(s.state, '2026-09-14T10:00:00+02:00').map((a) => a.rule)).not.toContain('PLAN-REVIEW');
    expect(advise(s.state, '2026-09-16T10:00:00+02:00')).toContainEqual({
      kind: 'warning',
      rule: 'PLAN-REVIEW',
      params: { followUpOn: '2026-09-15' },
    });
    s.run(
      VIEWERS.gp,
      { type: 'assessed', icf: { activities: { description: 'Bedre' } } },
      '2026-09-16T10:00:00+02:00',
    );
    expect(advise(s.state, '2026-09-16T11:00:00+02:00').map((a) => a.rule)).not.toContain('PLAN-REVIEW');
  });

  it('WORK-EARLY: a working-age citizen without a labour-market assessment gets the suggestion; a 70-year-old does not', () => {
    const working = Scenario.planned();
    expect(advise(working.state, T0).map((a) => a.rule)).toContain('WORK-EARLY');
    working.run(
      VIEWERS.gp,
      { type: 'assessed', icf: { environmentalFactors: { labourMarketAttachment: 'employed' } } },
      T0,
    );
    expect(advise(working.state, T0).map((a) => a.rule)).not.toContain('WORK-EARLY');

    const retired = new Scenario();
    retired.run(VIEWERS.gp, openCommand({ birthDate: '1955-01-01' }), T0);
    retired.run(VIEWERS.gp, { type: 'triaged', input: triageInput({ age: 71 }) }, T0);
    expect(advise(retired.state, T0).map((a) => a.rule)).not.toContain('WORK-EARLY');
  });
});
