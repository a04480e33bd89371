/**
 * Starts Rygforløb: settings from the environment, the database (migrated), the demo data on an
 * empty database outside production, then one HTTP server. SIGINT/SIGTERM stop it gracefully.
 */
import type { Database } from '@rygforlob/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { isFirstProcess, startWorkers } from './cluster.ts';
import { DEMO_PASSWORD } from './demo/organisations.ts';
import { countOrganisations, DEMO_USERS, seedDemo } from './demo/seed.ts';
import { fhirBannerLines } from './fhir/demo-clients.ts';
import { loadSettings, type Settings, SettingsError } from './settings.ts';
import { auditRoleProblem, openDatabase, StartupError } from './startup.ts';
import { APPS } from './static-apps.ts';

/** How long in-flight requests get to finish after a stop signal. */
const SHUTDOWN_GRACE_MS = 10_000;

const out = (line = '') => process.stdout.write(`${line}\n`);

function printBanner(settings: Settings, address: string, database: Database, demo: boolean) {
  out();
  out(
    `Rygforløb kører på ${address}  (database: ${database.driver}${database.driver === 'pglite' ? `, ${settings.dataDir}` : ''})`,
  );
  for (const { name, title } of APPS) out(`  ${`${address}/${name}/`.padEnd(40)} ${title}`);
  out(`  ${`${address}/health`.padEnd(40)} sundhedstjek`);
  if (demo) {
    out();
    out(`Demobrugere (adgangskode for alle: ${DEMO_PASSWORD})`);
    for (const user of DEMO_USERS) out(`  ${user.username.padEnd(24)} ${user.organisation}`);
    out(`Demoborgere: ${address}/borger/ → Log ind med MitID → Log ind som testborger (fx Camilla Testholm)`);
    for (const line of fhirBannerLines(address)) out(line);
  }
  out();
}

async function main(): Promise<void> {
  // WORKERS > 1: this process only starts and watches the worker processes (cluster.ts).
  if (startWorkers()) return;
  let settings: Settings;
  try {
    settings = loadSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`Rygforløb: ${error.message}\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }

  if (process.env.SESSION_SECRET) {
    // Nothing is signed: session tokens are random and stored only as their SHA-256.
    process.stderr.write(
      'Rygforløb: SESSION_SECRET is set but not used (session tokens are random, stored hashed)\n',
    );
  }
  const database = await openDatabase(settings);
  let app: FastifyInstance | undefined;
  try {
    const roleProblem = await auditRoleProblem(database);
    if (roleProblem && settings.env === 'production') throw new StartupError(roleProblem);
    if (roleProblem) process.stderr.write(`Rygforløb: warning: ${roleProblem}\n`);
    if (settings.seedDemo && (await countOrganisations(database.db)) === 0) {
      process.stdout.write('Tom database: indlæser demodata … ');
      const seeded = await seedDemo(database, { now: new Date(), password: DEMO_PASSWORD });
      out(`${seeded.pathways} forløb, ${seeded.users.length} brugere.`);
    }
    app = await buildApp({
      database,
      settings,
      ...(settings.databaseUrl ? {} : { dataDir: settings.dataDir }),
    });
    installShutdown(app, database);
    const address = await app.listen({ port: settings.port, host: settings.host });
    if (isFirstProcess()) printBanner(settings, address, database, settings.seedDemo);
  } catch (error) {
    // Release the port and the database (PGlite's lock on DATA_DIR) before reporting.
    await app?.close().catch(() => undefined);
    await database.close().catch(() => undefined);
    throw error;
  }
}

function installShutdown(app: FastifyInstance, database: Database): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    // pnpm signals the script's whole process group and tsx relays the signal too, so one stop
    // arrives as two signals: repeats are ignored, and the grace timer bounds the wait.
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: no new connections, finishing requests in flight');
    const timer = setTimeout(() => {
      app.log.error('requests still in flight after the grace period; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    try {
      await app.close();
      await database.close();
      app.log.info('stopped');
      process.exitCode = 0;
    } catch (error) {
      app.log.error({ err: { name: (error as Error).name } }, 'error during shutdown');
      process.exitCode = 1;
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // A StartupError already says what is wrong and how to fix it; others get the usual causes.
  const hint =
    error instanceof StartupError
      ? ''
      : (error as { code?: unknown }).code === 'EADDRINUSE'
        ? ' Fix: another process uses PORT; stop it or set PORT to a free port.'
        : '';
  process.stderr.write(
    `Rygforløb could not start: ${error instanceof Error ? error.message : String(error)}${hint}\n`,
  );
  process.exitCode = 1;
});
