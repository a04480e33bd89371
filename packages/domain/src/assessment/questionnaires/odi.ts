import { z } from 'zod';
import { fail, ok, type Result } from '../../violation.ts';
import { parseAnswers } from './answers.ts';

/**
 * Oswestry Disability Index, version 2.1a. Rule Q-ODI, program p.20 (spec §3.3–3.4, ref. 28).
 * Scoring: Fairbank JCT, Pynsent PB, "The Oswestry Disability Index", Spine 2000;25(22):
 * 2940–2953: ten sections scored 0–5; index % = sum / (5 × sections answered) × 100, so a
 * missing (or not applicable) section lowers the denominator by 5. Their worked example:
 * 16 / 50 = 32 % with all ten sections, 16 / 45 = 35.5 % with one missed.
 * Bands: 0–20 minimal, 21–40 moderate, 41–60 severe, 61–80 crippled, 81–100 bed-bound.
 *
 * Decisions where the sources are silent or loose:
 * - `index` is given to one decimal as published (Fairbank & Pynsent's own example: 16/45 =
 *   35.6 %; halves up). The band is read from the exact index: with at most ten sections the
 *   exact index never falls strictly between 20 and 21 (or 40/41, 60/61, 80/81), so the whole
 *   percent bands of the paper cover every possible index.
 * - An unanswered section is absent or `null`. At least one section must be answered.
 * - Where a citizen marks two statements in a section, Fairbank & Pynsent take the highest: the
 *   form captures one number per section, so that choice belongs to the form, not here.
 */
const section = z.number().int().min(0).max(5).nullable().optional();

export const OdiAnswersSchema = z.strictObject({
  painIntensity: section,
  personalCare: section,
  lifting: section,
  walking: section,
  sitting: section,
  standing: section,
  sleeping: section,
  sexLife: section,
  socialLife: section,
  travelling: section,
});
export type OdiAnswers = z.infer<typeof OdiAnswersSchema>;
export type OdiSection = keyof OdiAnswers;
export const ODI_SECTIONS = Object.keys(OdiAnswersSchema.shape) as OdiSection[];

export const OdiBandSchema = z.enum(['minimal', 'moderate', 'severe', 'crippled', 'bed-bound']);
export type OdiBand = z.infer<typeof OdiBandSchema>;

export const OdiScoreSchema = z.strictObject({
  /** Percent 0–100 to one decimal, as published (16/45 → 35.6). */
  index: z.number().min(0).max(100).multipleOf(0.1),
  sectionsAnswered: z.number().int().min(1).max(10),
  band: OdiBandSchema,
});
export type OdiScore = z.infer<typeof OdiScoreSchema>;

/** The ODI band of an index (Fairbank & Pynsent 2000); above a band's top is the next band. */
export function odiBand(index: number): OdiBand {
  if (index < 21) return 'minimal';
  if (index < 41) return 'moderate';
  if (index < 61) return 'severe';
  if (index < 81) return 'crippled';
  return 'bed-bound';
}

/** Scores an ODI 2.1a form (Q-ODI, p.20) over the sections answered. */
export function scoreOdi(answers: unknown): Result<OdiScore> {
  const parsed = parseAnswers('Q-ODI', OdiAnswersSchema, answers);
  if (!parsed.ok) return parsed;
  const given = ODI_SECTIONS.map((key) => parsed.value[key]).filter(
    (v): v is number => typeof v === 'number',
  );
  if (given.length === 0) {
    return fail({ rule: 'Q-ODI', field: 'answers', params: { reason: 'no-sections-answered' } });
  }
  const sum = given.reduce((a, b) => a + b, 0);
  // Q-ODI (p.20): tenths of a percent in whole numbers (sum × 1000 / 5n), so halves round up exactly.
  const index = Math.round((sum * 1000) / (5 * given.length)) / 10;
  return ok({ index, sectionsAnswered: given.length, band: odiBand((sum * 100) / (5 * given.length)) });
}
