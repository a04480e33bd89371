/**
 * @rygforlob/db: the event store, projections and audit log on PGlite or PostgreSQL.
 * Repositories are plain functions of a `Db`; business rules live in @rygforlob/domain.
 */

export {
  analyze,
  createDatabase,
  type Database,
  type DatabaseOptions,
  type Db,
  type Driver,
  databaseFromEnv,
  MIGRATIONS_FOLDER,
  type Schema,
} from './client.ts';
export {
  ConcurrencyConflict,
  isConcurrencyConflict,
  OpenPathwayExists,
  PathwayNotFound,
} from './errors.ts';
export {
  buildProjections,
  type OpenClockRow,
  type ProjectionContext,
  type Projections,
  type WorklistRow,
} from './projections.ts';
export * from './repo/audit.repo.ts';
export * from './repo/audit-chain.repo.ts';
export * from './repo/citizen-sessions.repo.ts';
export * from './repo/citizens.repo.ts';
export * from './repo/directory.repo.ts';
export * from './repo/events.repo.ts';
export * from './repo/inbox.repo.ts';
export * from './repo/limits.repo.ts';
export * from './repo/messaging.repo.ts';
export * from './repo/organisations.repo.ts';
export * from './repo/sessions.repo.ts';
export * from './repo/worklist.repo.ts';
export type { AuditOutcome, InboxItem } from './schema/index.ts';
export * as schema from './schema/index.ts';
