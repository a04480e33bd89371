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
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())])).optional(),
});

/** Either a value or the violations that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; violations: Violation[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(...violations: Violation[]): Result<T> => ({ ok: false, violations });

/** Turns zod issues into INPUT-INVALID violations that name the field. */
export function violationsFromZod(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string }>,
  prefix?: string,
): Violation[] {
  return issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    const field = [prefix, path].filter(Boolean).join('.');
    return {
      rule: 'INPUT-INVALID',
      ...(field ? { field } : {}),
      params: { reason: issue.message, ...(issue.code ? { code: issue.code } : {}) },
    };
  });
}
