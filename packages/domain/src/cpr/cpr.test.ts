import { describe, expect, it } from 'vitest';
import { ageOn, CprSchema, centuryYear, hasModulus11, maskCpr, parseCpr } from './cpr.ts';

// Every number below with a birth date before 2007 fails modulus 11, so it was never issued to
// anyone (see testing/citizens.ts). Numbers that pass modulus 11 use a birth date in the future.

const okValue = (input: unknown) => {
  const result = parseCpr(input);
  if (!result.ok) throw new Error(`expected ${String(input)} to parse: ${JSON.stringify(result)}`);
  return result.value;
};

describe('parseCpr: format (CPR-FORMAT, spec §9)', () => {
  it.each([
    ['1503850123', '1503850123'],
    ['150385-0123', '1503850123'],
    ['  150385-0123 ', '1503850123'],
  ])('CPR-FORMAT: %j is accepted and normalised to %s', (input, cpr) => {
    expect(okValue(input).cpr).toBe(cpr);
  });

  it.each([
    ['15038501234', 'length'],
    ['150385012', 'length'],
    ['150385-012', 'length'],
    ['', 'length'],
    ['1503-85-0123', 'hyphen'],
    ['15038-50123', 'hyphen'],
    ['150385--0123', 'hyphen'],
    ['150385 0123', 'characters'],
    ['15O385-0123', 'characters'],
    ['150385/0123', 'characters'],
    [1503850123, 'type'],
    [null, 'type'],
    [undefined, 'type'],
  ])('CPR-FORMAT: %j is rejected (reason %s)', (input, reason) => {
    expect(parseCpr(input)).toEqual({
      ok: false,
      violations: [{ rule: 'CPR-FORMAT', field: 'cpr', params: { reason } }],
    });
  });
});

describe('parseCpr: date and century (CPR-DATE, spec §9)', () => {
  it.each([
    // [number, birth date]: the CPR office's table, 7th digit × YY
    ['150385-0123', '1985-03-15'],
    ['150305-3123', '1905-03-15'],
    ['150336-4123', '2036-03-15'],
    ['150337-4123', '1937-03-15'],
    ['150330-9123', '2030-03-15'],
    ['150337-9123', '1937-03-15'],
    ['150357-5123', '2057-03-15'],
    ['150358-8123', '1858-03-15'],
    ['150399-6123', '1899-03-15'],
    ['150300-7123', '2000-03-15'],
  ])('CPR-DATE: %s is born %s (century from the 7th digit)', (input, birthDate) => {
    expect(okValue(input).birthDate).toBe(birthDate);
  });

  it.each([
    ['290223-4234', 'day', 2023, '2023 was no leap year'],
    ['290200-0123', 'day', 1900, '1900 was no leap year (divisible by 100, not by 400)'],
    ['310285-0123', 'day', 1985, 'February never has 31 days'],
    ['310485-0123', 'day', 1985, 'April has 30 days'],
    ['000185-0123', 'day', 1985, 'there is no day 0'],
    ['151385-0123', 'month', 1985, 'there is no month 13'],
    ['150085-0123', 'month', 1985, 'there is no month 0'],
  ])('CPR-DATE: %s is rejected (%s), %s', (input, reason, year) => {
    expect(parseCpr(input)).toEqual({
      ok: false,
      violations: [{ rule: 'CPR-DATE', field: 'cpr', params: { reason, year } }],
    });
  });

  it.each([
    ['290200-4123', '2000-02-29'],
    ['290296-0125', '1996-02-29'],
    ['310185-0123', '1985-01-31'],
  ])('CPR-DATE: %s is a real date (%s)', (input, birthDate) => {
    expect(okValue(input).birthDate).toBe(birthDate);
  });

  it('CPR-DATE: centuryYear covers the table edges', () => {
    expect([0, 1, 2, 3].map((d) => centuryYear(99, d))).toEqual([1999, 1999, 1999, 1999]);
    expect([centuryYear(36, 4), centuryYear(37, 4), centuryYear(36, 9), centuryYear(37, 9)]).toEqual([
      2036, 1937, 2036, 1937,
    ]);
    expect([5, 6, 7, 8].map((d) => centuryYear(57, d))).toEqual([2057, 2057, 2057, 2057]);
    expect([5, 6, 7, 8].map((d) => centuryYear(58, d))).toEqual([1858, 1858, 1858, 1858]);
  });
});

describe('parseCpr: sex and modulus 11', () => {
  it.each([
    ['150385-0123', 'male'],
    ['150385-0124', 'female'],
    ['150385-0120', 'female'],
    ['150385-0129', 'male'],
  ])('CPR-FORMAT: %s has sex %s (last digit odd = male)', (input, sex) => {
    expect(okValue(input).sex).toBe(sex);
  });

  it('CPR-FORMAT: a number without modulus 11 is valid (issued since 2007)', () => {
    expect(hasModulus11('150385-0123')).toBe(false);
    expect(parseCpr('150385-0123').ok).toBe(true);
  });

  it.each([
    ['150632-4005', true],
    ['1506324005', true],
    ['150632-4048', true],
    ['150632-4006', false],
    ['150385-0123', false],
    ['not a cpr', false],
  ])('hasModulus11(%j) is %s', (input, expected) => {
    expect(hasModulus11(input)).toBe(expected);
  });
});

describe('CprSchema', () => {
  it('CPR-FORMAT: normalises DDMMYY-SSSS to 10 digits', () => {
    expect(CprSchema.parse('150385-0123')).toBe('1503850123');
    expect(CprSchema.parse('1503850123')).toBe('1503850123');
  });

  it.each([
    ['150385-012', 'CPR-FORMAT'],
    ['290223-4234', 'CPR-DATE'],
  ])('%s is rejected with message %s', (input, message) => {
    const result = CprSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});

describe('ageOn', () => {
  it.each([
    ['1985-03-15', '2024-03-14', 38],
    ['1985-03-15', '2024-03-15', 39],
    ['1985-03-15', '1985-03-15', 0],
    ['2006-06-15', '2024-06-14', 17],
    ['2006-06-15', '2024-06-15', 18],
    // born 29 February: a year older on 1 March in non-leap years, on 29 February in leap years
    ['2000-02-29', '2023-02-28', 22],
    ['2000-02-29', '2023-03-01', 23],
    ['2000-02-29', '2024-02-28', 23],
    ['2000-02-29', '2024-02-29', 24],
  ])('SCOPE-ADULT: born %s, on %s the age is %i', (birthDate, onDate, age) => {
    expect(ageOn(birthDate, onDate)).toBe(age);
  });

  it.each([
    ['2023-02-29', '2024-01-01'],
    ['1985-3-15', '2024-01-01'],
    ['1985-03-15', '2024-13-01'],
    ['1985-03-15', '1985-03-14'],
  ])('ageOn(%s, %s) throws RangeError', (birthDate, onDate) => {
    expect(() => ageOn(birthDate, onDate)).toThrow(RangeError);
  });
});

describe('maskCpr', () => {
  it.each([
    ['150385-0123', '150385-XXXX'],
    ['1503850123', '150385-XXXX'],
    ['150385-012', 'XXXXXX-XXXX'],
    ['anything', 'XXXXXX-XXXX'],
  ])('maskCpr(%j) is %s', (input, masked) => {
    expect(maskCpr(input)).toBe(masked);
  });
});
