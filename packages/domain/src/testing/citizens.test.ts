import { describe, expect, it } from 'vitest';
import { ageOn, hasModulus11, parseCpr } from '../cpr/cpr.ts';
import {
  MINOR_TEST_CITIZEN,
  OUT_OF_REGION_TEST_CITIZEN,
  TEST_CITIZENS,
  TEST_CITIZENS_REFERENCE_DATE,
} from './citizens.ts';

const ageOf = (birthDate: string) => ageOn(birthDate, TEST_CITIZENS_REFERENCE_DATE);

describe('TEST_CITIZENS', () => {
  it('has at least 25 citizens with unique ids, names and CPR numbers', () => {
    expect(TEST_CITIZENS.length).toBeGreaterThanOrEqual(25);
    for (const key of ['id', 'name', 'cpr'] as const) {
      expect(new Set(TEST_CITIZENS.map((c) => c[key])).size).toBe(TEST_CITIZENS.length);
    }
  });

  it.each(TEST_CITIZENS.map((c) => [c.id, c] as const))(
    'CPR-FORMAT, CPR-DATE: %s parses and agrees with its birth date and sex',
    (_id, c) => {
      const parsed = parseCpr(c.cpr);
      expect(parsed).toEqual({
        ok: true,
        value: { cpr: c.cpr.replace('-', ''), birthDate: c.birthDate, sex: c.sex },
      });
      expect(c.cpr).toMatch(/^\d{6}-\d{4}$/);
    },
  );

  it.each(TEST_CITIZENS.map((c) => [c.id, c] as const))(
    '%s is born before 2007, not on 1 January, and fails modulus 11 (never issued)',
    (_id, c) => {
      expect(c.birthDate < '2007-01-01').toBe(true);
      expect(c.birthDate.slice(5)).not.toBe('01-01');
      expect(hasModulus11(c.cpr)).toBe(false);
    },
  );

  it('SCOPE-ADULT: exactly one citizen is under 18 on the reference date, and is 17', () => {
    const minors = TEST_CITIZENS.filter((c) => ageOf(c.birthDate) < 18);
    expect(minors).toEqual([MINOR_TEST_CITIZEN]);
    expect(ageOf(MINOR_TEST_CITIZEN.birthDate)).toBe(17);
  });

  it('adults span 18 to 85 with every decade covered, and some are born in the 2000s', () => {
    const adultAges = TEST_CITIZENS.map((c) => ageOf(c.birthDate)).filter((a) => a >= 18);
    expect(Math.min(...adultAges)).toBe(18);
    expect(Math.max(...adultAges)).toBe(85);
    for (const from of [18, 30, 40, 50, 60, 70, 80]) {
      expect(adultAges.some((a) => a >= from && a < from + 10)).toBe(true);
    }
    const born2000s = TEST_CITIZENS.filter((c) => c.birthDate >= '2000-01-01' && ageOf(c.birthDate) >= 18);
    expect(born2000s.length).toBeGreaterThanOrEqual(1);
  });

  it('both sexes are represented about evenly', () => {
    const female = TEST_CITIZENS.filter((c) => c.sex === 'female').length;
    expect(Math.abs(female - (TEST_CITIZENS.length - female))).toBeLessThanOrEqual(1);
  });

  it('SCOPE-REGION: exactly one citizen lives outside the Region of Southern Denmark', () => {
    const region = new Set([
      'Assens',
      'Billund',
      'Esbjerg',
      'Fanø',
      'Fredericia',
      'Faaborg-Midtfyn',
      'Haderslev',
      'Kerteminde',
      'Kolding',
      'Langeland',
      'Middelfart',
      'Nordfyns',
      'Nyborg',
      'Odense',
      'Svendborg',
      'Sønderborg',
      'Tønder',
      'Varde',
      'Vejen',
      'Vejle',
      'Ærø',
      'Aabenraa',
    ]);
    expect(region.size).toBe(22);
    expect(TEST_CITIZENS.filter((c) => !region.has(c.municipality))).toEqual([OUT_OF_REGION_TEST_CITIZEN]);
  });
});
