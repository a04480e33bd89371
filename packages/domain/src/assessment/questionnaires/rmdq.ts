import { z } from 'zod';
import { fail, ok, type Result } from '../../violation.ts';
import { parseAnswers } from './answers.ts';

/**
 * Roland-Morris Disability Questionnaire. Rule Q-RMDQ, program p.20 (spec §3.3–3.4, ref. 27).
 * Two published versions, each scored as published (every statement ticked scores 1, higher =
 * more disability), and the version is recorded with the answers:
 * - `24`: the original, Roland M, Morris R, "A study of the natural history of back pain. Part I",
 *   Spine 1983;8(2):141–144: 24 statements, score 0–24.
 * - `da-23`: the Danish validated version the program cites (Albert HB et al., "Kriterievaliditet
 *   af Roland Morris-spørgeskemaet", Ugeskr Laeger 2003;165:1875–1880): 23 statements, numbered
 *   1–23 on the Danish form, score 0–23. A Danish score is never rescaled to 24: the two are
 *   compared only as what they are.
 *
 * Input shape: the item numbers of the statements ticked, in any order, each at most once. An
 * unticked statement is not "missing" (it means "does not apply to me today"), so an empty list
 * is a valid form scoring 0. A bad entry is named by its position in the list, `answers.<index>`.
 */
export const RmdqVersionSchema = z.enum(['24', 'da-23']);
export type RmdqVersion = z.infer<typeof RmdqVersionSchema>;

/** Statements per version. */
export const RMDQ_ITEMS: Record<RmdqVersion, number> = { '24': 24, 'da-23': 23 };
/** The original's statement count (the form the clinic app shows). */
export const RMDQ_ITEM_COUNT = RMDQ_ITEMS['24'];

const ticked = (items: number) =>
  z.array(z.number().int().min(1).max(items)).superRefine((list, ctx) => {
    const seen = new Set<number>();
    list.forEach((item, index) => {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', message: 'duplicate-item', path: [index] });
      seen.add(item);
    });
  });

/** The statements ticked on the 24-item original. */
export const RmdqAnswersSchema = ticked(RMDQ_ITEMS['24']);
export type RmdqAnswers = z.infer<typeof RmdqAnswersSchema>;
const ANSWERS_OF: Record<RmdqVersion, z.ZodType<number[]>> = {
  '24': RmdqAnswersSchema,
  'da-23': ticked(RMDQ_ITEMS['da-23']),
};

export const RmdqScoreSchema = z.strictObject({
  score: z.number().int().min(0).max(RMDQ_ITEM_COUNT),
  /** Which form was answered. */
  version: RmdqVersionSchema,
  /** The version's maximum: 24 or 23. */
  max: z.number().int(),
});
export type RmdqScore = z.infer<typeof RmdqScoreSchema>;

/** Scores an RMDQ form (Q-RMDQ, p.20) of the given version; invalid or repeated item numbers are rejected. */
export function scoreRmdq(answers: unknown, version: unknown = '24'): Result<RmdqScore> {
  const known = RmdqVersionSchema.safeParse(version);
  if (!known.success) {
    return fail({
      rule: 'Q-RMDQ',
      field: 'version',
      params: { reason: 'not-an-option', allowed: [...RmdqVersionSchema.options] },
    });
  }
  const parsed = parseAnswers('Q-RMDQ', ANSWERS_OF[known.data], answers);
  if (!parsed.ok) return parsed;
  return ok({ score: parsed.value.length, version: known.data, max: RMDQ_ITEMS[known.data] });
}
