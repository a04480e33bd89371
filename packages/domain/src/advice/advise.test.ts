import { describe, expect, it } from 'vitest';
import { clocksOf } from '../clocks/clocks.ts';
import type { PathwayEvent } from '../pathway/events.schema.ts';
import { fold } from '../pathway/pathway.fold.ts';
import {
  consentTo,
  hospitalContent,
  party,
  rehabPlanReferral,
  Scenario,
  triageInput,
  VIEWERS,
} from '../testing/scenario.ts';
import { advise } from './advise.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const at = (day: string) => `${day}T10:00:00+02:00`;
const nerveRoot = { specificFindings: { nerveRoot: true, stenosis: false, other: [] } };
const stenosis = { specificFindings: { nerveRoot: false, stenosis: true, other: [] } };

/** A planned pathway whose conservative treatment (a physiotherapy exercise course) starts at T0. */
function treated(triage: typeof nerveRoot | typeof stenosis): Scenario {
  const s = Scenario.planned(triage);
  s.run(
    VIEWERS.gp,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );
  return s;
}

const reassess = (s: Scenario, day: string, change: 'better' | 'unchanged' | 'worse', pain?: number) =>
  s.run(
    VIEWERS.gp,
    {
      type: 'assessed',
      icf: { bodyFunctions: { painIntensity: pain ?? 5 } },
      reassessment: { change, ...(pain === undefined ? {} : { pain }) },
    },
    at(day),
  );

const rulesOf = (s: Scenario | ReturnType<typeof fold>, now: string) =>
  advise(s instanceof Scenario ? s.state : s, now).filter((a) => a.kind !== 'clock');

describe('advice follows what the reassessment found (p.29–30, p.39)', () => {
  it('SURG-RADICULAR: a reassessment at week 5 finding pain 8/10 and no improvement keeps the suggestion, though it meets the clock', () => {
    const s = treated(nerveRoot);
    reassess(s, '2026-10-06', 'unchanged', 8);
    expect(clocksOf(s.state, at('2026-10-07')).find((c) => c.code === 'CLK-REASSESS-4-8W')).toMatchObject({
      state: 'met',
    });
    expect(rulesOf(s, at('2026-10-07'))).toContainEqual({
      kind: 'suggestion',
      rule: 'SURG-RADICULAR',
      params: { consider: ['imaging', 'hospital'], weeks: 5, change: 'unchanged', pain: 8 },
    });
  });

  it('SURG-RADICULAR: a reassessment that found the course better ends the suggestion', () => {
    const s = treated(nerveRoot);
    reassess(s, '2026-10-06', 'better', 3);
    expect(rulesOf(s, at('2026-11-20')).map((a) => a.rule)).not.toContain('SURG-RADICULAR');
  });

  it('SURG-RADICULAR: a reassessment before week 4 does not count; without one, the suggestion comes after 8 weeks', () => {
    const s = treated(nerveRoot);
    reassess(s, '2026-09-15', 'better');
    expect(rulesOf(s, at('2026-10-20')).map((a) => a.rule)).not.toContain('SURG-RADICULAR');
    expect(rulesOf(s, at('2026-10-28'))).toContainEqual(
      expect.objectContaining({
        rule: 'SURG-RADICULAR',
        params: { consider: ['imaging', 'hospital'], weeks: 8 },
      }),
    );
  });

  it('TG-STENOSIS: stenosis without improvement gets its own suggestion, MR or a hospital assessment (p.30)', () => {
    const s = treated(stenosis);
    reassess(s, '2026-10-06', 'worse', 7);
    const advice = rulesOf(s, at('2026-10-07'));
    expect(advice).toContainEqual({
      kind: 'suggestion',
      rule: 'TG-STENOSIS',
      params: { consider: ['mr', 'hospital'], weeks: 5, change: 'worse', pain: 7 },
    });
    expect(advice.map((a) => a.rule)).not.toContain('SURG-RADICULAR');
    // One TG-STENOSIS note: the no-improvement suggestion replaces the target group's plain one.
    expect(advice.filter((a) => a.rule === 'TG-STENOSIS')).toHaveLength(1);
  });

  it('SURG-RADICULAR: an imaging referral after the treatment started answers the suggestion', () => {
    const s = treated(nerveRoot);
    reassess(s, '2026-10-06', 'unchanged', 8);
    s.run(
      VIEWERS.gp,
      {
        type: 'referralSent',
        referralId: 'img-1',
        kind: 'imaging',
        to: { actor: 'imaging', organisationId: 'org-radiologi-vejle' },
        content: {
          modality: 'mr',
          indications: ['nerve-root-no-improvement-4-8-weeks'],
          question: 'MR L-columna',
        },
        recordConsent: 'treatment',
      },
      at('2026-10-07'),
    );
    expect(rulesOf(s, at('2026-10-08')).map((a) => a.rule)).not.toContain('SURG-RADICULAR');
  });
});

describe('clocks belong to their phase (p.29–30, p.52)', () => {
  /** The GP refers to the back centre at week 7; the hospital accepts and starts its own course. */
  function toHospital(s: Scenario, course: 'back-medicine' | 'back-surgery', retriage: boolean) {
    s.run(
      VIEWERS.gp,
      {
        type: 'referralSent',
        referralId: 'h-1',
        kind: 'hospital',
        to: party(VIEWERS.hospital),
        content: hospitalContent(),
        recordConsent: 'treatment',
      },
      at('2026-10-20'),
    );
    s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }, at('2026-10-21'));
    if (retriage)
      s.run(VIEWERS.hospital, { type: 'triaged', input: triageInput(nerveRoot) }, at('2026-11-10'));
    s.run(
      VIEWERS.hospital,
      { type: 'interventionStarted', interventionId: 'kir-1', intervention: course, referralId: 'h-1' },
      at('2026-11-10'),
    );
  }

  it('CLK-REASSESS-4-8W: a surgery after the hospital triaged again does not start the conservative clocks from that date', () => {
    const s = treated(nerveRoot);
    toHospital(s, 'back-surgery', true);
    const conservative = clocksOf(s.state, at('2027-01-20')).filter((c) =>
      ['CLK-REASSESS-4-8W', 'CLK-HOSP-6-8W'].includes(c.code),
    );
    expect(conservative.filter((c) => c.startedOn === '2026-11-10')).toEqual([]);
    expect(rulesOf(s, at('2027-01-20')).map((a) => a.rule)).not.toContain('SURG-RADICULAR');
  });

  it('CLK-HOSP-6-8W: the conservative clocks keep their start; the hospital course answers them', () => {
    const s = treated(stenosis);
    toHospital(s, 'back-medicine', false);
    const clocks = clocksOf(s.state, at('2027-01-20'));
    expect(clocks.find((c) => c.code === 'CLK-HOSP-6-8W')).toMatchObject({
      startedOn: '2026-09-01',
      state: 'met',
      metOn: '2026-10-20',
    });
    expect(clocks.find((c) => c.code === 'CLK-REASSESS-4-8W')).toMatchObject({
      startedOn: '2026-09-01',
      state: 'met',
      metOn: '2026-10-20',
    });
  });

  it('CLK-R140-SEND: a plan sent the day after discharge is met late, and stays in the advice', () => {
    const s = Scenario.planned({}, T0);
    s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
    s.run(VIEWERS.hospital, rehabPlanReferral('r-1', '2026-09-01'), at('2026-09-02'));
    const send = advise(s.state, at('2026-09-03')).find((a) => a.rule === 'CLK-R140-SEND');
    expect(send?.clock).toMatchObject({ state: 'met', late: true, metOn: '2026-09-02', dueBy: '2026-09-01' });
  });
});

describe('advise warns when recorded facts break a rule (facts from outside decide)', () => {
  /** Events as an import would bring them: stamped, never judged by decide. */
  const imported = (events: Omit<PathwayEvent, 'seq'>[]): PathwayEvent[] =>
    events.map((e, i) => ({ ...e, seq: i + 1 }) as PathwayEvent);
  const opened = (birthDate: string): Omit<PathwayEvent, 'seq'> =>
    ({
      type: 'pathwayOpened',
      at: T0,
      by: VIEWERS.gp,
      citizen: { birthDate, municipality: 'Vejle' },
      coordinator: { actor: 'gp', organisationId: VIEWERS.gp.organisationId },
      scope: { painRegions: ['lumbar'], affectsDailyLife: true },
    }) as Omit<PathwayEvent, 'seq'>;

  it('SCOPE-ADULT: an under-age citizen in an imported pathway is a warning', () => {
    const state = fold(imported([opened('2010-03-01')]));
    expect(rulesOf(state, at('2026-09-02'))).toContainEqual({
      kind: 'warning',
      rule: 'SCOPE-ADULT',
      params: { recorded: 'pathwayOpened', age: 16 },
    });
    expect(
      rulesOf(fold(imported([opened('1980-05-14')])), at('2026-09-02')).map((a) => a.rule),
    ).not.toContain('SCOPE-ADULT');
  });

  it('PARTIAL-LEAVE: a recorded partial sick leave below 4 hours a week is a warning for the jobcentre', () => {
    const state = fold(
      imported([
        opened('1980-05-14'),
        {
          type: 'sickLeaveRegistered',
          at: T0,
          by: VIEWERS.jobcentre,
          start: '2026-08-25',
          extent: 'partial',
          hoursPerWeek: 2,
          expectedWeeks: 4,
        } as Omit<PathwayEvent, 'seq'>,
      ]),
    );
    expect(rulesOf(state, at('2026-09-02'))).toContainEqual({
      kind: 'warning',
      rule: 'PARTIAL-LEAVE',
      params: { recorded: 'sickLeaveRegistered', given: 2, minimum: 4 },
      owner: VIEWERS.jobcentre.organisationId,
    });
  });

  it('PARTIAL-LEAVE: a recorded partial sick leave without its hours names them as missing', () => {
    const state = fold(
      imported([
        opened('1980-05-14'),
        {
          type: 'sickLeaveRegistered',
          at: T0,
          by: VIEWERS.jobcentre,
          start: '2026-08-25',
          extent: 'partial',
          expectedWeeks: 4,
        } as Omit<PathwayEvent, 'seq'>,
      ]),
    );
    expect(rulesOf(state, at('2026-09-02'))).toContainEqual({
      kind: 'warning',
      rule: 'PARTIAL-LEAVE',
      params: { recorded: 'sickLeaveRegistered', reason: 'missing', minimum: 4 },
      owner: VIEWERS.jobcentre.organisationId,
    });
  });

  it('SURG-NONSPECIFIC: surgery in the plan for non-specific pain is a warning as long as it stands', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [{ goal: 'Gå på arbejde' }],
        interventions: ['self-management', 'back-surgery'],
        selfManagementAgreements: 'Daglige gåture',
      },
      T0,
    );
    expect(rulesOf(s, at('2026-09-02'))).toContainEqual({
      kind: 'warning',
      rule: 'SURG-NONSPECIFIC',
      params: { targetGroup: 'TG-UNCOMPLICATED' },
    });
  });
});

describe('additions of the chapter-by-chapter pass', () => {
  it('RISK-FACTORS: the latest assessment’s risk factors for long-lasting disabling pain are shown (p.17)', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, { type: 'assessed', icf: { bodyFunctions: { painIntensity: 8 } } }, T0);
    expect(rulesOf(s, at('2026-09-02'))).toContainEqual({
      kind: 'suggestion',
      rule: 'RISK-FACTORS',
      params: { factors: ['high-pain-intensity'] },
    });
  });

  it('S56: a citizen on sick leave with a complicated course is told of the §56 arrangement until it is applied for (p.42)', () => {
    const s = Scenario.planned({
      complicatingFactors: {
        longLasting: true,
        significantFunctionalLimitation: true,
        psychosocial: false,
        comorbidity: false,
      },
    });
    s.run(
      VIEWERS.gp,
      { type: 'consentGiven', consentId: 'c-j', recipient: party(VIEWERS.jobcentre), purpose: 'employment' },
      T0,
    );
    s.run(
      VIEWERS.jobcentre,
      { type: 'sickLeaveRegistered', start: '2026-08-25', extent: 'full', expectedWeeks: 4 },
      T0,
    );
    const s56 = () => rulesOf(s, at('2026-09-02')).filter((a) => a.rule === 'S56');
    expect(s56()).toEqual([{ kind: 'suggestion', rule: 'S56', owner: VIEWERS.jobcentre.organisationId }]);
    s.run(VIEWERS.jobcentre, { type: 's56Applied', appliedOn: '2026-09-01' }, T0);
    expect(s56()).toEqual([]);
  });
});

describe('SURG-STRUCTURAL follows the program’s conditions (p.39)', () => {
  const structural = {
    specificFindings: { nerveRoot: false, stenosis: false, other: ['structural' as const] },
  };
  const sixMonths = at('2027-03-02');
  function treatedStructural(): Scenario {
    const s = Scenario.planned(structural);
    s.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
      T0,
    );
    return s;
  }
  const structuralAdvice = (s: Scenario, now = sixMonths) =>
    rulesOf(s, now).filter((a) => a.rule === 'SURG-STRUCTURAL');

  it('SURG-STRUCTURAL: six months without improvement but neither daily medication nor a significant limitation suggests nothing', () => {
    expect(structuralAdvice(treatedStructural())).toEqual([]);
  });

  it('SURG-STRUCTURAL: with daily prescription medication after six months, imaging or hospital is suggested, and why', () => {
    const s = treatedStructural();
    s.run(
      VIEWERS.gp,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-1',
        drug: 'Tramadol',
        painCourse: 'persistent',
        discontinuationPlan: 'Udtrappes',
        specialCaseReason: 'Strukturel forandring',
      },
      T0,
    );
    expect(structuralAdvice(s, at('2027-02-28'))).toEqual([]);
    expect(structuralAdvice(s)).toEqual([
      {
        kind: 'suggestion',
        rule: 'SURG-STRUCTURAL',
        params: { consider: ['imaging', 'hospital'], because: ['daily-medication'] },
      },
    ]);
    reassess(s, '2027-02-20', 'better');
    expect(structuralAdvice(s)).toEqual([]);
  });
});
