import { z } from 'zod';
import { ok, type Result } from '../../violation.ts';
import { parseAnswers } from './answers.ts';

/**
 * STarT Back Screening Tool (9 items). Rule Q-STARTBACK, program p.27 (spec §3.4).
 * Scoring: Hill JC et al., "A primary care back pain screening tool: identifying patient
 * subgroups for initial treatment", Arthritis Rheum 2008;59(5):632–641, and Keele University's
 * published STarT Back scoring: items 1–8 agree = 1, disagree = 0; item 9 counts 1 only for
 * "very much" or "extremely". Total 0–9; psychosocial (distress) subscale 0–5 = fear, anxiety,
 * catastrophising, depression, bothersomeness. Low: total ≤ 3; medium: total ≥ 4 and subscale
 * ≤ 3; high: subscale ≥ 4.
 *
 * Items are keyed by construct, never by number, because translations order them differently.
 * A statement item is `true` when the citizen agrees and `false` when they disagree. All nine
 * items are required: the published tool has no rule for scoring an incomplete form.
 */
export const BothersomenessSchema = z.enum([
  'not-at-all',
  'slightly',
  'moderately',
  'very-much',
  'extremely',
]);
export type Bothersomeness = z.infer<typeof BothersomenessSchema>;

export const StartBackAnswersSchema = z.strictObject({
  /** Keele item 1: back pain has spread down the leg(s) in the last 2 weeks. */
  referredLegPain: z.boolean(),
  /** Keele item 2: pain in the shoulder or neck in the last 2 weeks. */
  comorbidPain: z.boolean(),
  /** Keele item 3: only walked short distances because of back pain. */
  disabilityWalking: z.boolean(),
  /** Keele item 4: dressed more slowly than usual because of back pain. */
  disabilityDressing: z.boolean(),
  /** Keele item 5: not really safe for a person with my condition to be physically active. */
  fear: z.boolean(),
  /** Keele item 6: worrying thoughts have been going through my mind a lot of the time. */
  anxiety: z.boolean(),
  /** Keele item 7: my back pain is terrible and it's never going to get any better. */
  catastrophising: z.boolean(),
  /** Keele item 8: in general I have not enjoyed all the things I used to enjoy. */
  depression: z.boolean(),
  /** Keele item 9: overall, how bothersome has the back pain been in the last 2 weeks. */
  bothersomeness: BothersomenessSchema,
});
export type StartBackAnswers = z.infer<typeof StartBackAnswersSchema>;

export const StartBackRiskSchema = z.enum(['low', 'medium', 'high']);
export type StartBackRisk = z.infer<typeof StartBackRiskSchema>;

export const StartBackScoreSchema = z.strictObject({
  total: z.number().int().min(0).max(9),
  psychosocial: z.number().int().min(0).max(5),
  risk: StartBackRiskSchema,
});
export type StartBackScore = z.infer<typeof StartBackScoreSchema>;

const PHYSICAL_ITEMS = [
  'referredLegPain',
  'comorbidPain',
  'disabilityWalking',
  'disabilityDressing',
] as const;
const PSYCHOSOCIAL_STATEMENTS = ['fear', 'anxiety', 'catastrophising', 'depression'] as const;

/** Risk group from the total and the psychosocial subscale (Keele cut-offs). */
export function startBackRisk(total: number, psychosocial: number): StartBackRisk {
  if (psychosocial >= 4) return 'high';
  if (total <= 3) return 'low';
  return 'medium';
}

/** Scores a STarT Back form (Q-STARTBACK, p.27); invalid answers are rejected item by item. */
export function scoreStartBack(answers: unknown): Result<StartBackScore> {
  const parsed = parseAnswers('Q-STARTBACK', StartBackAnswersSchema, answers);
  if (!parsed.ok) return parsed;
  const a = parsed.value;
  const bothersome = a.bothersomeness === 'very-much' || a.bothersomeness === 'extremely' ? 1 : 0;
  const psychosocial = PSYCHOSOCIAL_STATEMENTS.filter((item) => a[item]).length + bothersome;
  const total = PHYSICAL_ITEMS.filter((item) => a[item]).length + psychosocial;
  return ok({ total, psychosocial, risk: startBackRisk(total, psychosocial) });
}
