import { createDatabase, type Database, databaseFromEnv } from '@rygforlob/db';
import { sql } from 'drizzle-orm';
import { assertDataDirUsable } from './data-dir.ts';
import { databaseEnv, type Settings } from './settings.ts';

/** A start-up failure that says what is wrong and how to fix it; main.ts prints it as it is. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** host:port/database of a URL, never its user or password. */
function where(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return '(unparsable URL)';
  }
}

function explainPostgres(error: unknown, variable: string, url: string): StartupError {
  const code = String(
    (error as { code?: unknown }).code ?? (error as { cause?: { code?: unknown } }).cause?.code ?? '',
  );
  const at = where(url);
  const fix: Record<string, string> = {
    ECONNREFUSED: `nothing listens at ${at}: start PostgreSQL, or correct the host and port in ${variable}`,
    ENOTFOUND: `the host of ${variable} (${at}) is unknown: correct it`,
    '28P01': `PostgreSQL refused the password for ${variable}: correct the user or password`,
    '28000': `PostgreSQL refused the role of ${variable}: create it or allow it in pg_hba.conf`,
    '3D000': `the database of ${variable} (${at}) does not exist: create it (createdb) or correct the name`,
    '42501': `the role of ${variable} lacks a right the migrations need: run them as the owner (MIGRATION_DATABASE_URL)`,
  };
  return new StartupError(
    `cannot open the database ${at}${code ? ` (${code})` : ''}. Fix: ${fix[code] ?? `check that PostgreSQL runs and ${variable} is right`}.`,
  );
}

/**
 * Opens the database the settings name and migrates it:
 * - PGlite: DATA_DIR is checked first (missing, read-only, full), so the error says so;
 * - PostgreSQL: with MIGRATION_DATABASE_URL the owner role migrates and the server then
 *   connects as DATABASE_URL's role without migrating (it has no right to).
 */
export async function openDatabase(settings: Settings): Promise<Database> {
  if (!settings.databaseUrl) {
    try {
      assertDataDirUsable(settings.dataDir);
    } catch (error) {
      throw new StartupError((error as Error).message);
    }
    try {
      return await databaseFromEnv(databaseEnv(settings));
    } catch (error) {
      throw new StartupError(
        `PGlite could not open DATA_DIR ${settings.dataDir} (${(error as Error).message}). Fix: if another Rygforløb process uses it, stop that one; if the directory was copied while a server ran, restore it from a backup (docs/operations.md), or start over by deleting it.`,
      );
    }
  }
  const owner = settings.migrationDatabaseUrl;
  if (owner) {
    try {
      // Two connections: the migrator holds an advisory lock on one while it migrates on the other.
      const migrator = await createDatabase({ driver: 'postgres', url: owner, max: 2 });
      await migrator.close();
    } catch (error) {
      throw explainPostgres(error, 'MIGRATION_DATABASE_URL', owner);
    }
  }
  try {
    return await createDatabase({ driver: 'postgres', url: settings.databaseUrl, migrate: !owner });
  } catch (error) {
    throw explainPostgres(error, 'DATABASE_URL', settings.databaseUrl);
  }
}

/**
 * Why the server's database role could rewrite the audit log, or null: a superuser, or the
 * owner of audit_log, can switch its triggers off and delete rows (issue 9). Production refuses
 * to start so; elsewhere it is a warning (a local PostgreSQL usually has one role).
 */
export async function auditRoleProblem(database: Database): Promise<string | null> {
  if (database.driver !== 'postgres') return null;
  const result = (await database.db.execute(sql`
    select r.rolsuper as super, t.tableowner = current_user as owner, current_user as role
    from pg_roles r left join pg_tables t on t.tablename = 'audit_log' and t.schemaname = current_schema()
    where r.rolname = current_user`)) as unknown as {
    rows: { super: boolean; owner: boolean; role: string }[];
  };
  const row = result.rows[0];
  if (!row || (!row.super && !row.owner)) return null;
  return `the server's database role ${row.role} is ${row.super ? 'a superuser' : 'the owner of audit_log'} and could rewrite the audit log. Fix: connect DATABASE_URL as a LOGIN role that is a member of rygforlob_app, and set MIGRATION_DATABASE_URL to the owner (docs/operations.md, "Database roles")`;
}
