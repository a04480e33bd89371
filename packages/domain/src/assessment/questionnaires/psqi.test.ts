import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hoursInBed,
  latencyMinutesScore,
  type PsqiAnswers,
  scorePsqi,
  sleepDurationScore,
  sleepEfficiencyScore,
} from './psqi.ts';

/** A complete form that scores 0 on every component. */
const good: PsqiAnswers = {
  bedtime: '23:00',
  minutesToFallAsleep: 10,
  wakeTime: '07:00',
  hoursOfSleep: 7.5,
  q5a: 0,
  q5b: 0,
  q5c: 0,
  q5d: 0,
  q5e: 0,
  q5f: 0,
  q5g: 0,
  q5h: 0,
  q5i: 0,
  q5j: 0,
  q6: 0,
  q7: 0,
  q8: 0,
  q9: 0,
};

function score(overrides: Record<string, unknown>) {
  const result = scorePsqi({ ...good, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.value;
}
const comps = (overrides: Record<string, unknown>) => score(overrides).components;

describe('PSQI scoring (Buysse et al. 1989)', () => {
  it('Q-PSQI: a complete hand-scored form', () => {
    const result = score({
      minutesToFallAsleep: 20,
      hoursOfSleep: 6.5,
      q5a: 2,
      q5b: 1,
      q5c: 2,
      q5f: 1,
      q5h: 3,
      q6: 2,
      q8: 1,
      q9: 2,
    });
    expect(result).toEqual({
      components: { c1: 2, c2: 2, c3: 1, c4: 1, c5: 1, c6: 0, c7: 2 },
      global: 9,
      poorSleeper: true,
      hoursInBed: 8,
      sleepEfficiency: 81.25,
    });
  });

  it('Q-PSQI: a form scoring 0 everywhere is a good sleeper', () => {
    expect(score({})).toMatchObject({ global: 0, poorSleeper: false });
  });

  it.each([
    ['23:00', '07:00', 8],
    ['22:30', '06:15', 7.75],
    ['01:00', '07:00', 6],
    ['00:00', '08:00', 8],
    ['23:59', '00:01', 2 / 60],
    ['07:00', '23:00', 16],
    ['22:00', '22:00', 0],
  ])('Q-PSQI: time in bed from %s to %s crosses midnight correctly (%d h)', (bed, wake, hours) => {
    expect(hoursInBed(bed, wake)).toBeCloseTo(hours, 10);
  });

  it.each([
    [0, 0],
    [15, 0],
    [16, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [300, 3],
  ])('Q-PSQI: C2 recodes %i minutes to fall asleep as %i', (minutes, points) => {
    expect(latencyMinutesScore(minutes)).toBe(points);
    // With Q5a 0 the recoded value alone is banded 0 / 1–2 / 3 → 0 / 1 / 2.
    expect(comps({ minutesToFallAsleep: minutes, q5a: 0 }).c2).toBe([0, 1, 1, 2][points]);
  });

  it.each([
    [0, 0, 0],
    [16, 0, 1],
    [0, 2, 1],
    [31, 1, 2],
    [16, 3, 2],
    [61, 1, 2],
    [61, 2, 3],
    [61, 3, 3],
  ])('Q-PSQI: C2 with %i minutes and Q5a %i is %i (0 / 1–2 / 3–4 / 5–6)', (minutes, q5a, c2) => {
    expect(comps({ minutesToFallAsleep: minutes, q5a }).c2).toBe(c2);
  });

  it.each([
    [9, 0],
    [7.5, 0],
    [7.01, 0],
    [7, 1],
    [6, 1],
    [5.99, 2],
    [5, 2],
    [4.99, 3],
    [0, 3],
  ])('Q-PSQI: C3 for %d hours of sleep is %i (> 7, 6–7, 5–6, < 5)', (hours, c3) => {
    expect(sleepDurationScore(hours)).toBe(c3);
    expect(comps({ hoursOfSleep: hours }).c3).toBe(c3);
  });

  it.each([
    [10, 0],
    [8.5, 0],
    [8.4, 1],
    [7.5, 1],
    [7.4, 2],
    [6.5, 2],
    [6.4, 3],
    [0, 3],
  ])(
    'Q-PSQI: C4 with %d hours asleep of 10 in bed is %i (≥ 85, 75–84, 65–74, < 65 percent)',
    (hoursOfSleep, c4) => {
      const result = score({ bedtime: '21:00', wakeTime: '07:00', hoursOfSleep });
      expect(result.sleepEfficiency).toBeCloseTo(hoursOfSleep * 10, 10);
      expect(result.components.c4).toBe(c4);
    },
  );

  it('Q-PSQI: C4 bands unrounded efficiency (84.9 % is 1, not 0)', () => {
    expect(sleepEfficiencyScore(84.9)).toBe(1);
    expect(sleepEfficiencyScore(74.99)).toBe(2);
    expect(sleepEfficiencyScore(64.99)).toBe(3);
  });

  it('Q-PSQI: efficiency over 100 % (more sleep than time in bed) is capped at 100 %', () => {
    const result = score({ bedtime: '23:00', wakeTime: '05:00', hoursOfSleep: 7 });
    expect(result.sleepEfficiency).toBe(100);
    expect(result.components.c4).toBe(0);
  });

  it('Q-PSQI: zero time in bed (bedtime = wake time) leaves C4 and the global score missing', () => {
    expect(score({ bedtime: '22:00', wakeTime: '22:00' })).toMatchObject({
      components: { c4: null },
      global: null,
      poorSleeper: null,
      hoursInBed: 0,
      sleepEfficiency: null,
    });
  });

  it.each([
    [0, 0],
    [1, 1],
    [9, 1],
    [10, 2],
    [18, 2],
    [19, 3],
    [27, 3],
  ])('Q-PSQI: C5 with Q5b–Q5j summing to %i is %i (0 / 1–9 / 10–18 / 19–27)', (sum, c5) => {
    // Fill Q5b–Q5j three points at a time until the sum is reached.
    let left = sum;
    const answers = Object.fromEntries(
      ['q5b', 'q5c', 'q5d', 'q5e', 'q5f', 'q5g', 'q5h', 'q5i', 'q5j'].map((k) => {
        const v = Math.min(3, left);
        left -= v;
        return [k, v];
      }),
    );
    expect(comps(answers).c5).toBe(c5);
  });

  it.each([
    [0, 0, 0],
    [1, 0, 1],
    [1, 1, 1],
    [2, 1, 2],
    [2, 2, 2],
    [3, 2, 3],
    [3, 3, 3],
  ])('Q-PSQI: C7 with Q8 %i and Q9 %i is %i (0 / 1–2 / 3–4 / 5–6)', (q8, q9, c7) => {
    expect(comps({ q8, q9 }).c7).toBe(c7);
  });

  it.each([0, 1, 2, 3])('Q-PSQI: C1 is Q6 and C6 is Q7 as answered (%i)', (v) => {
    expect(comps({ q6: v, q7: v })).toMatchObject({ c1: v, c6: v });
  });

  it('Q-PSQI: global 5 is not a poor sleeper, 6 is', () => {
    expect(score({ q6: 3, q7: 2 })).toMatchObject({ global: 5, poorSleeper: false });
    expect(score({ q6: 3, q7: 3 })).toMatchObject({ global: 6, poorSleeper: true });
  });
});

describe('PSQI missing answers', () => {
  it.each([
    ['q6', 'c1'],
    ['minutesToFallAsleep', 'c2'],
    ['q5a', 'c2'],
    ['hoursOfSleep', 'c3'],
    ['bedtime', 'c4'],
    ['wakeTime', 'c4'],
    ['q5j', 'c5'],
    ['q7', 'c6'],
    ['q9', 'c7'],
  ])('Q-PSQI: without %s, %s is missing and so is the global score', (item, component) => {
    const result = score({ [item]: null });
    expect(result.components[component as keyof typeof result.components]).toBeNull();
    expect(result.global).toBeNull();
    expect(result.poorSleeper).toBeNull();
    const present = Object.entries(result.components).filter(([k]) => k !== component);
    if (item !== 'hoursOfSleep') expect(present.every(([, v]) => v !== null)).toBe(true);
  });

  it('Q-PSQI: an empty form scores nothing but is valid', () => {
    const result = scorePsqi({});
    expect(result.ok && Object.values(result.value.components).every((v) => v === null)).toBe(true);
  });
});

describe('PSQI rejects invalid answers naming the item', () => {
  it.each([
    ['bedtime', '24:00', { reason: 'invalid-format' }],
    ['bedtime', '7:00', { reason: 'invalid-format' }],
    ['wakeTime', 700, { reason: 'wrong-type' }],
    ['minutesToFallAsleep', 10.5, { reason: 'not-integer' }],
    ['minutesToFallAsleep', -5, { reason: 'out-of-range', min: 0 }],
    ['hoursOfSleep', 25, { reason: 'out-of-range', max: 24 }],
    ['q5c', 4, { reason: 'out-of-range', max: 3 }],
    ['q9', 'often', { reason: 'wrong-type' }],
    ['q10', 1, { reason: 'unknown-item' }],
  ])('Q-PSQI: %s = %j is rejected', (item, value, params) => {
    expect(scorePsqi({ ...good, [item]: value })).toEqual({
      ok: false,
      violations: [{ rule: 'Q-PSQI', field: `answers.${item}`, params }],
    });
  });
});

const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const f = fc.integer({ min: 0, max: 3 });
const completeArb = fc.record({
  bedtime: clockArb,
  minutesToFallAsleep: fc.integer({ min: 0, max: 240 }),
  wakeTime: clockArb,
  hoursOfSleep: fc.double({ min: 0, max: 24, noNaN: true }),
  ...Object.fromEntries(
    ['q5a', 'q5b', 'q5c', 'q5d', 'q5e', 'q5f', 'q5g', 'q5h', 'q5i', 'q5j', 'q6', 'q7', 'q8', 'q9'].map(
      (k) => [k, f],
    ),
  ),
});

describe('PSQI properties', () => {
  it('Q-PSQI: components are 0–3 and, when all are present, global is their sum (0–21)', () => {
    fc.assert(
      fc.property(completeArb, (answers) => {
        const result = scorePsqi(answers);
        if (!result.ok) return false;
        const { components, global, poorSleeper } = result.value;
        const values = Object.values(components);
        for (const v of values) if (v !== null) expect([0, 1, 2, 3]).toContain(v);
        if (values.every((v) => v !== null)) {
          expect(global).toBe(values.reduce<number>((s, v) => s + (v ?? 0), 0));
          expect(global).toBeLessThanOrEqual(21);
          expect(poorSleeper).toBe((global ?? 0) > 5);
        } else {
          // Only C4 can be missing on a complete form: bedtime equal to wake time.
          expect(answers.bedtime).toBe(answers.wakeTime);
          expect(global).toBeNull();
        }
        return true;
      }),
    );
  });

  it('Q-PSQI: with any answers left out, global is null exactly when a component is', () => {
    fc.assert(
      fc.property(
        completeArb,
        fc.array(fc.constantFrom(...Object.keys(good)), { maxLength: 6 }),
        (answers, drop) => {
          const partial = Object.fromEntries(Object.entries(answers).filter(([k]) => !drop.includes(k)));
          const result = scorePsqi(partial);
          if (!result.ok) return false;
          const anyMissing = Object.values(result.value.components).some((v) => v === null);
          return (
            (result.value.global === null) === anyMissing &&
            (result.value.poorSleeper === null) === anyMissing
          );
        },
      ),
    );
  });
});
