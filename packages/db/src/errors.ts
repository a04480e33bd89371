/**
 * The store's typed failures. The api package maps them (a conflict becomes CONFLICT: reload
 * and decide again); nothing here is a business rule.
 */

/** The pathway moved on since the caller read it: nothing was written. */
export class ConcurrencyConflict extends Error {
  override readonly name = 'ConcurrencyConflict';
  constructor(
    readonly pathwayId: string,
    readonly expectedVersion: number,
    /** The version found, when known. */
    readonly actualVersion?: number,
  ) {
    super(
      `pathway ${pathwayId}: expected version ${expectedVersion}` +
        (actualVersion === undefined ? ', but another append won' : `, found ${actualVersion}`),
    );
  }
}

export class PathwayNotFound extends Error {
  override readonly name = 'PathwayNotFound';
  constructor(readonly pathwayId: string) {
    super(`pathway ${pathwayId} not found`);
  }
}

export const isConcurrencyConflict = (error: unknown): error is ConcurrencyConflict =>
  error instanceof ConcurrencyConflict;

/** The Postgres error code of a failed query, looking through drizzle's DrizzleQueryError wrapper. */
export function pgErrorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = '23505';

/** The constraint a failed query violated (PostgreSQL and PGlite both name it), through drizzle's wrapper. */
export function pgConstraintOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const constraint = (e as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * The citizen already has an open pathway: the database's partial unique index
 * `pathways_one_open_per_citizen` refused a second (two opens raced past the API's check).
 * Nothing was written; the api answers PATHWAY-STATE already-open.
 */
export class OpenPathwayExists extends Error {
  override readonly name = 'OpenPathwayExists';
  constructor(readonly citizenId: string) {
    super(`citizen ${citizenId} already has an open pathway`);
  }
}

/** Maps the one-open-pathway index's violation to OpenPathwayExists; any other error as it is. */
export const asOpenPathwayExists = (error: unknown, citizenId: string): unknown =>
  pgErrorCode(error) === UNIQUE_VIOLATION && pgConstraintOf(error) === 'pathways_one_open_per_citizen'
    ? new OpenPathwayExists(citizenId)
    : error;
