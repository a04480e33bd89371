import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ICF_SECTIONS,
  type IcfAssessment,
  IcfAssessmentSchema,
  missingIcfComponents,
  parseIcfAssessment,
  RISK_FACTOR_GROUPS,
  RISK_FACTORS,
  type RiskFactor,
  RiskFactorSchema,
  riskFactorGroup,
  riskFactorsFromIcf,
} from './icf.schema.ts';

/** A fictitious, fully filled record. */
const full: IcfAssessment = {
  bodyFunctions: {
    durationWeeks: 14,
    painIntensity: 7,
    painLocation: 'Lower back, left side',
    radiation: { present: true, side: 'left', belowKnee: false, description: 'Down the back of the thigh' },
    painElsewhere: false,
    ownUnderstanding: '"I think I pulled something lifting the grandchildren"',
    activityAtWork: 'Warehouse work, lifting most of the day',
    sleep: 'Wakes twice a night from pain',
    comorbidity: { physical: 'Hypertension', mental: '' },
    earlierTreatments: [{ treatment: 'Physiotherapy, 6 sessions', effect: 'better' }],
    expectations: 'Back at work within two months',
    examination: { movementBehaviour: 'Guarded flexion', neurological: 'Normal reflexes and sensibility' },
  },
  activities: { limitations: ['lifting', 'sitting'], description: 'Cannot sit through a film' },
  participation: { work: 'Reduced hours', fearOfMovement: 'some' },
  environmentalFactors: {
    labourMarketAttachment: 'employed',
    sickLeave: { weeks: 3, extent: 'partial', hoursAbsentPerWeek: 10 },
    pendingCompensationCase: false,
  },
  personalFactors: { coping: 'Active, walks daily', depression: false, smoking: true },
  summary: {
    resources: 'Supportive partner',
    treatmentOptions: 'Supported self-management, graded exercise',
  },
};

describe('IcfAssessmentSchema', () => {
  it('ICF-ASSESSMENT: an empty record and a full record are both valid', () => {
    expect(IcfAssessmentSchema.safeParse({}).success).toBe(true);
    expect(IcfAssessmentSchema.parse(full)).toEqual(full);
  });

  it.each([
    [{ bodyFunctions: { painIntensity: 11 } }, 'icf.bodyFunctions.painIntensity'],
    [{ bodyFunctions: { painIntensity: 5.5 } }, 'icf.bodyFunctions.painIntensity'],
    [{ bodyFunctions: { durationWeeks: -1 } }, 'icf.bodyFunctions.durationWeeks'],
    [{ activities: { limitations: ['running'] } }, 'icf.activities.limitations.0'],
    [{ activities: { limitations: ['sitting', 'sitting'] } }, 'icf.activities.limitations'],
    [{ bodyFunctions: { radiation: { present: false, side: 'left' } } }, 'icf.bodyFunctions.radiation.side'],
    [
      { environmentalFactors: { sickLeave: { weeks: 2, extent: 'half' } } },
      'icf.environmentalFactors.sickLeave.extent',
    ],
    [{ participation: { fearOfMovement: 'huge' } }, 'icf.participation.fearOfMovement'],
  ])('INPUT-INVALID: %j is rejected naming %s', (input, field) => {
    const result = parseIcfAssessment(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.violations.map((v) => [v.rule, v.field])).toEqual([
      ['INPUT-INVALID', field],
    ]);
  });

  it('INPUT-INVALID: a misspelt field is not silently dropped', () => {
    expect(IcfAssessmentSchema.safeParse({ personalFactors: { depresion: true } }).success).toBe(false);
    expect(IcfAssessmentSchema.safeParse({ bodyFunction: {} }).success).toBe(false);
  });
});

describe('missingIcfComponents', () => {
  it('ICF-ASSESSMENT: an empty record misses all five components and the summary', () => {
    expect(missingIcfComponents({})).toEqual([
      'bodyFunctions',
      'activities',
      'participation',
      'environmentalFactors',
      'personalFactors',
      'summary',
    ]);
  });

  it('ICF-ASSESSMENT: a full record misses nothing', () => {
    expect(missingIcfComponents(full)).toEqual([]);
  });

  it('ICF-ASSESSMENT: blank text, empty lists and empty nested objects are no content', () => {
    const icf: IcfAssessment = {
      bodyFunctions: { painLocation: '   ', comorbidity: {}, earlierTreatments: [] },
      activities: { limitations: [] },
      participation: { work: '' },
      environmentalFactors: {},
      personalFactors: { coping: '\n' },
      summary: { resources: ' ' },
    };
    expect(missingIcfComponents(icf)).toEqual([...ICF_SECTIONS]);
  });

  it('ICF-ASSESSMENT: a recorded "no" or a 0 is content', () => {
    const icf: IcfAssessment = {
      bodyFunctions: { painIntensity: 0 },
      personalFactors: { depression: false },
      environmentalFactors: { pendingCompensationCase: false },
    };
    expect(missingIcfComponents(icf)).toEqual(['activities', 'participation', 'summary']);
  });
});

describe('riskFactorsFromIcf', () => {
  const derive = (icf: IcfAssessment) => riskFactorsFromIcf(icf);

  it('RISK-FACTORS: an empty record shows none', () => {
    expect(derive({})).toEqual([]);
  });

  it('RISK-FACTORS: radiating leg pain only when radiation is present', () => {
    expect(derive({ bodyFunctions: { radiation: { present: true } } })).toEqual(['radiating-leg-pain']);
    expect(derive({ bodyFunctions: { radiation: { present: false } } })).toEqual([]);
  });

  it('RISK-FACTORS: pain intensity 7 or more is high, 6 is not', () => {
    expect(derive({ bodyFunctions: { painIntensity: 6 } })).toEqual([]);
    expect(derive({ bodyFunctions: { painIntensity: 7 } })).toEqual(['high-pain-intensity']);
  });

  it('RISK-FACTORS: duration of 12 weeks or more is long, 11 is not', () => {
    expect(derive({ bodyFunctions: { durationWeeks: 11 } })).toEqual([]);
    expect(derive({ bodyFunctions: { durationWeeks: 12 } })).toEqual(['long-duration']);
  });

  it('RISK-FACTORS: fear of movement (some or marked) and anxiety are worry, counted once', () => {
    expect(derive({ participation: { fearOfMovement: 'none' } })).toEqual([]);
    expect(derive({ participation: { fearOfMovement: 'some' } })).toEqual(['worry']);
    expect(
      derive({ participation: { fearOfMovement: 'marked' }, personalFactors: { anxiety: true } }),
    ).toEqual(['worry']);
  });

  it('RISK-FACTORS: personal factors give depression, poor general health and lifestyle factors', () => {
    const icf: IcfAssessment = {
      bodyFunctions: { painElsewhere: true },
      personalFactors: {
        depression: true,
        heartLungDisease: true,
        smoking: true,
        overweight: true,
        lowPhysicalActivity: true,
      },
    };
    expect(derive(icf)).toEqual([
      'pain-elsewhere',
      'poor-general-health',
      'depression',
      'smoking',
      'overweight',
      'low-physical-activity',
    ]);
  });

  it('RISK-FACTORS: recorded "no" derives nothing', () => {
    expect(
      derive({ personalFactors: { depression: false, smoking: false, overweight: false, anxiety: false } }),
    ).toEqual([]);
  });

  it('RISK-FACTORS: factors the clinician marks are merged, deduplicated, in the program order', () => {
    const icf: IcfAssessment = {
      personalFactors: { smoking: true },
      summary: { riskFactors: ['low-income', 'smoking', 'markedly-reduced-function'] },
    };
    expect(derive(icf)).toEqual(['markedly-reduced-function', 'low-income', 'smoking']);
  });

  it('RISK-FACTORS: the worked record shows its factors', () => {
    expect(derive(full)).toEqual([
      'radiating-leg-pain',
      'high-pain-intensity',
      'long-duration',
      'worry',
      'smoking',
    ]);
  });

  it('RISK-FACTORS: every factor belongs to exactly one of the four p.17 groups', () => {
    const grouped = Object.values(RISK_FACTOR_GROUPS).flat();
    expect(grouped).toHaveLength(new Set(grouped).size);
    expect([...grouped].sort()).toEqual([...RISK_FACTORS].sort());
    expect(riskFactorGroup('radiating-leg-pain')).toBe('physical');
    expect(riskFactorGroup('depression')).toBe('psychological');
    expect(riskFactorGroup('workplace-social-factors')).toBe('social');
    expect(riskFactorGroup('overweight')).toBe('lifestyle');
  });
});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const icfArb: fc.Arbitrary<IcfAssessment> = fc.record(
  {
    bodyFunctions: fc.record(
      {
        durationWeeks: fc.integer({ min: 0, max: 520 }),
        painIntensity: fc.integer({ min: 0, max: 10 }),
        radiation: fc.record({ present: fc.boolean() }),
        painElsewhere: fc.boolean(),
        painLocation: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    ),
    participation: fc.record(
      { fearOfMovement: maybe(fc.constantFrom('none', 'some', 'marked')) },
      { requiredKeys: [] },
    ),
    personalFactors: fc.record(
      {
        depression: fc.boolean(),
        anxiety: fc.boolean(),
        overweight: fc.boolean(),
        heartLungDisease: fc.boolean(),
        smoking: fc.boolean(),
        coping: fc.string({ maxLength: 20 }),
      },
      { requiredKeys: [] },
    ),
    summary: fc.record(
      { riskFactors: fc.uniqueArray(fc.constantFrom(...RISK_FACTORS)) },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

describe('ICF properties', () => {
  it('RISK-FACTORS: derived factors are valid, unique, in program order and include those marked', () => {
    fc.assert(
      fc.property(icfArb, (icf) => {
        expect(IcfAssessmentSchema.safeParse(icf).success).toBe(true);
        const factors = riskFactorsFromIcf(icf);
        for (const f of factors) expect(RiskFactorSchema.safeParse(f).success).toBe(true);
        const positions = factors.map((f) => RISK_FACTORS.indexOf(f));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
        expect(new Set(factors).size).toBe(factors.length);
        for (const f of icf.summary?.riskFactors ?? []) expect(factors).toContain(f);
        const high = (icf.bodyFunctions?.painIntensity ?? 0) >= 7;
        return (
          factors.includes('high-pain-intensity' as RiskFactor) ===
          (high || !!icf.summary?.riskFactors?.includes('high-pain-intensity'))
        );
      }),
    );
  });

  it('ICF-ASSESSMENT: a component is listed as missing exactly when it is absent or empty', () => {
    const blank = (t: string | undefined) => (t ?? '').trim() === '';
    fc.assert(
      fc.property(icfArb, (icf) => {
        const b = icf.bodyFunctions;
        const p = icf.personalFactors;
        const hasContent: Record<(typeof ICF_SECTIONS)[number], boolean> = {
          bodyFunctions:
            !!b &&
            (b.durationWeeks !== undefined ||
              b.painIntensity !== undefined ||
              b.radiation !== undefined ||
              b.painElsewhere !== undefined ||
              !blank(b.painLocation)),
          activities: false,
          participation: icf.participation?.fearOfMovement !== undefined,
          environmentalFactors: false,
          personalFactors:
            !!p &&
            ([p.depression, p.anxiety, p.overweight, p.heartLungDisease, p.smoking].some(
              (v) => v !== undefined,
            ) ||
              !blank(p.coping)),
          summary: (icf.summary?.riskFactors?.length ?? 0) > 0,
        };
        expect(missingIcfComponents(icf)).toEqual(ICF_SECTIONS.filter((s) => !hasContent[s]));
        const filled = { ...icf, activities: { limitations: ['walking' as const] } };
        return !missingIcfComponents(filled).includes('activities');
      }),
    );
  });
});
