/**
 * Issue 9, "must be shown": during a 2,000-request burst and an anonymous nested-body attack,
 * `/health` and a signed-in user's `pathway.get` still answer within 1 s. Bounded and on loopback:
 * the real server as a child process (on-disk PGlite, default limits) with one GP and one planned
 * pathway; the
 * burst and the attack come from other loopback addresses (127.0.0.2, 127.0.0.3) than the user
 * (127.0.0.1), as they would from other machines. Figures are printed and written to
 * tests/artifacts/edge-burst.json.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { hashPassword } from '@rygforlob/api';
import { createDatabase, createUser, upsertOrganisation } from '@rygforlob/db';
import { VIEWERS } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plannedPathway } from '../../packages/db/src/testing/fixtures.ts';
import { type ServerProcess, startServer } from '../crash/server-process.ts';
import { TrpcHttp } from '../crash/trpc-http.ts';
import { type Answer, from, send, summary } from './http.ts';

const PASSWORD = 'kant-belastning-prøve';
const BURST = 2_000;
const BURST_CONCURRENCY = 50;
const ATTACKS = 20;
const ARTIFACT = fileURLToPath(new URL('../artifacts/edge-burst.json', import.meta.url));
const FLOOD = fileURLToPath(new URL('./flood.ts', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const run = promisify(execFile);

let server: ServerProcess;
let dataDir: string;
const user = { cookie: '', pathwayId: '' };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rygforlob-edge-'));
  // The GP of the fixtures, with a password, and a planned pathway they coordinate.
  const database = await createDatabase({ driver: 'pglite', dataDir });
  const { organisationId, userId } = VIEWERS.gp;
  await upsertOrganisation(database.db, { id: organisationId, name: 'Lægehuset Prøvevej', actor: 'gp' });
  await createUser(database.db, {
    id: userId,
    organisationId,
    actor: 'gp',
    displayName: 'Læge Prøve',
    username: 'laege.edge',
    passwordHash: await hashPassword(PASSWORD),
  });
  const { pathway } = await plannedPathway(database.db);
  await database.close();
  user.pathwayId = pathway.id;

  server = await startServer({ dataDir, seedDemo: false, logLevel: 'warn' }, 300_000);
  const gp = new TrpcHttp(server.url);
  await gp.login('laege.edge', PASSWORD);
  user.cookie = gp.cookieHeader;
}, 300_000);

afterAll(async () => {
  await server?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the edge under a burst and an attack (issue 9)', () => {
  it('/health and a signed-in pathway.get answer within 1 s during a 2,000-request burst and a nested-body attack', async () => {
    const base = new URL(server.url);
    const at = (path: string) => new URL(path, base);
    const pathwayGet = at(
      `/trpc/pathway.get?input=${encodeURIComponent(JSON.stringify({ pathwayId: user.pathwayId }))}`,
    );
    const userAgent = from('127.0.0.1', 2);
    let running = true;
    const probes: { health: Answer[]; pathway: Answer[] } = { health: [], pathway: [] };
    const probing = (async () => {
      while (running) {
        const [health, pathway] = await Promise.all([
          send(userAgent, at('/health')),
          send(userAgent, pathwayGet, { cookie: user.cookie }),
        ]);
        probes.health.push(health);
        probes.pathway.push(pathway);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    // The flood in a process of its own: its work must not slow this one's clock.
    const flood = await run(
      process.execPath,
      ['--import', TSX_LOADER, FLOOD, server.url, String(BURST), String(BURST_CONCURRENCY), String(ATTACKS)],
      { maxBuffer: 1024 * 1024 },
    );
    running = false;
    await probing;
    userAgent.destroy();

    const flooded = JSON.parse(flood.stdout) as {
      burst: ReturnType<typeof summary>;
      nestedBodyAttack: ReturnType<typeof summary>;
    };
    const figures = { ...flooded, health: summary(probes.health), pathwayGet: summary(probes.pathway) };
    process.stdout.write(`edge burst figures: ${JSON.stringify(figures, null, 2)}\n`);
    mkdirSync(join(ARTIFACT, '..'), { recursive: true });
    writeFileSync(ARTIFACT, `${JSON.stringify(figures, null, 2)}\n`);

    expect(figures.burst.requests).toBe(BURST);
    expect(figures.nestedBodyAttack.statuses).toEqual({ 400: ATTACKS });
    expect(probes.health.length).toBeGreaterThan(3);
    expect(probes.health.every((a) => a.status === 200 && a.ms < 1_000)).toBe(true);
    expect(probes.pathway.every((a) => a.status === 200 && a.ms < 1_000)).toBe(true);
  }, 300_000);
});
