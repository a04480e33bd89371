import { z } from 'zod';
import type { RuleCode } from './program/rules.ts';

/**
 * A rule the program (or the input's shape) says no to. Codes and parameters, never prose:
 * the apps translate them through the i18n catalogue (design.md).
 */
export interface Violation {
  rule: RuleCode;
  /** Dotted path of the offending field, e.g. `objectiveFindings.strengthGrade`. */
  field?: string;
  params?: Record<string, string | number | boolean | string[]>;
}

/** A violation on the wire (API output): the code is validated as a string. */
export const ViolationSchema = z.object({
  rule: z.string(),
  field: z.string().optional(),
  params: z
    .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
    .optional(),
});

/** Either a value or the violations that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; violations: Violation[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...violations: Violation[]): Result<T> => ({ ok: false, violations });

/**
 * Turns zod issues into INPUT-INVALID violations that name the field. `reason` is zod's issue
 * code (a code the UI translates); `message` keeps zod's English text for the CLI and logs.
 * An unknown key is named as its own field.
 */
export function violationsFromZod(
  issues: ReadonlyArray<{
    path: ReadonlyArray<PropertyKey>;
    message: string;
    code?: string;
    keys?: readonly string[];
  }>,
  prefix?: string,
): Violation[] {
  const at = (path: ReadonlyArray<PropertyKey>) =>
    [prefix, path.map(String).join('.')].filter(Boolean).join('.');
  return issues.flatMap((issue): Violation[] => {
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({
        rule: 'INPUT-INVALID',
        field: at([...issue.path, key]),
        params: { reason: 'unrecognized_keys', message: issue.message },
      }));
    }
    const field = at(issue.path);
    return [
      {
        rule: 'INPUT-INVALID',
        ...(field ? { field } : {}),
        params: { reason: issue.code ?? 'invalid', message: issue.message },
      },
    ];
  });
}
