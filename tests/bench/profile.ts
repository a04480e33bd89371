/**
 * Where a read's server CPU goes: `pnpm --filter @rygforlob/tests exec tsx bench/profile.ts
 * --read pathway|worklist [--pathways 10000] [--duration 10]`. The real server (1 worker, on a
 * copy of the benchmark's PostgreSQL template, pg-cluster.ts) runs under `node --cpu-prof` while
 * autocannon sends 50 clients' reads; the profile's self time is then summed by where the code
 * lives (a package, our packages, Node's internals, GC) and the heaviest functions are listed.
 * The .cpuprofile is kept (its path is printed) for Chrome's DevTools. Measurement only.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createDatabase } from '@rygforlob/db';
import { SERVER_NODE_FLAGS } from '@rygforlob/server/src/node-flags.ts';
import { REPO_ROOT, spawnReady } from '../crash/server-process.ts';
import { queryUrl, TrpcHttp } from '../crash/trpc-http.ts';
import { cannon } from './measure.ts';
import { copyOf, seeded, startCluster } from './pg-cluster.ts';
import { gpPathways } from './seed-pglite.ts';

const { values } = parseArgs({
  options: {
    read: { type: 'string', default: 'pathway' },
    pathways: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '50' },
    top: { type: 'string', default: '30' },
    /** Also sample allocations (where the garbage comes from). */
    alloc: { type: 'boolean', default: false },
    /** More flags for the server's node, after its own (e.g. --max-semi-space-size=16 to compare). */
    'node-options': { type: 'string', default: '' },
  },
});
const GP_USER = 'laege.vejle';
const GP_ORG = 'org-gp-vejle';
const HOOK = fileURLToPath(new URL('./cpu-profile-hook.mjs', import.meta.url));
const log = (line = '') => process.stderr.write(`${line}\n`);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: a package by name, one of ours, Node's internals, or a VM bucket. */
function placeOf(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pnpm) return pnpm[1] as string;
  const plain = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (plain) return plain[1] as string;
  const ours = /\/(packages|apps)\/([^/]+)\//.exec(url);
  if (ours) return `@rygforlob/${ours[2]}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url;
}

interface HeapNode {
  callFrame: ProfileNode['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated per function (and the place it lives in), from a sampling heap profile. */
export function summariseHeap(head: HeapNode, top: number): string[] {
  const functions = new Map<string, number>();
  let total = 0;
  const walk = (node: HeapNode) => {
    total += node.selfSize;
    const frame = node.callFrame;
    const fn = `${frame.functionName || '(anonymous)'} ${placeOf(frame.url, frame.functionName)}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child);
  };
  walk(head);
  return [
    '',
    `allocated (sampled): ${(total / 1048576).toFixed(0)} MiB; heaviest ${top} allocating functions:`,
    ...[...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, bytes]) => `${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${fn}`),
  ];
}

/** Self time per place and per function, as shares of the profile's busy (non-idle) time. */
export function summarise(profile: Profile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const places = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  for (const [id, us] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    busy += us;
    const place = placeOf(frame.url, frame.functionName);
    places.set(place, (places.get(place) ?? 0) + us);
    const fn = `${frame.functionName || '(anonymous)'} ${place}:${frame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return [
    `busy ${(busy / 1000).toFixed(0)} ms of CPU in the profile`,
    '',
    'self time by place:',
    ...sorted(places)
      .slice(0, 20)
      .map(([place, us]) => `${pct(us)}  ${place}`),
    '',
    `heaviest ${top} functions (self time):`,
    ...sorted(functions)
      .slice(0, top)
      .map(([fn, us]) => `${pct(us)}  ${fn}`),
  ];
}

async function main() {
  const n = Number(values.pathways);
  const cluster = await startCluster(join(tmpdir(), 'rygforlob-bench', 'pg'));
  const profiles = mkdtempSync(join(tmpdir(), 'rygforlob-profile-'));
  try {
    const template = await seeded(cluster, n, log);
    const copy = await copyOf(cluster, template);
    try {
      const database = await createDatabase({ driver: 'postgres', url: copy.url, migrate: false, max: 2 });
      const pathways = (await gpPathways(database, GP_ORG)).slice(0, 200);
      await database.close();
      // As startServer (crash/server-process.ts) starts it, under the profiler.
      const server = await spawnReady(
        join(REPO_ROOT, 'apps/server/src/main.ts'),
        [],
        {
          NODE_ENV: 'development',
          PORT: '0',
          HOST: '127.0.0.1',
          LOG_LEVEL: 'warn',
          SEED_DEMO: 'false',
          DATABASE_URL: copy.url,
          WORKERS: '1',
          // Many connections on one session measure cost, not one user.
          RATE_LIMIT_PER_SESSION: '0',
          NODE_OPTIONS: `--import ${pathToFileURL(HOOK).href}`,
          CPU_PROFILE: join(profiles, 'server.cpuprofile'),
          ...(values.alloc ? { HEAP_PROFILE: join(profiles, 'server.heapprofile') } : {}),
        },
        /Rygforløb kører på (http:\/\/[^\s]+)/,
        120_000,
        // The server's V8 flags, then any given here (the later one wins).
        [...SERVER_NODE_FLAGS, ...(values['node-options'] ?? '').split(/\s+/).filter(Boolean)],
      );
      try {
        const api = new TrpcHttp(server.url);
        await api.login(GP_USER, 'rygforlob-demo');
        const next =
          values.read === 'worklist'
            ? () => ({ path: queryUrl('', 'worklist.mine', { filter: 'all' }) })
            : (i: number) => ({
                path: queryUrl('', 'pathway.get', { pathwayId: pathways[i % pathways.length] }),
              });
        const options = {
          connections: Number(values.connections),
          headers: { cookie: api.cookieHeader },
          next,
        };
        const target = { url: server.url, pid: server.child.pid, dbPid: cluster.pid };
        await cannon('warm-up', target, { ...options, seconds: 2 });
        server.child.kill('SIGUSR2');
        const m = await cannon(values.read ?? 'pathway', target, {
          ...options,
          seconds: Number(values.duration),
        });
        log(
          `${m.name}: ${m.rps.toFixed(0)} req/s, p50 ${m.p50} ms, p99 ${m.p99} ms, server CPU ${m.cpuPerRequest?.toFixed(2)} ms/req, PG ${m.dbCpuPerRequest?.toFixed(2)} ms/req (under the profiler), errors ${m.errors}`,
        );
      } finally {
        await server.stop();
      }
    } finally {
      await copy.drop();
    }
  } finally {
    cluster.stop();
  }
  const file = readdirSync(profiles).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written in ${profiles}`);
  const path = join(profiles, file);
  const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;
  const lines = [`profile: ${path}`, ...summarise(profile, Number(values.top))];
  if (values.alloc) {
    const heap = JSON.parse(readFileSync(join(profiles, 'server.heapprofile'), 'utf8')) as { head: HeapNode };
    lines.push(...summariseHeap(heap.head, Number(values.top)));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `profile failed: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
  );
  process.exitCode = 1;
});
