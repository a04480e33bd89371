/**
 * `pnpm audit:verify`: walks every hash chain of the audit log and reports rows deleted, changed,
 * inserted out of order or written outside the chain. Exit code 0 if intact, 1 if not, 2 if it
 * could not check. Reads the database the server would (DATABASE_URL, or PGlite under DATA_DIR),
 * through MIGRATION_DATABASE_URL when set: the owner can read the chain heads, the server's role
 * cannot. PGlite allows one process at a time: stop the server first, or verify a copy or a backup
 * (DATA_DIR=/path/to/copy pnpm audit:verify). See docs/operations.md.
 */
import { createDatabase, type Database, describeAuditProblem, verifyAuditChain } from '@rygforlob/db';
import { loadSettings } from './settings.ts';

const out = (line: string) => process.stdout.write(`${line}\n`);

async function open(): Promise<{ database: Database; where: string }> {
  const settings = loadSettings({ ...process.env, SEED_DEMO: 'false' });
  const url = settings.migrationDatabaseUrl ?? settings.databaseUrl;
  if (url) {
    const u = new URL(url);
    return {
      database: await createDatabase({ driver: 'postgres', url, migrate: false, max: 1 }),
      where: `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`,
    };
  }
  return {
    database: await createDatabase({ driver: 'pglite', dataDir: settings.dataDir, migrate: false }),
    where: `PGlite ${settings.dataDir}`,
  };
}

async function main(): Promise<number> {
  const { database, where } = await open();
  try {
    const report = await verifyAuditChain(database.db);
    out(`audit log (${where}): ${report.rows} rows in ${report.chains} chains`);
    if (report.ok) {
      out('intact: every row is where its chain says, with the content its hash was made of');
      return 0;
    }
    out(`NOT intact: ${report.problems.length} problem(s)`);
    for (const problem of report.problems) out(`  ${describeAuditProblem(problem)}`);
    return 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // The driver's own message (the cause), not drizzle's "Failed query: …".
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    const message = cause ?? (error instanceof Error ? error.message : String(error));
    const hint = /relation .* does not exist/.test(message)
      ? ' (no Rygforløb database here: point DATA_DIR, DATABASE_URL or MIGRATION_DATABASE_URL at the one to verify)'
      : '';
    process.stderr.write(`audit:verify could not check: ${message}${hint}\n`);
    process.exitCode = 2;
  },
);
