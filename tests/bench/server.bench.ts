/**
 * `pnpm bench` (or `pnpm --filter @rygforlob/tests exec tsx bench/server.bench.ts --pathways 500
 * --duration 3 --scale 2`): the server under load on PGlite and on PostgreSQL with 1 and N worker
 * processes, beside what the same work costs without the server.
 *
 * 1. Seeds N synthetic pathways (default 10,000) once into a cached PGlite directory and a cached
 *    PostgreSQL database (a throwaway cluster under the temp directory, pg-cluster.ts); every run
 *    measures on a copy, so appends never change the cache.
 * 2. Per configuration (PGlite 1 worker, PostgreSQL 1 and N workers): the real server as child
 *    process(es); autocannon with `--connections` clients: the GP's worklist (a page of 50),
 *    pathway.get over 200 pathways, appends (note.send) on distinct pathways. CPU per request of
 *    the server's processes and of PostgreSQL's, from /proc.
 * 3. The database work alone, through the same driver in this process (same clients): per read
 *    the statements the server runs for it (session lookup, the read, its audit row); per append
 *    appendEvents with its audit row. The server should cost at most 2× this.
 * 4. The scale curve on PostgreSQL: N and N×scale pathways (the copies made in SQL), the cost per
 *    read at each size (`--only scale`: only this).
 * 5. A raw Fastify route serving the very bodies from memory, once, as the floor.
 * Prints the tables and the goals MET/MISSED. Measurement only: asserts nothing, not in npm test.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createDatabase } from '@rygforlob/db';
import { type ServerProcess, spawnReady, startServer } from '../crash/server-process.ts';
import { queryUrl, TrpcHttp } from '../crash/trpc-http.ts';
import { databaseWork } from './baseline.ts';
import { cannon, type Measured, medianOf, type Target } from './measure.ts';
import { type Cluster, cloned, copyOf, defaultWorkersHere, seeded, startCluster } from './pg-cluster.ts';
import { printReport, type Run } from './report.ts';
import { gpPathways, seedPglite } from './seed-pglite.ts';

export const GP_USER = 'laege.vejle';
export const GP_ORG = 'org-gp-vejle';
const DEMO_PASSWORD = 'rygforlob-demo';
const RAW_SERVER = fileURLToPath(new URL('./raw-server.ts', import.meta.url));

const { values } = parseArgs({
  allowPositionals: true,
  options: {
    pathways: { type: 'string', short: 'n', default: '10000' },
    duration: { type: 'string', short: 'd', default: '10' },
    connections: { type: 'string', short: 'c', default: '50' },
    warmup: { type: 'string', default: '2' },
    workers: { type: 'string', default: String(availableParallelism()) },
    scale: { type: 'string', default: '10' },
    /** Runs of each read, reported as their median (measure.ts medianOf). */
    rounds: { type: 'string', default: '3' },
    /** DATABASE_POOL_SIZE for the server (the whole server's connections), else its default. */
    pool: { type: 'string' },
    only: { type: 'string' },
    'log-level': { type: 'string', default: 'warn' },
    fresh: { type: 'boolean', default: false },
    /** Only seed the caches (PGlite, PostgreSQL and its copy for the scale curve), measure nothing. */
    'seed-only': { type: 'boolean', default: false },
  },
});
const N = Number(values.pathways);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const WARMUP = Number(values.warmup);
const WORKERS = Number(values.workers);
const SCALE = Number(values.scale);
const ROUNDS = Math.max(1, Math.trunc(Number(values.rounds)) || 1);
if (![N, DURATION, CONNECTIONS, WARMUP, WORKERS, SCALE].every((v) => Number.isFinite(v) && v >= 0) || N < 1) {
  process.stderr.write(
    'usage: server.bench.ts [--pathways N] [--duration S] [--connections C] [--warmup S] [--workers W] [--scale F] [--only pglite|postgres|scale] [--fresh]\n',
  );
  process.exit(2);
}

const log = (line = '') => process.stderr.write(`${line}\n`);
const CACHE = join(tmpdir(), 'rygforlob-bench');

/** Warm up (JIT, caches, pools) for WARMUP seconds, then measure for DURATION seconds. */
async function measure(...args: Parameters<typeof cannon>): Promise<Measured> {
  if (WARMUP > 0) await cannon(args[0], args[1], { ...args[2], seconds: WARMUP });
  return cannon(...args);
}

const notePayload = (noteId: string) => ({
  noteId: `bench-${noteId}`,
  kind: 'information' as const,
  to: [{ actor: 'gp', organisationId: GP_ORG }],
  content: { text: 'Telefonkonsultation: smerterne aftager, fortsætter øvelserne.' },
});

interface Served {
  server: ServerProcess;
  api: TrpcHttp;
  target: Target;
  worklistPath: string;
  pathwayPath: (id: string) => string;
}

async function serve(env: Parameters<typeof startServer>[0], dbPid?: number): Promise<Served> {
  // 50 connections on one session measure cost, not one user: the per-session limit is off.
  const server = await startServer({
    ...env,
    seedDemo: false,
    logLevel: values['log-level'],
    env: { RATE_LIMIT_PER_SESSION: '0', ...(values.pool ? { DATABASE_POOL_SIZE: values.pool } : {}) },
  });
  // The banner comes from the first worker; measure only once every worker is up (and compiled).
  for (let i = 0; (env.workers ?? 1) > 1 && i < 600 && !/worker processes/.test(server.output()); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const api = new TrpcHttp(server.url);
  await api.login(GP_USER, DEMO_PASSWORD);
  return {
    server,
    api,
    target: { url: server.url, pid: server.child.pid, dbPid },
    worklistPath: queryUrl('', 'worklist.mine', { filter: 'all' }),
    pathwayPath: (id) => queryUrl('', 'pathway.get', { pathwayId: id }),
  };
}

/** The worklist page and pathway.get, each ROUNDS times in turn after one warm-up, as medians. */
async function reads(served: Served, pathways: string[], label: string) {
  const headers = { cookie: served.api.cookieHeader };
  const readPaths = pathways.slice(0, 200);
  const worklistRun = [
    `worklist.mine, page of 50 (${label})`,
    served.target,
    { seconds: DURATION, connections: CONNECTIONS, headers, next: () => ({ path: served.worklistPath }) },
  ] as const;
  const pathwayRun = [
    `pathway.get, ${readPaths.length} pathways (${label})`,
    served.target,
    {
      seconds: DURATION,
      connections: CONNECTIONS,
      headers,
      next: (i: number) => ({ path: served.pathwayPath(readPaths[i % readPaths.length] as string) }),
    },
  ] as const;
  const worklist: Measured[] = [];
  const pathway: Measured[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    worklist.push(await (round === 0 ? measure : cannon)(...worklistRun));
    pathway.push(await (round === 0 ? measure : cannon)(...pathwayRun));
  }
  return { worklist: medianOf(worklist), pathway: medianOf(pathway) };
}

async function appends(served: Served, pathways: string[], run: string): Promise<Measured> {
  const notes = (phase: string, seconds: number) => ({
    seconds,
    connections: CONNECTIONS,
    method: 'POST' as const,
    headers: { cookie: served.api.cookieHeader, 'content-type': 'application/json' },
    next: (i: number) => ({
      path: '/trpc/note.send',
      body: JSON.stringify({
        pathwayId: pathways[i % pathways.length],
        ...notePayload(`${run}-${phase}${i}`),
      }),
    }),
  });
  // Warmed up like the reads (the append path's JIT, its prepared statement on every pooled
  // connection), with notes of their own on the same pathways: a cold start is not the rate.
  if (WARMUP > 0) await cannon('appends (warm-up)', served.target, notes('w', WARMUP));
  return cannon(`appends, ${CONNECTIONS} clients`, served.target, notes('c', DURATION));
}

/** The raw route: the same bodies from memory, no session, database, tRPC or validation. */
async function rawFloor(served: Served, pathways: string[], work: string) {
  const headers = { cookie: served.api.cookieHeader };
  const body = async (path: string) => (await fetch(`${served.server.url}${path}`, { headers })).text();
  const bodies = { worklist: await body(served.worklistPath), pathways: [] as string[] };
  for (const id of pathways.slice(0, 200)) bodies.pathways.push(await body(served.pathwayPath(id)));
  writeFileSync(join(work, 'bodies.json'), JSON.stringify(bodies));
  const raw = await spawnReady(
    RAW_SERVER,
    [join(work, 'bodies.json')],
    {},
    /raw listening on (http:\/\/\S+)/,
  );
  try {
    const target = { url: raw.url, pid: raw.child.pid };
    return {
      worklist: await measure('raw worklist page', target, {
        seconds: DURATION,
        connections: CONNECTIONS,
        next: () => ({ path: '/raw/worklist' }),
      }),
      pathway: await measure('raw pathway', target, {
        seconds: DURATION,
        connections: CONNECTIONS,
        next: (i) => ({ path: `/raw/pathway/${i % bodies.pathways.length}` }),
      }),
    };
  } finally {
    await raw.stop();
  }
}

async function pgliteRun(
  work: string,
  run: string,
): Promise<{ run: Run; raw?: Awaited<ReturnType<typeof rawFloor>> }> {
  const cacheDir = join(CACHE, `pglite-${N}`);
  await seedPglite(cacheDir, N, Boolean(values.fresh), log);
  const dataDir = join(work, 'pglite');
  cpSync(cacheDir, dataDir, { recursive: true });
  const served = await serve({ dataDir, workers: 1 });
  let raw: Awaited<ReturnType<typeof rawFloor>> | undefined;
  let measured: Awaited<ReturnType<typeof reads>>;
  let appended: Measured;
  const token = served.api.cookie;
  let pathways: string[];
  try {
    // PGlite allows one process: the server's; the GP's pathways are read through it.
    pathways = await gpPathwaysOver(served);
    raw = await rawFloor(served, pathways, work);
    measured = await reads(served, pathways, 'PGlite, 1 worker');
    appended = await appends(served, pathways, run);
  } finally {
    await served.server.stop();
  }
  const database = await createDatabase({ driver: 'pglite', dataDir, migrate: false });
  try {
    const baseline = await databaseWork(database, {
      token,
      pathways,
      clients: CONNECTIONS,
      seconds: DURATION,
      warmup: WARMUP,
      run,
    });
    return {
      run: { label: 'PGlite (on disk), 1 worker', workers: 1, ...measured, appends: appended, baseline },
      raw,
    };
  } finally {
    await database.close();
  }
}

/** The GP's open pathways, as its worklist pages list them. */
async function gpPathwaysOver(served: Served): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  while (ids.length < 1000) {
    const page = await served.api.query<{
      rows: { pathwayId: string; status: string; relation: string }[];
      nextCursor: string | null;
    }>('worklist.mine', { filter: 'all', ...(cursor ? { cursor } : {}) });
    for (const row of page.data?.rows ?? []) {
      if (row.status === 'open' && row.relation === 'coordinator') ids.push(row.pathwayId);
    }
    cursor = page.data?.nextCursor ?? undefined;
    if (!cursor) break;
  }
  if (ids.length < CONNECTIONS) throw new Error(`only ${ids.length} open pathways for ${GP_USER}: seed more`);
  return ids;
}

async function postgresRun(cluster: Cluster, template: string, workers: number, run: string): Promise<Run> {
  const copy = await copyOf(cluster, template);
  const label = `PostgreSQL, ${workers} worker${workers === 1 ? '' : 's'}`;
  const served = await serve({ databaseUrl: copy.url, workers }, cluster.pid);
  const database = await createDatabase({
    driver: 'postgres',
    url: copy.url,
    migrate: false,
    max: CONNECTIONS,
  });
  try {
    const pathways = await gpPathways(database, GP_ORG);
    const measured = await reads(served, pathways, label);
    const appended = await appends(served, pathways, run);
    const baseline = await databaseWork(database, {
      token: served.api.cookie,
      pathways,
      clients: CONNECTIONS,
      seconds: DURATION,
      warmup: WARMUP,
      run,
      dbPid: cluster.pid,
    });
    return { label, workers, ...measured, appends: appended, baseline };
  } finally {
    await database.close();
    await served.server.stop();
    await copy.drop();
  }
}

/** Reads only, on a template's copy: the cost per request at this size. */
async function scaleRun(cluster: Cluster, template: string, size: number, workers: number) {
  const copy = await copyOf(cluster, template);
  const served = await serve({ databaseUrl: copy.url, workers }, cluster.pid);
  const database = await createDatabase({ driver: 'postgres', url: copy.url, migrate: false, max: 2 });
  try {
    const pathways = await gpPathways(database, GP_ORG);
    return { size, ...(await reads(served, pathways, `${size.toLocaleString('en')} pathways`)) };
  } finally {
    await database.close();
    await served.server.stop();
    await copy.drop();
  }
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'rygforlob-bench-run-'));
  const run = `${process.pid}-${Date.now()}`;
  const runs: Run[] = [];
  const scale: Awaited<ReturnType<typeof scaleRun>>[] = [];
  let raw: Awaited<ReturnType<typeof rawFloor>> | undefined;
  let cluster: Cluster | undefined;
  log(
    `measuring: ${N} pathways, ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per run, ${availableParallelism()} cores, Node ${process.version}`,
  );
  let failure: unknown;
  const stage = (name: string) => log(`\n== ${name} (${new Date().toISOString().slice(11, 19)} UTC)`);
  try {
    if (values['seed-only']) {
      if (values.only !== 'postgres')
        await seedPglite(join(CACHE, `pglite-${N}`), N, Boolean(values.fresh), log);
      if (values.only !== 'pglite') {
        cluster = await startCluster(join(CACHE, 'pg'));
        const template = await seeded(cluster, N, log);
        if (SCALE > 1) await cloned(cluster, template, SCALE, N, log);
      }
      return;
    }
    if (values.only !== 'postgres' && values.only !== 'scale') {
      stage('PGlite, 1 worker');
      const pglite = await pgliteRun(work, run);
      runs.push(pglite.run);
      raw = pglite.raw;
    }
    if (values.only !== 'pglite') {
      cluster = await startCluster(join(CACHE, 'pg'));
      const template = await seeded(cluster, N, log);
      for (const workers of values.only === 'scale' ? [] : [...new Set([1, WORKERS])]) {
        stage(`PostgreSQL, ${workers} worker(s)`);
        runs.push(await postgresRun(cluster, template, workers, run));
      }
      if (SCALE > 1) {
        const big = await cloned(cluster, template, SCALE, N, log);
        stage(`scale curve: ${N} and ${N * SCALE} pathways`);
        scale.push(await scaleRun(cluster, template, N, defaultWorkersHere()));
        scale.push(await scaleRun(cluster, big, N * SCALE, defaultWorkersHere()));
      }
    }
  } catch (error) {
    // Print what was measured before the failure, then the failure.
    failure = error;
  } finally {
    cluster?.stop();
    rmSync(work, { recursive: true, force: true });
  }
  printReport({
    n: N,
    connections: CONNECTIONS,
    duration: DURATION,
    rounds: ROUNDS,
    load: loadavg(),
    runs,
    ...(raw ? { raw } : {}),
    scale,
    scaleWorkers: defaultWorkersHere(),
  });
  if (failure) throw failure;
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
