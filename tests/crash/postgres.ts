/**
 * A fresh PostgreSQL database of the crash test's own, on the server TEST_DATABASE_URL names
 * (CI, .ci/run) or, without it, on a throwaway local cluster started with
 * packages/db/scripts/test-postgres.sh. When neither works, says why.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';
import { REPO_ROOT } from './server-process.ts';

const run = promisify(execFile);
const SCRIPT = 'packages/db/scripts/test-postgres.sh';

export type Provisioned =
  | { ok: true; url: string; where: string; dispose(): Promise<void> }
  | { ok: false; reason: string };

async function reachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The admin URL and whether we started the cluster (and so must stop it). */
async function adminServer(): Promise<
  { ok: true; url: string; started: boolean; where: string } | { ok: false; reason: string }
> {
  const fromEnv = process.env.TEST_DATABASE_URL?.trim();
  if (fromEnv) {
    const problem = await reachable(fromEnv);
    return problem
      ? { ok: false, reason: `TEST_DATABASE_URL is set but PostgreSQL is not reachable: ${problem}` }
      : { ok: true, url: fromEnv, started: false, where: 'TEST_DATABASE_URL' };
  }
  const local = 'postgres://postgres@127.0.0.1:54329/postgres';
  if ((await reachable(local)) === null) return { ok: true, url: local, started: false, where: local };
  try {
    const { stdout } = await run('bash', [SCRIPT, 'start'], { cwd: REPO_ROOT, timeout: 60_000 });
    const url = /TEST_DATABASE_URL=(\S+)/.exec(stdout)?.[1];
    if (!url) return { ok: false, reason: `${SCRIPT} start printed no TEST_DATABASE_URL` };
    const problem = await reachable(url);
    if (problem) return { ok: false, reason: `started with ${SCRIPT} but not reachable: ${problem}` };
    return { ok: true, url, started: true, where: `${url} (started by ${SCRIPT})` };
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    return {
      ok: false,
      reason: `TEST_DATABASE_URL is not set and ${SCRIPT} could not start PostgreSQL (is Debian's postgresql package installed?): ${detail}`,
    };
  }
}

/** A new empty database (the server migrates it); dispose() drops it, and stops a cluster we started. */
export async function provisionPostgres(): Promise<Provisioned> {
  const admin = await adminServer();
  if (!admin.ok) return admin;
  const name = `rygforlob_crash_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.url });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin.url);
  url.pathname = `/${name}`;
  return {
    ok: true,
    url: url.toString(),
    where: admin.where,
    async dispose() {
      const dropper = new pg.Client({ connectionString: admin.url });
      await dropper.connect();
      try {
        await dropper.query(`drop database if exists ${name} with (force)`);
      } finally {
        await dropper.end();
      }
      if (admin.started) await run('bash', [SCRIPT, 'stop'], { cwd: REPO_ROOT, timeout: 60_000 });
    },
  };
}
