import { z } from 'zod';
import { storableString } from '../../text.ts';
import { ok, type Result } from '../../violation.ts';
import { bandAtMost, parseAnswers } from './answers.ts';

/**
 * Pittsburgh Sleep Quality Index. Rule Q-PSQI, program p.47 (spec §3.4).
 * Scoring: Buysse DJ, Reynolds CF, Monk TH, Berman SR, Kupfer DJ, "The Pittsburgh Sleep Quality
 * Index: a new instrument for psychiatric practice and research", Psychiatry Res 1989;28(2):
 * 193–213 (scoring appendix). Seven components 0–3, global 0–21, global > 5 = poor sleeper.
 *   C1 = Q6. C2 = recode(Q2: ≤15 → 0, 16–30 → 1, 31–60 → 2, >60 → 3) + Q5a, then
 *   0 / 1–2 / 3–4 / 5–6 → 0–3. C3 (Q4 hours): > 7 → 0, 6–7 → 1, 5–<6 → 2, < 5 → 3.
 *   C4 = Q4 / hours in bed (Q1 → Q3) × 100: ≥ 85 → 0, ≥ 75 → 1, ≥ 65 → 2, else 3.
 *   C5 = Q5b–Q5j summed: 0 / 1–9 / 10–18 / 19–27 → 0–3. C6 = Q7. C7 = Q8 + Q9 as C2.
 *
 * Decisions where the sources are silent or loose:
 * - Exactly 7 hours of sleep scores C3 = 1 (Buysse's "> 7" is strict); 6 hours scores 1.
 * - Efficiency is banded unrounded (84.6 % → 1) and capped at 100 % when the reported sleep
 *   exceeds the time in bed, as common scoring practice does (C4 = 0).
 * - Bedtime equal to wake time gives 0 hours in bed: efficiency is undefined, so C4 is null
 *   (and with it the global score) rather than guessing 0 or 24 hours.
 * - Any missing answer makes its component null, Q5j included (answer 0 when there is no other
 *   reason); a null component makes the global score and the poor-sleeper flag null.
 * - Q10 (bed partner) is not scored and not captured here.
 */
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clock = z.string().regex(CLOCK).nullable().optional();
const freq = z.number().int().min(0).max(3).nullable().optional();

export const PsqiAnswersSchema = z.strictObject({
  /** Q1: usual bedtime, 'HH:MM' 24-hour clock. */
  bedtime: clock,
  /** Q2: minutes usually taken to fall asleep. */
  minutesToFallAsleep: z.number().int().min(0).max(1440).nullable().optional(),
  /** Q3: usual getting-up time, 'HH:MM' 24-hour clock. */
  wakeTime: clock,
  /** Q4: hours of actual sleep per night (decimals allowed). */
  hoursOfSleep: z.number().min(0).max(24).nullable().optional(),
  /** Q5a–Q5j: trouble sleeping because of … (0 not in the past month … 3 three or more times a week). */
  q5a: freq,
  q5b: freq,
  q5c: freq,
  q5d: freq,
  q5e: freq,
  q5f: freq,
  q5g: freq,
  q5h: freq,
  q5i: freq,
  q5j: freq,
  /** Q5j's "other reason", in the citizen's words (not scored). */
  q5jDescription: storableString().max(500).nullable().optional(),
  /** Q6: subjective sleep quality, 0 very good … 3 very bad. */
  q6: freq,
  /** Q7: sleep medication, 0 not in the past month … 3 three or more times a week. */
  q7: freq,
  /** Q8: trouble staying awake during the day. */
  q8: freq,
  /** Q9: problem keeping up enthusiasm, 0 no problem … 3 a very big problem. */
  q9: freq,
});
export type PsqiAnswers = z.infer<typeof PsqiAnswersSchema>;

const component = z.number().int().min(0).max(3).nullable();
export const PsqiScoreSchema = z.strictObject({
  components: z.strictObject({
    c1: component,
    c2: component,
    c3: component,
    c4: component,
    c5: component,
    c6: component,
    c7: component,
  }),
  global: z.number().int().min(0).max(21).nullable(),
  poorSleeper: z.boolean().nullable(),
  /** Hours in bed from Q1 to Q3, crossing midnight; null if either time is missing. */
  hoursInBed: z.number().min(0).max(24).nullable(),
  /** Habitual sleep efficiency in percent, capped at 100; null if it cannot be computed. */
  sleepEfficiency: z.number().min(0).max(100).nullable(),
});
export type PsqiScore = z.infer<typeof PsqiScoreSchema>;
export type PsqiComponents = PsqiScore['components'];

const Q5_DISTURBANCES = ['q5b', 'q5c', 'q5d', 'q5e', 'q5f', 'q5g', 'q5h', 'q5i', 'q5j'] as const;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

const minutesInBed = (bedtime: string, wakeTime: string) =>
  (((minutesOf(wakeTime) - minutesOf(bedtime)) % 1440) + 1440) % 1440;

/** Hours from bedtime to wake time on a 24-hour clock, crossing midnight (23:00 → 07:00 = 8). */
export function hoursInBed(bedtime: string, wakeTime: string): number {
  return minutesInBed(bedtime, wakeTime) / 60;
}

const present = (v: number | null | undefined): v is number => typeof v === 'number';
const allPresent = (values: ReadonlyArray<number | null | undefined>): values is number[] =>
  values.every(present);

/** 0 / 1–2 / 3–4 / 5–6 → 0 / 1 / 2 / 3 (C2 and C7). */
const pairBand = (sum: number) =>
  bandAtMost(
    sum,
    [
      [0, 0],
      [2, 1],
      [4, 2],
    ],
    3,
  );

export function latencyMinutesScore(minutes: number): number {
  return bandAtMost(
    minutes,
    [
      [15, 0],
      [30, 1],
      [60, 2],
    ],
    3,
  );
}

export function sleepDurationScore(hours: number): number {
  if (hours > 7) return 0;
  if (hours >= 6) return 1;
  if (hours >= 5) return 2;
  return 3;
}

export function sleepEfficiencyScore(percent: number): number {
  if (percent >= 85) return 0;
  if (percent >= 75) return 1;
  if (percent >= 65) return 2;
  return 3;
}

/** Scores a PSQI form (Q-PSQI, p.47); missing answers make their component null. */
export function scorePsqi(answers: unknown): Result<PsqiScore> {
  const parsed = parseAnswers('Q-PSQI', PsqiAnswersSchema, answers);
  if (!parsed.ok) return parsed;
  const a = parsed.value;

  const inBedMinutes = a.bedtime != null && a.wakeTime != null ? minutesInBed(a.bedtime, a.wakeTime) : null;
  // Minutes keep the division to one rounding step, so 8.5 h of 10 h is exactly 85 %.
  const efficiency =
    inBedMinutes !== null && inBedMinutes > 0 && present(a.hoursOfSleep)
      ? Math.min(100, (a.hoursOfSleep * 6000) / inBedMinutes)
      : null;
  const disturbances = Q5_DISTURBANCES.map((k) => a[k]);

  const components: PsqiComponents = {
    c1: a.q6 ?? null,
    c2:
      present(a.minutesToFallAsleep) && present(a.q5a)
        ? pairBand(latencyMinutesScore(a.minutesToFallAsleep) + a.q5a)
        : null,
    c3: present(a.hoursOfSleep) ? sleepDurationScore(a.hoursOfSleep) : null,
    c4: efficiency === null ? null : sleepEfficiencyScore(efficiency),
    c5: allPresent(disturbances)
      ? bandAtMost(
          disturbances.reduce((s, v) => s + v, 0),
          [
            [0, 0],
            [9, 1],
            [18, 2],
          ],
          3,
        )
      : null,
    c6: a.q7 ?? null,
    c7: present(a.q8) && present(a.q9) ? pairBand(a.q8 + a.q9) : null,
  };
  const values = Object.values(components);
  const global = allPresent(values) ? values.reduce((s, v) => s + v, 0) : null;
  return ok({
    components,
    global,
    poorSleeper: global === null ? null : global > 5,
    hoursInBed: inBedMinutes === null ? null : inBedMinutes / 60,
    sleepEfficiency: efficiency,
  });
}
