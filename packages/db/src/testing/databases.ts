import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createDatabase, type Database } from '../client.ts';
import { missingPostgres, openPostgresTestDatabase } from './test-database.ts';

/**
 * The drivers a test suite runs on: an in-memory PGlite always, PostgreSQL too when
 * TEST_DATABASE_URL names a server (scripts/test-postgres.sh starts one). Use with
 * `describe.each(drivers())('$name', (driver) => { const db = useDatabase(driver); … })`.
 */
export interface TestDriver {
  name: 'pglite' | 'postgres';
  /** A new, migrated, empty database of its own; close() disposes of it. */
  open(): Promise<Database>;
}

const pglite: TestDriver = { name: 'pglite', open: () => createDatabase({ driver: 'pglite' }) };

const postgres = (adminUrl: string): TestDriver => ({
  name: 'postgres',
  open: () => openPostgresTestDatabase(adminUrl),
});

/** Under CI=true without TEST_DATABASE_URL: the PostgreSQL variants exist and fail, never vanish. */
const missing: TestDriver = {
  name: 'postgres',
  open: () => Promise.reject(missingPostgres()),
};

export function drivers(env: Record<string, string | undefined> = process.env): TestDriver[] {
  const url = env.TEST_DATABASE_URL?.trim();
  if (url) return [pglite, postgres(url)];
  return env.CI === 'true' ? [pglite, missing] : [pglite];
}

const TABLES = [
  'audit_log',
  'events',
  'open_clocks',
  'worklist',
  'pathways',
  'citizens',
  'sessions',
  'users',
  'organisations',
  'attempt_counters',
];

/**
 * Empties every table. The append-only triggers refuse TRUNCATE, so this runs as a replica
 * session, for which ordinary triggers do not fire (superuser only: fine for a test database).
 */
export async function resetDatabase(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(sql.raw(`truncate ${TABLES.map((t) => `"${t}"`).join(', ')} cascade`));
    // The audit log's hash chains start again with the emptied table (migration 0004).
    await tx.execute(sql`update audit_chain_heads set seq = 0, hash = repeat('0', 64)`);
  });
}

/** One database per file (opened before, closed after), emptied before each test. */
export function useDatabase(driver: TestDriver, options: { reset?: boolean } = {}): () => Database {
  let database: Database | undefined;
  beforeAll(async () => {
    database = await driver.open();
  }, 30_000);
  afterAll(async () => {
    await database?.close();
  });
  if (options.reset !== false) beforeEach(() => resetDatabase(current()));
  const current = (): Database => {
    if (!database) throw new Error('database not open yet: call it inside a test or hook');
    return database;
  };
  return current;
}

/** Rows of a raw query: both drivers' results carry `rows`, which the shared Db type cannot see. */
export async function queryRows<T>(db: Database['db'], query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
