import { addDays, daysBetween, hasModulus11, parseCpr } from '@rygforlob/domain';
import type { TestCitizen } from '@rygforlob/domain/testing';

/**
 * Synthetic citizens for benchmarks: citizen n is always the same person (same CPR number, name
 * and birth date), so a run can be repeated or extended. Fictitious in the same way as the test
 * fixtures (packages/domain/src/testing/citizens.ts): born before 2007, never on 1 January, and
 * every serial FAILS modulus 11, so no number was issued at birth; surnames are made of words for
 * "test", "example", "dummy".
 */

const FIRST_DAY = '1940-01-02';
const LAST_DAY = '2006-12-31';

/** Every allowed birth date: no 1 January. */
const DATES: readonly string[] = (() => {
  const dates: string[] = [];
  for (let d = FIRST_DAY; d <= LAST_DAY; d = addDays(d, 1)) if (!d.endsWith('-01-01')) dates.push(d);
  return dates;
})();

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
/** A stride coprime with the number of dates: i → date is a permutation, so ages are spread. */
const STRIDE = [7919, 7927, 7933, 7937].find((p) => gcd(p, DATES.length) === 1) ?? 1;

/** Serials whose 7th digit gives the right century (CPR office table): 0–3 for 1900–1999; 4 and 9 for 2000–2036. */
function serialRanges(year: number): [number, number][] {
  return year < 2000
    ? [[0, 3999]]
    : [
        [4000, 4999],
        [9000, 9999],
      ];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The k-th serial (0-based) for a birth date that fails modulus 11; checked with the domain's hasModulus11. */
function serialFor(ddmmyy: string, year: number, k: number): string {
  // The weighted digit sum (weights 4 3 2 7 6 5 | 4 3 2 1) split in the date's part and the serial's,
  // so the scan is arithmetic only.
  const dateSum = [4, 3, 2, 7, 6, 5].reduce((sum, w, i) => sum + w * Number(ddmmyy[i]), 0);
  let seen = 0;
  for (const [from, to] of serialRanges(year)) {
    for (let s = from; s <= to; s++) {
      const serialSum =
        4 * Math.floor(s / 1000) + 3 * (Math.floor(s / 100) % 10) + 2 * (Math.floor(s / 10) % 10) + (s % 10);
      if ((dateSum + serialSum) % 11 === 0) continue;
      if (seen === k) {
        const serial = pad(s, 4);
        if (hasModulus11(`${ddmmyy}${serial}`))
          throw new Error(`synthetic serial ${serial} passes modulus 11`);
        return serial;
      }
      seen++;
    }
  }
  throw new RangeError(`no ${k}th serial for ${ddmmyy}`);
}

const FIRST_NAMES = {
  female: [
    'Anne',
    'Mette',
    'Kirsten',
    'Hanne',
    'Susanne',
    'Lene',
    'Maria',
    'Camilla',
    'Ida',
    'Sofie',
    'Emma',
    'Karen',
    'Inge',
    'Lone',
    'Pia',
    'Birgit',
  ],
  male: [
    'Peter',
    'Jens',
    'Lars',
    'Michael',
    'Henrik',
    'Søren',
    'Thomas',
    'Niels',
    'Anders',
    'Rasmus',
    'Mads',
    'William',
    'Poul',
    'Erik',
    'Jørgen',
    'Kim',
  ],
} as const;
const SURNAME_STEMS = [
  'Prøve',
  'Test',
  'Eksempel',
  'Skabelon',
  'Attrap',
  'Demo',
  'Fiktiv',
  'Opdigt',
  'Syntese',
];
const SURNAME_ENDINGS = ['sen', 'gaard', 'holm', 'lund', 'bjerg', 'rup', 'strøm', 'dal'];

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same sequence. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new RangeError('pick from an empty list');
  return item;
};

/** Synthetic citizen number `n` (0, 1, 2, …) living in `municipality`. */
export function syntheticCitizen(n: number, municipality: string): TestCitizen {
  const dayIndex = (n * STRIDE) % DATES.length;
  const birthDate = DATES[dayIndex] as string;
  // The citizens sharing a birth date take consecutive serials from an offset that depends on
  // the date only (injective), so sexes and serials vary.
  const k = ((dayIndex * 31) % 997) + Math.floor(n / DATES.length);
  const [yyyy, mm, dd] = birthDate.split('-') as [string, string, string];
  const ddmmyy = `${dd}${mm}${yyyy.slice(2)}`;
  const cpr = `${ddmmyy}-${serialFor(ddmmyy, Number(yyyy), k)}`;
  const parsed = parseCpr(cpr);
  if (!parsed.ok || parsed.value.birthDate !== birthDate)
    throw new Error(`synthetic CPR ${n} does not parse`);
  const sex = parsed.value.sex;
  const random = prng(n * 2_654_435_761);
  const name = `${pick(random, FIRST_NAMES[sex])} ${pick(random, SURNAME_STEMS)}${pick(random, SURNAME_ENDINGS)}`;
  return { id: `synthetic-${n}`, name, cpr, birthDate, sex, municipality, note: 'synthetic' };
}

/** Whole days between the earliest and latest birth date: for tests. */
export const BIRTH_DATE_SPAN = daysBetween(FIRST_DAY, LAST_DAY);
