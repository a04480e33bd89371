import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;

/**
 * The drizzle instance the repositories take: the same type for both drivers, and for a
 * transaction inside either (a drizzle transaction is a PgDatabase too).
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type Driver = 'pglite' | 'postgres';

export interface Database {
  readonly driver: Driver;
  readonly db: Db;
  /** Applies the migrations not yet applied. Idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

interface CommonOptions {
  /** Run the migrations on start (default true). */
  migrate?: boolean;
  /** Defaults to this package's migrations/ folder. */
  migrationsFolder?: string;
}

export type DatabaseOptions =
  | (CommonOptions & {
      driver: 'pglite';
      /** A directory to keep the database in (created if missing); undefined keeps it in memory. */
      dataDir?: string;
    })
  | (CommonOptions & {
      driver: 'postgres';
      url: string;
      /**
       * Pool size: by default DATABASE_POOL_SIZE, which a clustered server sets to each worker's
       * share of its connection budget (apps/server/src/cluster.ts), else 10.
       */
      max?: number;
    });

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../migrations', import.meta.url));

/** Any constant will do: it only has to be the same for every process of this application. */
const MIGRATION_LOCK = 7_361_290_418;

/** Opens a database on PGlite (in memory or on disk) or PostgreSQL and, by default, migrates it. */
export async function createDatabase(options: DatabaseOptions): Promise<Database> {
  const migrationsFolder = options.migrationsFolder ?? MIGRATIONS_FOLDER;
  const database =
    options.driver === 'pglite'
      ? openPglite(options.dataDir, migrationsFolder)
      : openPostgres(options.url, options.max, migrationsFolder);
  try {
    if (options.migrate !== false) await database.migrate();
    // PGlite runs no autovacuum, so nothing else ever collects statistics: without them the
    // planner takes every table for nearly empty (a GP's worklist of thousands of rows for a
    // hundred). On disk, where data outlives the process, refresh them on every open.
    if (options.driver === 'pglite' && options.dataDir) await analyze(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

/**
 * Refreshes the planner's statistics (ANALYZE). PostgreSQL's autovacuum does this by itself;
 * PGlite has none, so call it after loading much data (a seed, an import).
 */
export async function analyze(database: Database): Promise<void> {
  await database.db.execute(sql`analyze`);
}

function openPglite(dataDir: string | undefined, migrationsFolder: string): Database {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // pg_trgm serves the worklist's name search (migration 0006), as on PostgreSQL.
  const extensions = { pg_trgm };
  const client = dataDir ? new PGlite(dataDir, { extensions }) : new PGlite({ extensions });
  const db = drizzlePglite({ client, schema });
  let closed = false;
  return {
    driver: 'pglite',
    db,
    // PGlite has one connection and one process: nothing else can migrate at the same time.
    migrate: () => migratePglite(db, { migrationsFolder }),
    close: async () => {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}

const poolSizeFromEnv = (): number => {
  const n = Number(process.env.DATABASE_POOL_SIZE);
  return Number.isInteger(n) && n > 0 ? n : 10;
};

function openPostgres(url: string, max: number | undefined, migrationsFolder: string): Database {
  const pool = new Pool({ connectionString: url, max: max ?? poolSizeFromEnv() });
  // An idle connection the server ends (a restart, an administrator, a dropped database) is an
  // 'error' on the pool; unhandled it would end the process. The pool discards that connection
  // and the next query opens a new one, so there is nothing more to do here.
  pool.on('error', () => undefined);
  const db = drizzleNodePg({ client: pool, schema });
  let closed = false;
  return {
    driver: 'postgres',
    db,
    migrate: async () => {
      // Several server processes may start at once; drizzle's migrator does not lock, so hold
      // an advisory lock on one connection while it runs on another.
      const lock = await pool.connect();
      try {
        await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
        await migrateNodePg(db, { migrationsFolder });
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        lock.release();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

/**
 * The database the environment asks for: PostgreSQL when DATABASE_URL is set, otherwise PGlite
 * on disk under DATA_DIR (default ./data).
 */
export function databaseFromEnv(env: Record<string, string | undefined> = process.env): Promise<Database> {
  const url = env.DATABASE_URL?.trim();
  if (url) return createDatabase({ driver: 'postgres', url });
  return createDatabase({ driver: 'pglite', dataDir: env.DATA_DIR?.trim() || './data' });
}
