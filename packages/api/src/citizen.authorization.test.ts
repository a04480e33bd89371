import { listAuditForCitizen } from '@rygforlob/db';
import { TEST_CITIZENS, VIEWERS } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './index.ts';
import {
  buildOwnerPathway,
  CITIZEN_MARKS,
  callPath,
  codeOf,
  NOW,
  OWNER,
  type OwnerPathway,
  outcomeOf,
  PROCEDURES,
  SECRET,
  samples,
  shown,
  type TestApi,
} from './pathway.fixtures.ts';
import { testApi } from './testing.ts';
import { createContextInner } from './trpc.ts';

/**
 * Min side's authorization matrix (issue 12): the citizen actor. A citizen sees their own
 * pathway and their own access log, never another citizen's; a citizen session opens none of the
 * staff procedures; every citizen procedure is audit-logged.
 */

let api: TestApi;
let owner: OwnerPathway;
let otherCitizenId: string;
let otherPathwayId: string;

/** The whole API as a citizen signed in to Min side (no staff session). */
const citizenCaller = (citizenId: string) =>
  createCaller(createContextInner({ database: api.database, citizen: { citizenId }, now: () => NOW }));
const asCitizen = (citizenId: string) => citizenCaller(citizenId).me;

beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  owner = await buildOwnerPathway(api);
  const gp = api.as(VIEWERS.gp);
  const person = TEST_CITIZENS.find((c) => c.name === 'Erik Opdigtgaard');
  if (!person) throw new Error('test citizen Erik Opdigtgaard is gone');
  const { citizen } = await gp.citizen.register({
    cpr: person.cpr,
    name: person.name,
    municipality: person.municipality,
  });
  otherCitizenId = citizen.id;
  const opened = await gp.pathway.open({
    citizenId: citizen.id,
    scope: { painRegions: ['lumbar'], affectsDailyLife: true },
    consentToCoordinator: true,
  });
  otherPathwayId = opened.pathwayId;
}, 60_000);
afterAll(() => api?.close());

describe('the citizen sees their own pathway', () => {
  it('me.pathways and me.pathway give the citizen their own pathway with its content', async () => {
    const me = asCitizen(owner.citizenId);
    expect((await me.session()).signedIn).toBe(true);
    const pathways = await me.pathways();
    expect(pathways.map((p) => p.pathwayId)).toEqual([owner.pathwayId]);
    const view = await me.pathway({ pathwayId: owner.pathwayId });
    expect(view.entries.length).toBeGreaterThan(5);
    expect(JSON.stringify(view)).toContain(SECRET);
    expect(view.organisations.map((o) => o.id)).toContain(OWNER.gp.organisationId);
  });
});

describe("never another citizen's data", () => {
  it("another citizen's pathway is NOT_FOUND, the same as no pathway, and shows nothing of it", async () => {
    const stranger = asCitizen(otherCitizenId);
    for (const pathwayId of [owner.pathwayId, '00000000-0000-4000-8000-000000000000']) {
      const outcome = await outcomeOf(stranger.pathway({ pathwayId }));
      expect(codeOf(outcome), pathwayId).toBe('NOT_FOUND');
      const text = shown(outcome, 'me.pathway', { pathwayId });
      expect(text).not.toContain(SECRET);
      expect(CITIZEN_MARKS.filter((m) => m && text.includes(m))).toEqual([]);
    }
    expect((await stranger.pathways()).map((p) => p.pathwayId)).toEqual([otherPathwayId]);
  });

  it("another citizen's access log is never in mine: every row names me", async () => {
    await asCitizen(owner.citizenId).pathway({ pathwayId: owner.pathwayId });
    const log = await asCitizen(otherCitizenId).accessLog({ who: 'all', kind: 'all' });
    const text = JSON.stringify(log);
    expect(CITIZEN_MARKS.filter((m) => m && text.includes(m))).toEqual([]);
    const mine = new Set((await listAuditForCitizen(api.database.db, otherCitizenId)).map((r) => r.id));
    const owners = (await listAuditForCitizen(api.database.db, owner.citizenId)).map((r) => r.id);
    expect(log.entries.filter((e) => !mine.has(e.id))).toEqual([]);
    expect(log.entries.filter((e) => owners.includes(e.id))).toEqual([]);
    expect(owners.length).toBeGreaterThan(0);
  });

  it('a citizen session opens none of the staff procedures (UNAUTHORIZED), whatever the input', async () => {
    const table = samples(owner);
    const citizen = citizenCaller(owner.citizenId);
    for (const path of PROCEDURES.filter((p) => !p.startsWith('me.'))) {
      const outcome = await outcomeOf(callPath(citizen, path, table[path]?.input));
      if (path === 'auth.me') expect(outcome, path).toEqual({ ok: true, value: null });
      else expect(codeOf(outcome), path).toBe('UNAUTHORIZED');
    }
  });

  it('with no session at all, Min side answers "not signed in" and nothing else', async () => {
    const nobody = api.anonymous();
    expect(await nobody.me.session()).toEqual({ signedIn: false });
    expect(codeOf(await outcomeOf(nobody.me.pathways()))).toBe('UNAUTHORIZED');
    expect(codeOf(await outcomeOf(nobody.me.accessLog({ who: 'all', kind: 'all' })))).toBe('UNAUTHORIZED');
  });
});

describe('who looked at my data (the access log)', () => {
  it("shows the GP's read with the reason (coordinator), my own reads as mine, and list views that showed me", async () => {
    await api.as(OWNER.gp).pathway.get({ pathwayId: owner.pathwayId });
    await api.as(OWNER.gp).worklist.mine({});
    const me = asCitizen(owner.citizenId);
    await me.pathway({ pathwayId: owner.pathwayId });
    const { entries, organisations } = await me.accessLog({ who: 'all', kind: 'all' });
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a)); // newest first
    const gpRead = entries.find(
      (e) => e.organisationId === OWNER.gp.organisationId && e.action === 'pathway.get',
    );
    expect(gpRead).toMatchObject({ who: 'organisation', kind: 'read', reason: 'coordinator', outcome: 'ok' });
    expect(entries.some((e) => e.kind === 'list' && e.organisationId === OWNER.gp.organisationId)).toBe(true);
    expect(entries.some((e) => e.kind === 'write' && e.reason === 'consent')).toBe(true);
    expect(entries.some((e) => e.who === 'self' && e.action === 'me.pathway')).toBe(true);
    expect(organisations.map((o) => o.id)).toContain(OWNER.gp.organisationId);

    const others = await me.accessLog({ who: 'others', kind: 'read' });
    expect(others.entries.every((e) => e.who !== 'self' && e.kind === 'read')).toBe(true);
    expect(others.entries.length).toBeGreaterThan(0);
    const gpOnly = await me.accessLog({ who: 'all', kind: 'all', organisationId: OWNER.gp.organisationId });
    expect(gpOnly.entries.every((e) => e.organisationId === OWNER.gp.organisationId)).toBe(true);
  });

  it("a stranger's single read stays findable under any number of later reads: the log pages back to the first entry", async () => {
    const stranger = await api.as(OWNER.physio).pathway.get({ pathwayId: owner.pathwayId });
    expect(stranger.pathwayId).toBe(owner.pathwayId);
    // More than a page of reads by the GP after it.
    for (let i = 0; i < 220; i++) await api.as(OWNER.gp).pathway.get({ pathwayId: owner.pathwayId });
    const me = asCitizen(owner.citizenId);
    const seen: number[] = [];
    let cursor: number | undefined;
    let pages = 0;
    do {
      const page = await me.accessLog({ who: 'others', kind: 'read', ...(cursor ? { cursor } : {}) });
      expect(page.entries.length).toBeLessThanOrEqual(200);
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.older ?? undefined;
      pages += 1;
    } while (cursor && pages < 10);
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length); // each entry once
    expect(seen).toEqual([...seen].sort((a, b) => b - a)); // newest first across pages
    const all = await listAuditForCitizen(api.database.db, owner.citizenId);
    const physioReads = all.filter(
      (r) => r.organisationId === OWNER.physio.organisationId && r.action === 'pathway.get',
    );
    expect(physioReads.length).toBeGreaterThan(0);
    for (const row of physioReads) expect(seen).toContain(row.id);
  });

  it('every citizen procedure writes an audit row naming the citizen, refusals too', async () => {
    const me = asCitizen(owner.citizenId);
    const count = async () => (await listAuditForCitizen(api.database.db, owner.citizenId)).length;
    for (const call of [
      () => me.session(),
      () => me.pathways(),
      () => me.pathway({ pathwayId: owner.pathwayId }),
      () => me.accessLog({ who: 'all', kind: 'all' }),
    ]) {
      const before = await count();
      await call();
      expect(await count()).toBe(before + 1);
    }
    // A refusal is written under the asking citizen, never under the pathway's owner.
    const strangerBefore = (await listAuditForCitizen(api.database.db, otherCitizenId)).length;
    const ownerBefore = await count();
    await outcomeOf(asCitizen(otherCitizenId).pathway({ pathwayId: owner.pathwayId }));
    const strangerRows = await listAuditForCitizen(api.database.db, otherCitizenId);
    expect(strangerRows.length).toBe(strangerBefore + 1);
    expect(strangerRows.at(-1)).toMatchObject({ action: 'me.pathway', outcome: 'denied' });
    expect(await count()).toBe(ownerBefore);
  });
});
