/**
 * Several server processes on one PostgreSQL (issue 11): two independent servers, and one server
 * of WORKERS=2 (Node cluster). The processes share nothing but the database, so a write through
 * one is read through the other at once, and two writers racing through different processes
 * cannot both append: one gets CONFLICT.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Provisioned, provisionPostgres } from '../crash/postgres.ts';
import { type ServerProcess, startServer } from '../crash/server-process.ts';
import { TrpcHttp } from '../crash/trpc-http.ts';

const DEMO_USER = 'laege.vejle';
const DEMO_PASSWORD = 'rygforlob-demo';
const GP = { actor: 'gp', organisationId: 'org-gp-vejle' } as const;

interface View {
  version: number;
  entries: Array<{ event?: { noteId?: string } }>;
}

const note = (pathwayId: string, expectedVersion: number, noteId: string) => ({
  pathwayId,
  expectedVersion,
  noteId,
  kind: 'information',
  to: [GP],
  content: { text: `Notat ${noteId}` },
});

async function firstPathway(api: TrpcHttp): Promise<string> {
  const page = await api.query<{ rows: { pathwayId: string; status: string; relation: string }[] }>(
    'worklist.mine',
    { filter: 'all' },
  );
  const row = page.data?.rows.find((r) => r.status === 'open' && r.relation === 'coordinator');
  if (!row) throw new Error(`no open pathway of the GP's: HTTP ${page.status}`);
  return row.pathwayId;
}

async function view(api: TrpcHttp, pathwayId: string): Promise<View> {
  const res = await api.query<View>('pathway.get', { pathwayId });
  if (!res.data) throw new Error(`pathway.get: HTTP ${res.status} ${JSON.stringify(res.error)}`);
  return res.data;
}

/** The pids of a process's worker children (main.ts; tsx's esbuild service is a child too). */
const workersOf = (pid: number): number[] =>
  execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line.includes('main.ts'))
    .map((line) => Number(line.trim().split(/\s+/)[0]))
    .filter((n) => n > 0);

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('several server processes on one PostgreSQL', () => {
  let postgres: Provisioned | undefined;
  const servers: ServerProcess[] = [];
  beforeAll(async () => {
    postgres = await provisionPostgres();
    if (!postgres.ok) throw new Error(`PostgreSQL unavailable: ${postgres.reason}`);
    // The first loads the demo data; the second starts on it.
    servers.push(await startServer({ databaseUrl: postgres.url, workers: 1 }));
    servers.push(await startServer({ databaseUrl: postgres.url, workers: 1, seedDemo: false }));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    if (postgres?.ok) await postgres.dispose();
  });

  it('read-your-write across processes: an append through one is read through the other at once', async () => {
    const [a, b] = [new TrpcHttp(servers[0]?.url ?? ''), new TrpcHttp(servers[1]?.url ?? '')];
    await a.login(DEMO_USER, DEMO_PASSWORD);
    // A session is a database row: the same cookie is good on every process.
    b.cookie = a.cookie;
    const pathwayId = await firstPathway(a);
    for (let i = 0; i < 5; i++) {
      const before = await view(b, pathwayId);
      const res = await a.mutation<{ view: View }>('note.send', note(pathwayId, before.version, `ryw-${i}`));
      expect(res.status, JSON.stringify(res.error)).toBe(200);
      const after = await view(b, pathwayId);
      expect(after.version).toBe(before.version + 1);
      expect(after.entries.some((e) => e.event?.noteId === `ryw-${i}`)).toBe(true);
    }
  });

  it('CONFLICT across processes: of two writers at the same version, through different processes, one wins', async () => {
    const [a, b] = [new TrpcHttp(servers[0]?.url ?? ''), new TrpcHttp(servers[1]?.url ?? '')];
    await a.login(DEMO_USER, DEMO_PASSWORD);
    b.cookie = a.cookie;
    const pathwayId = await firstPathway(a);
    for (let round = 0; round < 5; round++) {
      const { version } = await view(a, pathwayId);
      const results = await Promise.all([
        a.mutation('note.send', note(pathwayId, version, `race-a-${round}`)),
        b.mutation('note.send', note(pathwayId, version, `race-b-${round}`)),
      ]);
      const codes = results.map((r) => (r.status === 200 ? 'OK' : r.error?.data?.code)).sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      expect((await view(b, pathwayId)).version).toBe(version + 1);
    }
  });
});

describe('WORKERS=2: one server, two worker processes behind one port', () => {
  let postgres: Provisioned | undefined;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    postgres = await provisionPostgres();
    if (!postgres.ok) throw new Error(`PostgreSQL unavailable: ${postgres.reason}`);
    server = await startServer({ databaseUrl: postgres.url, workers: 2 });
  });
  afterAll(async () => {
    await server?.stop();
    if (postgres?.ok) await postgres.dispose();
  });

  it('starts two workers that both serve, and stops them all on SIGTERM', async () => {
    if (!server?.child.pid) throw new Error('no server');
    const pid = server.child.pid;
    // The second worker starts after the first is up (it loads the demo data alone).
    let workers: number[] = [];
    for (let i = 0; i < 100 && workers.length < 2; i++) {
      workers = workersOf(pid);
      if (workers.length < 2) await new Promise((r) => setTimeout(r, 200));
    }
    expect(workers).toHaveLength(2);
    const api = new TrpcHttp(server.url);
    await api.login(DEMO_USER, DEMO_PASSWORD);
    const pathwayId = await firstPathway(api);
    // Round robin over the workers: many reads in a row all answer, whichever process serves.
    const reads = await Promise.all(Array.from({ length: 20 }, () => view(api, pathwayId)));
    expect(new Set(reads.map((r) => r.version)).size).toBe(1);
    expect(await server.stop()).toBe(0);
    for (let i = 0; i < 50 && workers.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
    expect(workers.filter(alive)).toEqual([]);
  });
});
