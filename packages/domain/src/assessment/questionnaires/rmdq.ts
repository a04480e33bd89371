import { z } from 'zod';
import { ok, type Result } from '../../violation.ts';
import { parseAnswers } from './answers.ts';

/**
 * Roland-Morris Disability Questionnaire, 24 items. Rule Q-RMDQ, program p.20 (spec §3.3–3.4).
 * Scoring: Roland M, Morris R, "A study of the natural history of back pain. Part I: development
 * of a reliable and sensitive measure of disability in low-back pain", Spine 1983;8(2):141–144:
 * each statement the citizen ticks scores 1; the score is the number ticked, 0–24, higher = more
 * disability. The Danish translation is Albert et al., Ugeskr Laeger 2003 (program ref. 27).
 *
 * Input shape: the item numbers (1–24) of the statements ticked, in any order, each at most
 * once. An unticked statement is not "missing" (it means "does not apply to me today"), so an
 * empty list is a valid form scoring 0. A bad entry is named by its position in the list,
 * `answers.<index>`.
 */
export const RMDQ_ITEM_COUNT = 24;

export const RmdqAnswersSchema = z
  .array(z.number().int().min(1).max(RMDQ_ITEM_COUNT))
  .superRefine((items, ctx) => {
    const seen = new Set<number>();
    items.forEach((item, index) => {
      if (seen.has(item)) ctx.addIssue({ code: 'custom', message: 'duplicate-item', path: [index] });
      seen.add(item);
    });
  });
export type RmdqAnswers = z.infer<typeof RmdqAnswersSchema>;

export const RmdqScoreSchema = z.strictObject({ score: z.number().int().min(0).max(RMDQ_ITEM_COUNT) });
export type RmdqScore = z.infer<typeof RmdqScoreSchema>;

/** Scores an RMDQ form (Q-RMDQ, p.20); invalid or repeated item numbers are rejected. */
export function scoreRmdq(answers: unknown): Result<RmdqScore> {
  const parsed = parseAnswers('Q-RMDQ', RmdqAnswersSchema, answers);
  if (!parsed.ok) return parsed;
  return ok({ score: parsed.value.length });
}
