import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDatabase, type Database } from '../client.ts';

type Env = Record<string, string | undefined>;

/**
 * A new, migrated, empty PostgreSQL database of its own on the server `adminUrl` names; close()
 * drops it. drizzle-kit's SQL names "public" in foreign keys, so a schema per test file would
 * not isolate, while CREATE DATABASE is cheap.
 */
export async function openPostgresTestDatabase(adminUrl: string): Promise<Database> {
  const name = `rygforlob_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await createDatabase({ driver: 'postgres', url: url.toString() });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new Client({ connectionString: adminUrl });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** Under CI=true a test that needs PostgreSQL fails with this, never skips (.ci/run). */
export const missingPostgres = (): Error =>
  new Error('TEST_DATABASE_URL is required under CI=true (.ci/run starts PostgreSQL and sets it)');

/**
 * The database a test file that is not driver-parametrised runs on (the API and insider tests):
 * an in-memory PGlite, or, with TEST_DRIVER=postgres (scripts/test-all.mjs's second pass), a
 * fresh database on TEST_DATABASE_URL, which must then be set.
 */
export async function openTestDatabase(env: Env = process.env): Promise<Database> {
  if (env.TEST_DRIVER?.trim() === 'postgres') {
    const url = env.TEST_DATABASE_URL?.trim();
    if (!url) throw new Error('TEST_DRIVER=postgres needs TEST_DATABASE_URL (a postgres:// URL of a server)');
    return openPostgresTestDatabase(url);
  }
  return createDatabase({ driver: 'pglite' });
}
