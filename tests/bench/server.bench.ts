/**
 * `pnpm bench` (or `pnpm --filter @rygforlob/tests bench --pathways 500 --duration 5`):
 * the server under load, with N synthetic pathways stored on on-disk PGlite.
 *
 * 1. Seeds N synthetic pathways (apps/server's generator) into a cached PGlite directory
 *    (os.tmpdir()/rygforlob-bench/pglite-N; `--fresh` re-seeds), then copies it, so the appends
 *    below never change the cache.
 * 2. Starts the real server (apps/server/src/main.ts) on the copy as a child process, and beside
 *    it a raw Fastify process that answers from memory with the very bodies the server gave.
 * 3. autocannon (in this process, over loopback, `--connections` clients): the GP's worklist
 *    and pathway.get (signed in, over many pathways) against the raw routes; then appends
 *    (note.send) one at a time and from all clients at once on distinct pathways; then, the
 *    server stopped, the event store alone (appendEvents in this process).
 * 4. Prints a table with the goals: p99 of reads < 25 ms, reads >= 30 % of the raw throughput,
 *    >= 300 appends/s on PGlite.
 * Measurement only, not a test: it asserts nothing and is not part of `npm test`.
 */
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { appendEvents, createDatabase, loadPathway } from '@rygforlob/db';
import type { PathwayEvent } from '@rygforlob/domain';
import { Progress } from '@rygforlob/server/src/demo/progress.ts';
import { seedSynthetic } from '@rygforlob/server/src/demo/synthetic.ts';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { type ServerProcess, spawnReady, startServer } from '../crash/server-process.ts';
import { queryUrl, TrpcHttp } from '../crash/trpc-http.ts';

const GP_USER = 'laege.vejle';
const GP_ORG = 'org-gp-vejle';
const DEMO_PASSWORD = 'rygforlob-demo';
const RAW_SERVER = fileURLToPath(new URL('./raw-server.ts', import.meta.url));

const GOALS = { readP99Ms: 25, readRatio: 0.3, appendsPerSecond: 300 };

const { values } = parseArgs({
  allowPositionals: true,
  options: {
    pathways: { type: 'string', short: 'n', default: '10000' },
    duration: { type: 'string', short: 'd', default: '10' },
    connections: { type: 'string', short: 'c', default: '50' },
    warmup: { type: 'string', default: '2' },
    'log-level': { type: 'string', default: 'warn' },
    'cache-dir': { type: 'string' },
    fresh: { type: 'boolean', default: false },
  },
});
const N = Number(values.pathways);
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const WARMUP = Number(values.warmup);
if (![N, DURATION, CONNECTIONS, WARMUP].every((v) => Number.isFinite(v) && v >= 0) || N < 1) {
  process.stderr.write(
    'usage: server.bench.ts [--pathways N] [--duration S] [--connections C] [--warmup S] [--log-level L] [--fresh]\n',
  );
  process.exit(2);
}

const log = (line = '') => process.stderr.write(`${line}\n`);

/**
 * CPU time a process has used so far (user + system, ms), from /proc; undefined elsewhere.
 * Per request it says what the stack costs whatever else the machine is doing, which the
 * throughput and latency of a shared machine do not.
 */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat(5), in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Seeds (or finds cached) N pathways; returns the GP's open pathways, to read and append to. */
async function seed(cacheDir: string): Promise<string[]> {
  if (values.fresh) rmSync(cacheDir, { recursive: true, force: true });
  const database = await createDatabase({ driver: 'pglite', dataDir: cacheDir });
  try {
    const count = async () => {
      const result = (await database.db.execute(sql`select count(*)::int as n from pathways`)) as unknown as {
        rows: Array<{ n: number }>;
      };
      return Number(result.rows[0]?.n ?? 0);
    };
    const stored = await count();
    if (stored >= N) {
      log(`${stored} synthetic pathways already seeded in ${cacheDir}`);
    } else {
      const started = Date.now();
      const progress = new Progress(N, 'synthetic pathways');
      const result = await seedSynthetic(database, {
        pathways: N,
        onProgress: (done) => progress.update(done),
      });
      progress.finish(N);
      log(`${result.created} seeded in ${((Date.now() - started) / 1000).toFixed(0)} s into ${cacheDir}`);
    }
    const rows = (await database.db.execute(
      sql`select pathway_id from worklist
          where organisation_id = ${GP_ORG} and relation = 'coordinator' and status = 'open'
          order by pathway_id limit 1000`,
    )) as unknown as { rows: Array<{ pathway_id: string }> };
    return rows.rows.map((r) => r.pathway_id);
  } finally {
    await database.close();
  }
}

interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** What the errors were: status codes, timeouts, connection errors. */
  errorKinds?: string;
  bytes?: number;
  /** The server's CPU time per successful request (ms). */
  cpuPerRequest?: number;
}

/** One autocannon run; `next` gives each request its path (and body), round robin. */
async function cannon(
  title: string,
  target: ServerProcess,
  options: {
    seconds: number;
    connections?: number;
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    next: (i: number) => { path: string; body?: string };
  },
): Promise<Measured> {
  let i = 0;
  const cpuBefore = cpuMs(target.child.pid);
  const result = await autocannon({
    // A shared machine can stall a request for seconds; count it as slow, not as lost.
    timeout: 60,
    url: target.url,
    title,
    connections: options.connections ?? CONNECTIONS,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    requests: [
      {
        setupRequest: (request) => {
          const { path, body } = options.next(i++);
          return { ...request, path, ...(body === undefined ? {} : { body }) };
        },
      },
    ],
  });
  const cpuAfter = cpuMs(target.child.pid);
  const codes = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${count} × HTTP ${code}`);
  if (result.timeouts > 0) codes.push(`${result.timeouts} timeouts`);
  if (result.errors > result.timeouts) codes.push(`${result.errors - result.timeouts} connection errors`);
  return {
    name: title,
    rps: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
    errorKinds: codes.join(', '),
    bytes: result['2xx'] > 0 ? result.throughput.total / (result['2xx'] + result.non2xx) : 0,
    ...(cpuBefore !== undefined && cpuAfter !== undefined && result['2xx'] > 0
      ? { cpuPerRequest: (cpuAfter - cpuBefore) / result['2xx'] }
      : {}),
  };
}

/** Warm up (JIT, caches) for WARMUP seconds, then measure for DURATION seconds. */
async function measure(...args: Parameters<typeof cannon>): Promise<Measured> {
  if (WARMUP > 0) await cannon(args[0], args[1], { ...args[2], seconds: WARMUP });
  return cannon(...args);
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

/** One client, one append after the other, each naming the version it expects. */
async function sequentialAppends(
  server: ServerProcess,
  api: TrpcHttp,
  pathways: string[],
  seconds: number,
  run: string,
) {
  const cpuBefore = cpuMs(server.child.pid);
  const versions = new Map<string, number>();
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < until; i++) {
    const pathwayId = pathways[i % pathways.length] as string;
    const expectedVersion = versions.get(pathwayId);
    const started = performance.now();
    const res = await api.mutation<{ view: { version: number } }>('note.send', {
      pathwayId,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
      ...notePayload(`${run}-s${i}`),
    });
    latencies.push(performance.now() - started);
    if (res.status === 200 && res.data) versions.set(pathwayId, res.data.view.version);
    else errors++;
  }
  const cpuAfter = cpuMs(server.child.pid);
  latencies.sort((a, b) => a - b);
  const ok = latencies.length - errors;
  return {
    name: 'appends, 1 client (note.send)',
    rps: ok / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    ...(cpuBefore !== undefined && cpuAfter !== undefined && ok > 0
      ? { cpuPerRequest: (cpuAfter - cpuBefore) / ok }
      : {}),
  } satisfies Measured;
}

/**
 * appendEvents in this process, one after the other on distinct pathways (PGlite has one
 * connection, so appends queue anyway): the store's own rate, projections included.
 */
async function storeAppends(dataDir: string, pathways: string[], seconds: number, run: string) {
  const database = await createDatabase({ driver: 'pglite', dataDir, migrate: false });
  try {
    const versions = new Map<string, number>();
    for (const id of pathways) {
      const loaded = await loadPathway(database.db, id);
      versions.set(id, loaded?.pathway.version ?? 0);
    }
    const latencies: number[] = [];
    const cpuBefore = process.cpuUsage();
    const until = performance.now() + seconds * 1000;
    for (let i = 0; performance.now() < until; i++) {
      const pathwayId = pathways[i % pathways.length] as string;
      const version = versions.get(pathwayId) ?? 0;
      const event = {
        seq: version + 1,
        at: new Date().toISOString(),
        by: { userId: 'user-gp-vejle', actor: 'gp', organisationId: GP_ORG },
        type: 'noteSent',
        ...notePayload(`${run}-store${i}`),
      } as PathwayEvent;
      const started = performance.now();
      const appended = await appendEvents(database.db, pathwayId, version, [event]);
      latencies.push(performance.now() - started);
      versions.set(pathwayId, appended.version);
    }
    const cpu = process.cpuUsage(cpuBefore);
    latencies.sort((a, b) => a - b);
    return {
      name: 'store alone: appendEvents in process, 1 at a time',
      rps: latencies.length / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      errors: 0,
      cpuPerRequest: (cpu.user + cpu.system) / 1000 / Math.max(1, latencies.length),
    } satisfies Measured;
  } finally {
    await database.close();
  }
}

const notePayload = (noteId: string) => ({
  noteId: `bench-${noteId}`,
  kind: 'information' as const,
  to: [{ actor: 'gp', organisationId: GP_ORG }],
  content: { text: 'Telefonkonsultation: smerterne aftager, fortsætter øvelserne.' },
});

const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));
const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function main() {
  const cacheDir = values['cache-dir'] ?? join(tmpdir(), 'rygforlob-bench', `pglite-${N}`);
  const pathways = await seed(cacheDir);
  if (pathways.length < CONNECTIONS) {
    throw new Error(`only ${pathways.length} open pathways for ${GP_USER}: seed more (--pathways)`);
  }
  const work = mkdtempSync(join(tmpdir(), 'rygforlob-bench-run-'));
  const servers: ServerProcess[] = [];
  try {
    cpSync(cacheDir, join(work, 'data'), { recursive: true });
    const server = await startServer({
      dataDir: join(work, 'data'),
      seedDemo: false,
      logLevel: values['log-level'],
    });
    servers.push(server);
    const api = new TrpcHttp(server.url);
    await api.login(GP_USER, DEMO_PASSWORD);
    const headers = { cookie: api.cookieHeader };

    // The bodies the real server gives, for the raw routes to answer with.
    const readPaths = pathways.slice(0, 200);
    const worklistPath = queryUrl('', 'worklist.mine', { filter: 'all' });
    const pathwayPath = (id: string) => queryUrl('', 'pathway.get', { pathwayId: id });
    const body = async (path: string) => {
      const res = await fetch(`${server.url}${path}`, { headers });
      if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
      return res.text();
    };
    const bodies = { worklist: await body(worklistPath), pathways: [] as string[] };
    for (const id of readPaths) bodies.pathways.push(await body(pathwayPath(id)));
    const worklistRows = (JSON.parse(bodies.worklist) as { result: { data: unknown[] } }).result.data.length;
    writeFileSync(join(work, 'bodies.json'), JSON.stringify(bodies));
    const raw = await spawnReady(
      RAW_SERVER,
      [join(work, 'bodies.json')],
      {},
      /raw listening on (http:\/\/\S+)/,
    );
    servers.push(raw);

    log(
      `\nmeasuring: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s per run, ${cpus().length} cores, Node ${process.version}`,
    );
    const rawWorklist = await measure('raw worklist', raw, {
      seconds: DURATION,
      next: () => ({ path: '/raw/worklist' }),
    });
    const worklist = await measure(`worklist.mine (${GP_USER}, ${worklistRows} rows)`, server, {
      seconds: DURATION,
      headers,
      next: () => ({ path: worklistPath }),
    });
    const rawPathway = await measure('raw pathway', raw, {
      seconds: DURATION,
      next: (i) => ({ path: `/raw/pathway/${i % readPaths.length}` }),
    });
    const pathway = await measure(`pathway.get (${readPaths.length} pathways in turn)`, server, {
      seconds: DURATION,
      headers,
      next: (i) => ({ path: pathwayPath(readPaths[i % readPaths.length] as string) }),
    });

    const run = randomBytes(4).toString('hex');
    const sequential = await sequentialAppends(server, api, pathways, DURATION, run);
    const concurrent = await cannon(
      `appends, ${CONNECTIONS} clients (note.send, distinct pathways)`,
      server,
      {
        seconds: DURATION,
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        next: (i) => ({
          path: '/trpc/note.send',
          body: JSON.stringify({ pathwayId: pathways[i % pathways.length], ...notePayload(`${run}-c${i}`) }),
        }),
      },
    );

    // The event store alone, without HTTP, session, decide or audit: stop the server (PGlite
    // allows one process) and append in this process.
    await server.stop();
    const store = await storeAppends(join(work, 'data'), pathways, DURATION, run);

    const reads = [
      { measured: worklist, raw: rawWorklist },
      { measured: pathway, raw: rawPathway },
    ];
    const cpu = (m: Measured) => (m.cpuPerRequest === undefined ? '?' : m.cpuPerRequest.toFixed(2));
    const pct = (v: number) => `${(v * 100).toFixed(v < 0.1 ? 1 : 0)} %`;
    const cpuRatio = (m: Measured, r: Measured) =>
      m.cpuPerRequest && r.cpuPerRequest ? r.cpuPerRequest / m.cpuPerRequest : undefined;
    const rows: string[][] = [
      [
        '',
        'req/s',
        'p50 ms',
        'p99 ms',
        'CPU ms/req',
        'errors',
        'raw req/s',
        'raw p99',
        'raw CPU',
        'ratio',
        'CPU ratio',
      ],
      ...reads.map(({ measured, raw: r }) => {
        const byCpu = cpuRatio(measured, r);
        return [
          measured.name,
          measured.rps.toFixed(0),
          ms(measured.p50),
          ms(measured.p99),
          cpu(measured),
          String(measured.errors),
          r.rps.toFixed(0),
          ms(r.p99),
          cpu(r),
          pct(measured.rps / r.rps),
          byCpu === undefined ? '?' : pct(byCpu),
        ];
      }),
      ...[sequential, concurrent, store].map((m) => [
        m.name,
        m.rps.toFixed(0),
        ms(m.p50),
        ms(m.p99),
        cpu(m),
        String(m.errors),
        '',
        '',
        '',
        '',
        '',
      ]),
    ];
    const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
    const line = (r: string[]) =>
      r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    const out: string[] = [];
    out.push('');
    out.push(
      `Rygforløb server benchmark: ${N} synthetic pathways on PGlite (on disk), ${CONNECTIONS} connections, ${DURATION} s per run`,
    );
    out.push(
      `${cpus().length} cores, load average ${load} (other processes skew req/s and latency, not CPU ms/req)`,
    );
    out.push('');
    out.push(line(rows[0] ?? []));
    for (const r of rows.slice(1)) out.push(line(r));
    for (const m of [worklist, pathway, sequential, concurrent, store] as Measured[]) {
      if (m.errors > 0) out.push(`  ${m.name}: ${m.errorKinds || `${m.errors} failed`}`);
    }
    out.push('');
    out.push("ratio: our req/s over the raw route's; CPU ratio: the raw route's CPU per request over ours.");
    out.push('');
    const worstP99 = Math.max(worklist.p99, pathway.p99);
    const worstRatio = Math.min(...reads.map(({ measured, raw: r }) => measured.rps / r.rps));
    const appends = Math.max(sequential.rps, concurrent.rps);
    out.push('Goals');
    out.push(
      `  p99 of reads < ${GOALS.readP99Ms} ms            ${mark(worstP99 < GOALS.readP99Ms).padEnd(7)} worklist ${ms(worklist.p99)} ms, pathway.get ${ms(pathway.p99)} ms`,
    );
    out.push(
      `  reads >= ${GOALS.readRatio * 100} % of raw route     ${mark(worstRatio >= GOALS.readRatio).padEnd(7)} worklist ${pct(worklist.rps / rawWorklist.rps)}, pathway.get ${pct(pathway.rps / rawPathway.rps)}`,
    );
    out.push(
      `  >= ${GOALS.appendsPerSecond} appends/s on PGlite   ${mark(appends >= GOALS.appendsPerSecond).padEnd(7)} ${concurrent.rps.toFixed(0)}/s from ${CONNECTIONS} clients, ${sequential.rps.toFixed(0)}/s from one (the store alone: ${store.rps.toFixed(0)}/s)`,
    );
    out.push(
      `  response sizes: worklist ${((worklist.bytes ?? 0) / 1024).toFixed(0)} KiB, pathway.get ${((pathway.bytes ?? 0) / 1024).toFixed(1)} KiB (mean)`,
    );
    process.stdout.write(`${out.join('\n')}\n`);
    const errors = [worklist, pathway, sequential, concurrent, store].reduce((sum, m) => sum + m.errors, 0);
    if (errors > 0) {
      log(
        `\n${errors} requests failed (non-2xx or connection errors); server output:\n${server.output().slice(-4000)}`,
      );
      process.exitCode = 1;
    }
  } finally {
    for (const s of servers) await s.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
