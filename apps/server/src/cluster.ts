/**
 * Several server processes behind one port (Node's cluster): WORKERS of them, by default one per
 * core when DATABASE_URL names a PostgreSQL server and Min side signs in through a real broker
 * (CITIZEN_OIDC_ISSUER, or production), one core fewer when that server runs on this machine
 * (databaseOnThisMachine), else one: an embedded database, and the embedded test IdP, belong to
 * one process. The processes share nothing but the database, so any of them may serve any
 * request (docs/scaling.md), and they share one connection budget: DATABASE_POOL_SIZE (default
 * 20, or 4 per core beside a PostgreSQL on this machine) connections in all, split evenly.
 *
 * The primary serves nothing: it starts the first worker (which migrates and, on an empty
 * database, loads the demo data), then the others, restarts a worker that dies, and passes
 * SIGINT/SIGTERM on, exiting once every worker has finished its requests.
 */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

type Env = Record<string, string | undefined>;

export class ClusterSettingsError extends Error {}

const DEFAULT_POOL_BUDGET = 20;

/**
 * The connection budget beside a PostgreSQL on this machine: a few per core (PostgreSQL's own rule
 * of thumb is about two per core), since every busy backend takes turns on the same cores as the
 * server. On 2 cores, 8 connections against 20 (pnpm bench, 1 worker, three runs each): 4-12 %
 * less CPU per read and a steadier p99 (worklist 64-81 ms against 78-89, pathway.get 39-43 ms
 * against 39-49).
 */
const localPoolBudget = (cores: number): number => Math.max(4, 4 * cores);

const wholeNumber = (env: Env, name: string, min: number, max: number): number | undefined => {
  const text = env[name]?.trim();
  if (!text) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ClusterSettingsError(`${name}: must be a whole number from ${min} to ${max} (got "${text}")`);
  }
  return n;
};

/**
 * Whether a DATABASE_URL names a PostgreSQL server on this machine: a Unix socket (a host that is
 * a path, or none) or a loopback address. Then PostgreSQL needs a core of its own: on 2 cores,
 * 2 workers beside it spent 40 % more CPU per pathway.get than 1 (0.58 against 0.42 ms, the
 * processes taking turns on the cores) and its p99 rose from 42 to 63 ms (issue 11, pnpm bench).
 */
export function databaseOnThisMachine(databaseUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    return false;
  }
  let host: string;
  try {
    host = (url.searchParams.get('host') ?? decodeURIComponent(url.hostname)).toLowerCase();
  } catch {
    return false; // not a host name (a bad %-escape): the driver will say so
  }
  return (
    host === '' || host.startsWith('/') || host === 'localhost' || /^127\./.test(host) || host === '[::1]'
  );
}

/** How many worker processes, and each one's share of the connection budget. */
export function clusterPlan(env: Env = process.env, cores = availableParallelism()) {
  const databaseUrl = env.DATABASE_URL?.trim();
  const postgres = Boolean(databaseUrl);
  // Min side's embedded test IdP (no CITIZEN_OIDC_ISSUER, never in production) keeps its state in
  // the process that serves it: with it, one process unless WORKERS says otherwise.
  const testIdp = !env.CITIZEN_OIDC_ISSUER?.trim() && env.NODE_ENV !== 'production';
  const local = Boolean(databaseUrl && databaseOnThisMachine(databaseUrl));
  const perCore = local ? Math.max(1, cores - 1) : cores;
  const workers = wholeNumber(env, 'WORKERS', 1, 256) ?? (postgres && !testIdp ? perCore : 1);
  if (workers > 1 && !postgres) {
    throw new ClusterSettingsError(
      'WORKERS: more than one worker needs DATABASE_URL (PGlite is an embedded database of one process)',
    );
  }
  const budget =
    wholeNumber(env, 'DATABASE_POOL_SIZE', 1, 10_000) ??
    (local ? Math.max(localPoolBudget(cores), workers) : DEFAULT_POOL_BUDGET);
  if (budget < workers) {
    throw new ClusterSettingsError(
      `DATABASE_POOL_SIZE: ${budget} connections cannot be shared by ${workers} workers (at least one each)`,
    );
  }
  return { workers, poolPerWorker: Math.floor(budget / workers), testIdp };
}

/** The first worker (or the only process) prints the banner; the others start quietly. */
export const isFirstProcess = (): boolean => !cluster.isWorker || cluster.worker?.id === 1;

/**
 * In the primary of a clustered start: forks the workers and returns true (the caller then does
 * nothing more). In a worker, or with one worker, returns false: the caller starts the server.
 */
export function startWorkers(env: Env = process.env): boolean {
  if (cluster.isWorker) {
    // The channel to the primary must not keep a worker alive: one that could not start, or has
    // closed its server and database, ends as a single process would.
    process.channel?.unref();
    return false;
  }
  const plan = clusterPlan(env);
  if (plan.workers === 1) {
    // One process: its connection budget is the whole of it (read by @rygforlob/db's client).
    process.env.DATABASE_POOL_SIZE = String(plan.poolPerWorker);
    return false;
  }
  if (plan.testIdp) {
    process.stderr.write(
      "Rygforløb: warning: Min side's test IdP keeps its state in one process; with several workers its sign-in fails (set CITIZEN_OIDC_ISSUER, or WORKERS=1)\n",
    );
  }
  const workerEnv = { WORKERS: '1', DATABASE_POOL_SIZE: String(plan.poolPerWorker) };
  let stopping = false;
  let everListened = false;
  const up = new Set<number>();
  const fork = (seed: boolean): Worker => {
    const worker = cluster.fork({ ...workerEnv, ...(seed ? {} : { SEED_DEMO: 'false' }) });
    worker.once('listening', () => {
      up.add(worker.id);
      // The demo data is loaded by the first worker alone, before the others start.
      if (!everListened) for (let i = 1; i < plan.workers; i++) fork(false);
      everListened = true;
      if (up.size === plan.workers) {
        process.stdout.write(
          `Rygforløb: ${plan.workers} worker processes, ${plan.poolPerWorker} connections each\n`,
        );
      }
    });
    return worker;
  };
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    up.delete(worker.id);
    if (!everListened) {
      // The first worker could not start (bad settings, no database): it said why; so do we.
      process.stderr.write('Rygforløb: the first worker process did not start; stopping\n');
      process.exit(1);
    }
    process.stderr.write(
      `Rygforløb: worker ${worker.process.pid} ended (${signal ?? code}); starting another\n`,
    );
    setTimeout(() => !stopping && fork(false), 500).unref();
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // A worker may already have the signal (pnpm signals the whole process group); a second one
    // is ignored by its shutdown handler (main.ts).
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  fork(true);
  return true;
}
