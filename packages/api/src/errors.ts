import { randomUUID } from 'node:crypto';
import type { Violation } from '@rygforlob/domain';
import { TRPCError } from '@trpc/server';

/** The domain said no: BAD_REQUEST carrying the rule codes and fields, for the UI to point at. */
export class DomainRefusal extends Error {
  constructor(
    readonly violations: Violation[],
    readonly warnings: Violation[] = [],
  ) {
    super(violations.map((v) => (v.field ? `${v.rule} (${v.field})` : v.rule)).join(', '));
  }
}

export const refuse = (violations: Violation[], warnings: Violation[] = []): TRPCError =>
  new TRPCError({
    code: 'BAD_REQUEST',
    message: new DomainRefusal(violations).message,
    cause: new DomainRefusal(violations, warnings),
  });

/** No relation to the pathway (or no such pathway): the same answer, so nothing leaks. */
export const notFound = (what = 'pathway'): TRPCError =>
  new TRPCError({ code: 'NOT_FOUND', message: `${what} not found` });

const references = new WeakMap<object, string>();

/**
 * The reference an internal error is known by: the client is told only this, the server's log
 * carries it with the detail. The same error always gives the same reference.
 */
export function errorReference(error: object): string {
  let reference = references.get(error);
  if (!reference) {
    reference = randomUUID();
    references.set(error, reference);
  }
  return reference;
}
