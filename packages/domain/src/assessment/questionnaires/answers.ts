import type { z } from 'zod';
import type { RuleCode } from '../../program/rules.ts';
import { fail, ok, type Result, type Violation } from '../../violation.ts';

/**
 * Why an answer was rejected, as a stable code for the i18n catalogue (never prose):
 * `missing` (a required item is absent), `unknown-item` (a key the instrument does not have),
 * `wrong-type`, `not-integer`, `out-of-range` (with `min`/`max`), `not-an-option`,
 * `invalid-format` (e.g. a clock time not 'HH:MM'), or a code set by a refinement
 * (e.g. `duplicate-item`).
 */
export type AnswerRejection =
  | 'missing'
  | 'unknown-item'
  | 'wrong-type'
  | 'not-integer'
  | 'out-of-range'
  | 'not-an-option'
  | 'invalid-format'
  | 'duplicate-item'
  | 'no-sections-answered';

type Issue = z.core.$ZodIssue;

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const fieldOf = (path: ReadonlyArray<PropertyKey>) => ['answers', ...path.map(String)].join('.');

function reasonOf(issue: Issue, input: unknown): AnswerRejection | string {
  if (valueAt(input, issue.path) === undefined) return 'missing';
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int' ? 'not-integer' : 'wrong-type';
    case 'too_small':
    case 'too_big':
      return 'out-of-range';
    case 'invalid_value':
      return 'not-an-option';
    case 'invalid_format':
      return 'invalid-format';
    case 'custom':
      // Refinements in this folder use the rejection code as their message.
      return issue.message;
    default:
      return 'wrong-type';
  }
}

/**
 * Turns zod issues about a questionnaire's answers into violations of the instrument's own rule
 * (not INPUT-INVALID), each naming the item as `answers.<item key>`; an unknown key becomes one
 * violation per key.
 */
export function answerViolations(rule: RuleCode, issues: ReadonlyArray<Issue>, input: unknown): Violation[] {
  return issues.flatMap((issue): Violation[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        rule,
        field: fieldOf([...issue.path, key]),
        params: { reason: 'unknown-item' },
      }));
    }
    const params: Record<string, string | number> = { reason: reasonOf(issue, input) };
    if (issue.code === 'too_small') params.min = Number(issue.minimum);
    if (issue.code === 'too_big') params.max = Number(issue.maximum);
    return [{ rule, field: fieldOf(issue.path), params }];
  });
}

/** Parses `answers` with the instrument's schema; violations carry the instrument's rule code. */
export function parseAnswers<S extends z.ZodType>(
  rule: RuleCode,
  schema: S,
  answers: unknown,
): Result<z.output<S>> {
  const parsed = schema.safeParse(answers);
  if (parsed.success) return ok(parsed.data);
  return fail(...answerViolations(rule, parsed.error.issues, answers));
}

/** The band of the first `[upper limit (inclusive), band]` pair the value does not exceed. */
export function bandAtMost<T>(value: number, bands: ReadonlyArray<readonly [number, T]>, otherwise: T): T {
  for (const [limit, band] of bands) if (value <= limit) return band;
  return otherwise;
}
