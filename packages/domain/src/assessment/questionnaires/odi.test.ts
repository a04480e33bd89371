import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ODI_SECTIONS, type OdiAnswers, OdiScoreSchema, odiBand, scoreOdi } from './odi.ts';

/** Ten answered sections summing to `sum` (filled from the first section, 5 at a time). */
function tenSections(sum: number): OdiAnswers {
  let left = sum;
  return Object.fromEntries(
    ODI_SECTIONS.map((key) => {
      const value = Math.min(5, left);
      left -= value;
      return [key, value];
    }),
  );
}

function score(answers: unknown) {
  const result = scoreOdi(answers);
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.value;
}

describe('ODI 2.1a scoring (Fairbank & Pynsent 2000)', () => {
  it('Q-ODI: worked example, 16 over all ten sections is 32 %', () => {
    expect(score(tenSections(16))).toEqual({ index: 32, sectionsAnswered: 10, band: 'moderate' });
  });

  it('Q-ODI: worked example, 16 over nine sections is 16/45 = 35.6 %, one decimal as published', () => {
    const { sexLife: _skipped, ...nine } = tenSections(16);
    expect(score({ ...nine, sexLife: null })).toEqual({
      index: 35.6,
      sectionsAnswered: 9,
      band: 'moderate',
    });
  });

  it('Q-ODI: an absent section and a null section both lower the denominator by 5', () => {
    const answers = { painIntensity: 3, lifting: 4, walking: 2 };
    expect(score(answers)).toEqual({ index: 60, sectionsAnswered: 3, band: 'severe' });
    expect(score({ ...answers, sexLife: null, travelling: null })).toEqual(score(answers));
  });

  it('Q-ODI: a single answered section is scored over 5', () => {
    expect(score({ lifting: 5 })).toEqual({ index: 100, sectionsAnswered: 1, band: 'bed-bound' });
    expect(score({ sitting: 1 })).toEqual({ index: 20, sectionsAnswered: 1, band: 'minimal' });
  });

  it('Q-ODI: an exact half stays exact (1 over 8 sections = 2.5)', () => {
    const eight = { ...tenSections(1), sexLife: null, travelling: null };
    expect(score(eight)).toMatchObject({ index: 2.5, sectionsAnswered: 8 });
  });

  it('Q-ODI: fractions round to one decimal (10/45 = 22.2, 1/15 = 6.7, 1/35 = 2.9)', () => {
    expect(score({ ...tenSections(10), travelling: undefined })).toMatchObject({
      index: 22.2,
      band: 'moderate',
    });
    expect(score({ lifting: 1, walking: 0, sitting: 0 })).toMatchObject({ index: 6.7 });
    const seven = { ...tenSections(1), sexLife: null, travelling: null, socialLife: null };
    expect(score(seven)).toMatchObject({ index: 2.9 });
  });

  it.each([
    [0, 0, 'minimal'],
    [10, 20, 'minimal'],
    [11, 22, 'moderate'],
    [20, 40, 'moderate'],
    [21, 42, 'severe'],
    [30, 60, 'severe'],
    [31, 62, 'crippled'],
    [40, 80, 'crippled'],
    [41, 82, 'bed-bound'],
    [50, 100, 'bed-bound'],
  ])('Q-ODI: sum %i over ten sections is %i %%, %s', (sum, index, band) => {
    expect(score(tenSections(sum))).toEqual({ index, sectionsAnswered: 10, band });
  });

  it.each([
    [20, 'minimal'],
    [21, 'moderate'],
    [40, 'moderate'],
    [41, 'severe'],
    [60, 'severe'],
    [61, 'crippled'],
    [80, 'crippled'],
    [81, 'bed-bound'],
  ])('Q-ODI: band boundary, index %i is %s', (index, band) => {
    expect(odiBand(index)).toBe(band);
  });
});

describe('ODI rejects invalid answers naming the section', () => {
  it.each([
    [6, { reason: 'out-of-range', max: 5 }],
    [-1, { reason: 'out-of-range', min: 0 }],
    [2.5, { reason: 'not-integer' }],
    ['3', { reason: 'wrong-type' }],
    [true, { reason: 'wrong-type' }],
  ])('Q-ODI: lifting %s is rejected', (lifting, params) => {
    expect(scoreOdi({ painIntensity: 2, lifting })).toEqual({
      ok: false,
      violations: [{ rule: 'Q-ODI', field: 'answers.lifting', params }],
    });
  });

  it('Q-ODI: an unknown section is named', () => {
    expect(scoreOdi({ painIntensity: 2, sexlife: 1 })).toEqual({
      ok: false,
      violations: [{ rule: 'Q-ODI', field: 'answers.sexlife', params: { reason: 'unknown-item' } }],
    });
  });

  it('Q-ODI: zero sections answered is invalid', () => {
    const expected = {
      ok: false,
      violations: [{ rule: 'Q-ODI', field: 'answers', params: { reason: 'no-sections-answered' } }],
    };
    expect(scoreOdi({})).toEqual(expected);
    expect(scoreOdi(Object.fromEntries(ODI_SECTIONS.map((k) => [k, null])))).toEqual(expected);
  });

  it('Q-ODI: every invalid section is reported, not only the first', () => {
    const result = scoreOdi({ lifting: 9, walking: 'a', sitting: 1 });
    expect(result.ok ? [] : result.violations.map((v) => v.field)).toEqual([
      'answers.lifting',
      'answers.walking',
    ]);
  });
});

const answersArb = fc
  .record(
    Object.fromEntries(
      ODI_SECTIONS.map((k) => [k, fc.option(fc.integer({ min: 0, max: 5 }), { nil: null })]),
    ),
    { requiredKeys: [] },
  )
  .filter((a) => Object.values(a).some((v) => typeof v === 'number'));

describe('ODI properties', () => {
  it('Q-ODI: index to one decimal within 0–100 over the sections answered, band from the index', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreOdi(answers);
        if (!result.ok) return false;
        const given = Object.values(answers).filter((v): v is number => typeof v === 'number');
        const exact = (given.reduce((a, b) => a + b, 0) / (5 * given.length)) * 100;
        const { index, sectionsAnswered, band } = result.value;
        expect(Number.isInteger(Math.round(index * 10))).toBe(true);
        expect(OdiScoreSchema.safeParse(result.value).success).toBe(true);
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThanOrEqual(100);
        expect(Math.abs(index - exact)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(sectionsAnswered).toBe(given.length);
        expect(band).toBe(odiBand(index));
        // Rounding never moves a form across a band edge: with at most ten sections the exact
        // index cannot fall strictly between 20 and 21 (or 40/41, 60/61, 80/81).
        const exactBand =
          exact <= 20
            ? 'minimal'
            : exact <= 40
              ? 'moderate'
              : exact <= 60
                ? 'severe'
                : exact <= 80
                  ? 'crippled'
                  : 'bed-bound';
        expect(band).toBe(exactBand);
        return true;
      }),
    );
  });
});
