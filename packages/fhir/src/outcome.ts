import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

export type IssueCode = OperationOutcomeIssue['code'];

/** One problem: what kind, where (a FHIRPath to the element) and why (a rule code, never prose only). */
export interface Problem {
  code: IssueCode;
  /** The element at fault, e.g. `Bundle.entry[0].resource.meta.profile`. */
  expression?: string;
  /** A rule code (INPUT-INVALID, PATHWAY-STATE, CONSENT …) or a short reason. */
  diagnostics: string;
}

export class FhirProblem extends Error {
  constructor(
    readonly status: number,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => `${p.expression ?? ''} ${p.diagnostics}`).join('; '));
  }
}

/** An OperationOutcome naming each element at fault. */
export function toOperationOutcome(
  problems: readonly Problem[],
  severity: 'error' | 'fatal' = 'error',
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: problems.map((problem) => ({
      severity,
      code: problem.code,
      diagnostics: problem.diagnostics,
      ...(problem.expression ? { expression: [problem.expression] } : {}),
    })),
  };
}

/** NOT_FOUND for anything outside the viewer's slice, the same as for what does not exist. */
export const notFoundOutcome = (what: string): OperationOutcome =>
  toOperationOutcome([{ code: 'not-found', diagnostics: `${what} not found` }]);
