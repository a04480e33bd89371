import type { Finding } from '../RuleList.tsx';

/** The value at a domain field path (`content.precondition.sufficientEffect`) of the content. */
function valueAt(content: Record<string, unknown>, field: string): unknown {
  let value: unknown = { content };
  for (const part of field.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

const isGroup = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** "Must be filled in" in the words `useReason` knows (clinic.comm.reason.invalid_type). */
const MISSING = { reason: 'invalid_type' } as const;

/**
 * Each gap on the field that has it (issue 14, HOSP-CONTENT / HOSP-PRECONDITION p.52–53):
 * - a finding on a filled group (zod reports a union such as `content.precondition` at its
 *   root) moves to the group's empty sub-fields, so a chosen radio is never marked and the
 *   summary link focuses the sub-field that is missing;
 * - an empty field is reported as missing, never as having the wrong format (an empty phone
 *   number fails the phone pattern, but the gap is that it is not filled in).
 * One finding per rule and field.
 */
export function gapsOnTheirFields(findings: readonly Finding[], content: Record<string, unknown>): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  const add = (finding: Finding) => {
    const key = `${finding.rule}\u0000${finding.field ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(finding);
  };
  for (const finding of findings) {
    const field = finding.field;
    if (!field?.startsWith('content.')) {
      add(finding);
      continue;
    }
    const value = valueAt(content, field);
    const reason = finding.params?.reason;
    if (isGroup(value)) {
      const missing = Object.entries(value).filter(([, v]) => isEmpty(v));
      if (missing.length > 0 && typeof reason === 'string') {
        for (const [key] of missing) add({ rule: finding.rule, field: `${field}.${key}`, params: MISSING });
        continue;
      }
    }
    if (reason === 'invalid_format' && isEmpty(value)) add({ ...finding, params: MISSING });
    else add(finding);
  }
  return out;
}
