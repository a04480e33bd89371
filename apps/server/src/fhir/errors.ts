import type { Violation } from '@rygforlob/domain';
import { FhirProblem, type Problem } from '@rygforlob/fhir';
import { TRPCError } from '@trpc/server';

const STATUS: Partial<Record<TRPCError['code'], number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  // Outside the viewer's slice is the same as not there (issue 13: NOT_FOUND).
  FORBIDDEN: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  TOO_MANY_REQUESTS: 429,
};

/** The rule codes and fields of a domain refusal (api errors.ts DomainRefusal). */
export function violationsOf(error: TRPCError): Violation[] {
  return (error.cause as { violations?: Violation[] } | undefined)?.violations ?? [];
}

export const violationProblems = (violations: readonly Violation[]): Problem[] =>
  violations.map((v) => ({
    code: v.rule === 'INPUT-INVALID' ? 'invalid' : 'business-rule',
    ...(v.field ? { expression: v.field } : {}),
    diagnostics: v.rule,
  }));

/** A tRPC refusal as a FHIR problem: rule codes and fields, never the server's internals. */
export function fromTrpc(error: unknown): FhirProblem {
  if (error instanceof FhirProblem) return error;
  if (!(error instanceof TRPCError)) throw error;
  const status = STATUS[error.code];
  if (!status) throw error;
  if (status === 404) return new FhirProblem(404, [{ code: 'not-found', diagnostics: 'NOT_FOUND' }]);
  if (status === 401) return new FhirProblem(401, [{ code: 'login', diagnostics: 'UNAUTHORIZED' }]);
  const violations = violationsOf(error);
  return new FhirProblem(
    status,
    violations.length
      ? violationProblems(violations)
      : [{ code: status === 409 ? 'conflict' : 'invalid', diagnostics: error.code }],
  );
}
