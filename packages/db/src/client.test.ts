import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { Client } from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, type Database, databaseFromEnv } from './client.ts';
import { loadPathway } from './repo/events.repo.ts';
import { drivers, queryRows, useDatabase } from './testing/databases.ts';
import { plannedPathway } from './testing/fixtures.ts';
import { missingPostgres } from './testing/test-database.ts';

const migrationCount = async (database: Database) => {
  const rows = await queryRows<{ n: number }>(
    database.db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return rows[0]?.n;
};

describe.each(drivers())('migrations on $name', (driver) => {
  const database = useDatabase(driver, { reset: false });

  it('apply on start and again without error or change', async () => {
    const applied = await migrationCount(database());
    expect(applied).toBeGreaterThanOrEqual(2);
    await database().migrate();
    await database().migrate();
    expect(await migrationCount(database())).toBe(applied);
  });
});

const adminUrl = process.env.TEST_DATABASE_URL?.trim();

// Under CI=true it runs without TEST_DATABASE_URL too, and fails: CI must not skip it (.ci/run).
describe.runIf(adminUrl || process.env.CI === 'true')('migrations on a shared PostgreSQL', () => {
  it('apply once when several processes start together (advisory lock)', async () => {
    if (!adminUrl) throw missingPostgres();
    const name = `rygforlob_test_${randomBytes(6).toString('hex')}`;
    const admin = async (statement: string) => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(statement);
      } finally {
        await client.end();
      }
    };
    await admin(`create database ${name}`);
    try {
      const url = new URL(adminUrl ?? '');
      url.pathname = `/${name}`;
      const starts = await Promise.all(
        [1, 2, 3].map(() => createDatabase({ driver: 'postgres', url: url.toString(), max: 2 })),
      );
      expect(await migrationCount(starts[0] as Database)).toBe(await migrationCount(starts[2] as Database));
      const rows = await queryRows<{ n: number }>(
        (starts[0] as Database).db,
        sql`select count(distinct hash)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(await migrationCount(starts[0] as Database)).toBe(rows[0]?.n);
      await Promise.all(starts.map((database) => database.close()));
    } finally {
      await admin(`drop database if exists ${name} with (force)`);
    }
  }, 30_000);

  it('survive the server ending an idle connection: the next query opens a new one', async () => {
    if (!adminUrl) throw missingPostgres();
    const name = `rygforlob_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    const url = new URL(adminUrl ?? '');
    url.pathname = `/${name}`;
    const database = await createDatabase({ driver: 'postgres', url: url.toString(), max: 2 });
    try {
      await database.db.execute(sql`select 1`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const rows = await queryRows<{ n: number }>(database.db, sql`select 1::int as n`);
      expect(rows[0]?.n).toBe(1);
    } finally {
      await database.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  }, 30_000);
});

describe('PGlite on disk', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rygforlob-db-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps its data across close and reopen, and creates a missing directory', async () => {
    const dataDir = join(tempDir(), 'nested', 'data');
    const first = await createDatabase({ driver: 'pglite', dataDir });
    const { pathway } = await plannedPathway(first.db);
    const before = await loadPathway(first.db, pathway.id);
    await first.close();

    const second = await createDatabase({ driver: 'pglite', dataDir });
    try {
      const after = await loadPathway(second.db, pathway.id);
      expect(after).toEqual(before);
      expect(after?.events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    } finally {
      await second.close();
    }
  }, 30_000);

  it('databaseFromEnv opens PGlite under DATA_DIR when DATABASE_URL is unset', async () => {
    const dataDir = tempDir();
    const database = await databaseFromEnv({ DATA_DIR: dataDir });
    try {
      expect(database.driver).toBe('pglite');
      expect(await migrationCount(database)).toBeGreaterThanOrEqual(2);
    } finally {
      await database.close();
    }
  }, 30_000);
});
