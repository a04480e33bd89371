import { z } from 'zod';
import { fail, ok, type Result, type Violation } from '../violation.ts';

/**
 * The Danish personal identification number (CPR number, spec §9; FHIR system
 * `urn:oid:1.2.208.176.1.2`). Structure per the CPR office ("Personnummeret i CPR-systemet",
 * cpr.dk, "Opbygning af CPR-nummeret"):
 *
 * - positions 1–6: date of birth DDMMYY;
 * - positions 7–10: serial number; the 7th digit together with YY gives the century;
 * - position 10: odd for men, even for women.
 *
 * Modulus 11 is NOT required: every number issued until 1 October 2007 satisfied it, but since
 * then the CPR office issues valid numbers without it where a birth date's modulus-11 series is
 * used up (cpr.dk, "Personnumre uden kontrolciffer"). Systems must accept them.
 */

export const CPR_FORMAT_RE = /^(\d{6})-?(\d{4})$/;

export type Sex = 'female' | 'male';

export interface ParsedCpr {
  /** Normalised: 10 digits, no hyphen. */
  cpr: string;
  /** ISO date YYYY-MM-DD. */
  birthDate: string;
  sex: Sex;
}

/** Why a CPR number's shape is wrong (params.reason of CPR-FORMAT). */
export type CprFormatReason = 'type' | 'characters' | 'hyphen' | 'length';
/** Why a CPR number's date is wrong (params.reason of CPR-DATE). */
export type CprDateReason = 'month' | 'day';

const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Full year of birth from the two-digit year and the 7th digit, per the CPR office's table:
 * 0–3 → 1900–1999; 4 and 9 → 2000–2036 if YY ≤ 36, else 1937–1999;
 * 5–8 → 2000–2057 if YY ≤ 57, else 1858–1899.
 */
export function centuryYear(yy: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + yy;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

function formatReason(input: string): CprFormatReason {
  if (/[^\d-]/.test(input)) return 'characters';
  const hyphens = (input.match(/-/g) ?? []).length;
  if (hyphens > 1 || (hyphens === 1 && input.indexOf('-') !== 6)) return 'hyphen';
  return 'length';
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

type DateCheck = { ok: true; birthDate: string } | { ok: false; reason: CprDateReason; year: number };

/** The birth date a normalised 10-digit number encodes, or why there is none. */
function birthDateOf(digits: string): DateCheck {
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const year = centuryYear(yy, Number(digits[6]));
  if (month < 1 || month > 12) return { ok: false, reason: 'month', year };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'day', year };
  return { ok: true, birthDate: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/**
 * A CPR number as a zod string: accepts 'DDMMYYSSSS' or 'DDMMYY-SSSS' (surrounding whitespace
 * trimmed), checks that the date exists, and outputs the 10 digits without hyphen. Messages are
 * the rule codes (CPR-FORMAT, CPR-DATE); use `parseCpr` for rule-coded violations.
 */
export const CprSchema = z
  .string()
  .trim()
  .regex(CPR_FORMAT_RE, { message: 'CPR-FORMAT' })
  .transform((s) => s.replace('-', ''))
  .refine((digits) => birthDateOf(digits).ok, { message: 'CPR-DATE' });

/** Parses a CPR number: CPR-FORMAT for wrong shape, CPR-DATE for a date that does not exist. */
export function parseCpr(input: unknown): Result<ParsedCpr> {
  if (typeof input !== 'string') {
    return fail({ rule: 'CPR-FORMAT', field: 'cpr', params: { reason: 'type' } });
  }
  const trimmed = input.trim();
  const match = CPR_FORMAT_RE.exec(trimmed);
  if (!match) {
    return fail({ rule: 'CPR-FORMAT', field: 'cpr', params: { reason: formatReason(trimmed) } });
  }
  const cpr = `${match[1]}${match[2]}`;
  const date = birthDateOf(cpr);
  if (!date.ok) {
    const violation: Violation = {
      rule: 'CPR-DATE',
      field: 'cpr',
      params: { reason: date.reason, year: date.year },
    };
    return fail(violation);
  }
  const last = Number(cpr[9]);
  return ok({ cpr, birthDate: date.birthDate, sex: last % 2 === 1 ? 'male' : 'female' });
}

const MODULUS_11_WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/**
 * Whether the number satisfies the modulus-11 check (weights 4 3 2 7 6 5 4 3 2 1, sum divisible
 * by 11). Informational only: valid numbers without it exist since 2007. False for a malformed
 * number.
 */
export function hasModulus11(cpr: string): boolean {
  const match = CPR_FORMAT_RE.exec(cpr.trim());
  if (!match) return false;
  const digits = `${match[1]}${match[2]}`;
  let sum = 0;
  for (let i = 0; i < MODULUS_11_WEIGHTS.length; i++) {
    sum += Number(digits[i]) * (MODULUS_11_WEIGHTS[i] ?? 0);
  }
  return sum % 11 === 0;
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(value: string, name: string): { year: number; month: number; day: number } {
  const m = ISO_DATE_RE.exec(value);
  const year = Number(m?.[1]);
  const month = Number(m?.[2]);
  const day = Number(m?.[3]);
  if (!m || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${name} is not a real YYYY-MM-DD date: ${value}`);
  }
  return { year, month, day };
}

/**
 * Age in whole years on `onDate` (both YYYY-MM-DD). A year is completed when the calendar date
 * (month, day) of the birthday is reached. Someone born on 29 February therefore becomes a year
 * older on 1 March in non-leap years (28 February is still before the birthday): the later of the
 * two conventions, chosen so that an age limit (e.g. SCOPE-ADULT, 18) is never reached early.
 * Throws RangeError for a malformed date or an `onDate` before the birth date.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const b = parseIsoDate(birthDate, 'birthDate');
  const d = parseIsoDate(onDate, 'onDate');
  if (onDate < birthDate) throw new RangeError(`onDate ${onDate} is before birthDate ${birthDate}`);
  const beforeBirthday = d.month < b.month || (d.month === b.month && d.day < b.day);
  return d.year - b.year - (beforeBirthday ? 1 : 0);
}

/**
 * 'DDMMYY-XXXX' for logs and UI: keeps the date, hides the serial (which carries sex and makes the
 * number personal). Anything that is not a well-formed CPR number is masked entirely.
 */
export function maskCpr(cpr: string): string {
  const match = CPR_FORMAT_RE.exec(cpr.trim());
  return match ? `${match[1]}-XXXX` : 'XXXXXX-XXXX';
}
