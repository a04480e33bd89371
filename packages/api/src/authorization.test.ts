import { ACTORS_FOR, decide, registerRefusal, type Viewer } from '@rygforlob/domain';
import { party, TEST_CITIZENS, VIEWERS } from '@rygforlob/domain/testing';
import type { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildOwnerPathway,
  CITIZEN_MARKS,
  callPath,
  codeOf,
  eventsOf,
  formatted,
  leaksIn,
  NOW,
  type Outcome,
  OWNER,
  type OwnerPathway,
  outcomeOf,
  PROCEDURES,
  type Sample,
  SECRET,
  STRANGERS,
  samples,
  shown,
  stateOf,
  type TestApi,
} from './pathway.fixtures.ts';
import { testApi } from './testing.ts';

/**
 * The authorization matrix: every procedure × every actor (a signed-in user of an organisation
 * that has nothing to do with the pathway, and an anonymous caller), aimed at a rich pathway
 * between other organisations. A stranger learns nothing: NOT_FOUND as for no pathway, lists
 * without it, and no name, CPR number or content anywhere in what comes back.
 */

let api: TestApi;
let owner: OwnerPathway;
let table: Record<string, Sample>;
let eventsBefore: string;

beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  owner = await buildOwnerPathway(api);
  table = samples(owner);
  // The strangers have pathways of their own, so their lists are not trivially empty.
  const gp = api.as(VIEWERS.gp);
  const person = TEST_CITIZENS.find((c) => c.name === 'Erik Opdigtgaard');
  if (!person) throw new Error('test citizen Erik Opdigtgaard is gone');
  const { citizen } = await gp.citizen.register({
    cpr: person.cpr,
    name: person.name,
    municipality: person.municipality,
  });
  const own = await gp.pathway.open({
    citizenId: citizen.id,
    scope: { painRegions: ['lumbar'], affectsDailyLife: true },
    consentToCoordinator: true,
  });
  const content = { reason: 'Egen henvisning', clinicalInformation: 'Egen klinik' };
  await gp.referral.send({
    pathwayId: own.pathwayId,
    referralId: 'own-physio',
    kind: 'physio',
    to: party(VIEWERS.physio),
    content,
    recordConsent: 'treatment',
  });
  await gp.referral.send({
    pathwayId: own.pathwayId,
    referralId: 'own-lae165',
    kind: 'jobcentre-lae165',
    to: party(VIEWERS.jobcentre),
    content: { proposal: 'Forslag', workSituation: 'Kontor', healthInformation: 'Lænd' },
    recordConsent: 'employment',
  });
  eventsBefore = JSON.stringify(await eventsOf(api.database, owner.pathwayId));
}, 60_000);
afterAll(() => api?.close());

const callers = (): [string, Viewer | null][] => [...STRANGERS, ['anonymous', null]];
/** A refusal's rule codes (BAD_REQUEST), as the client gets them. */
const rulesOf = (outcome: Outcome, path: string, input: unknown) => {
  expect(codeOf(outcome), path).toBe('BAD_REQUEST');
  return formatted((outcome as { error: TRPCError }).error, path, input).data.violations?.map((v) => v.rule);
};
const callerFor = (viewer: Viewer | null) => (viewer ? api.as(viewer) : api.anonymous());

/** A list's rows: an array, or a page's `rows` (worklist.mine). */
const listRows = (value: unknown): { pathwayId: string }[] =>
  Array.isArray(value) ? value : (value as { rows: { pathwayId: string }[] }).rows;

describe('the matrix covers the whole API', () => {
  it('every procedure of appRouter has a sample input aimed at the pathway, and every sample names a procedure', () => {
    expect(PROCEDURES.length).toBeGreaterThan(40);
    expect(PROCEDURES.filter((path) => !(path in table))).toEqual([]);
    expect(Object.keys(table).filter((path) => !PROCEDURES.includes(path))).toEqual([]);
  });

  it('every command sample is one the domain would accept from its owner-side author (the strangers fail for who they are, not for the input)', async () => {
    const state = await stateOf(api.database, owner.pathwayId);
    const refused = Object.entries(table).flatMap(([path, sample]) => {
      if (!sample.command) return [];
      const { pathwayId: _p, ...fields } = sample.input as Record<string, unknown>;
      const decision = decide(
        state,
        { type: sample.command, ...fields },
        OWNER[sample.by],
        NOW.toISOString(),
      );
      return decision.ok ? [] : [{ path, violations: decision.violations }];
    });
    expect(refused).toEqual([]);
  });

  it("the leak search finds what it looks for: the coordinator's own view holds the name, the CPR number and the content", async () => {
    const view = await api.as(OWNER.gp).pathway.get({ pathwayId: owner.pathwayId });
    const text = JSON.stringify(view);
    expect(leaksIn(text, [SECRET])).toEqual([SECRET]);
    // stored without hyphen; the name in full
    expect(leaksIn(text, CITIZEN_MARKS)).toEqual(
      expect.arrayContaining([CITIZEN_MARKS[0], CITIZEN_MARKS[3]]),
    );
    expect(leaksIn(JSON.stringify({ cpr: CITIZEN_MARKS[2] }), CITIZEN_MARKS)).toContain(CITIZEN_MARKS[2]);
  });

  it('every read sample works for its owner-side user, and each list holds the pathway for someone on the owner side', async () => {
    for (const [path, sample] of Object.entries(table)) {
      if (!sample.read) continue;
      const outcome = await outcomeOf(callPath(api.as(OWNER[sample.by]), path, sample.input));
      expect(codeOf(outcome), path).toBe('OK');
      if (sample.stranger === 'list') {
        const holders = [];
        for (const viewer of Object.values(OWNER)) {
          const rows = listRows(await callPath(api.as(viewer), path, sample.input));
          if (rows.some((row) => row.pathwayId === owner.pathwayId)) holders.push(viewer.organisationId);
        }
        expect(holders.length, `${path}: no owner-side organisation lists the pathway`).toBeGreaterThan(0);
      }
    }
  });
});

describe('UNAUTHORIZED and NOT_FOUND: a stranger to the pathway learns nothing of it', () => {
  it.each(PROCEDURES)('%s', async (path) => {
    const sample = table[path];
    if (!sample) throw new Error(`no sample input for ${path}: add one to samples() in pathway.fixtures.ts`);
    for (const [who, viewer] of callers()) {
      const outcome = await outcomeOf(callPath(callerFor(viewer), path, sample.input));
      const label = `${path} as ${who}`;
      const code = codeOf(outcome);
      const text = shown(outcome, path, sample.input);
      expect(code, label).not.toMatch(/^THROWN/);

      // nothing of the pathway's content, whoever asks
      expect(leaksIn(text, [SECRET]), label).toEqual([]);

      if (!viewer) {
        if (path === 'auth.me') expect(outcome, label).toEqual({ ok: true, value: null });
        else if (path === 'me.session')
          expect(outcome, label).toEqual({ ok: true, value: { signedIn: false } });
        // Sign-in guesses past the address's free attempts: TOO_MANY_REQUESTS (issue 9).
        else if (path === 'auth.login') expect(['UNAUTHORIZED', 'TOO_MANY_REQUESTS'], label).toContain(code);
        else expect(code, label).toBe('UNAUTHORIZED');
        expect(leaksIn(text, CITIZEN_MARKS), label).toEqual([]);
        continue;
      }

      switch (sample.stranger) {
        case 'not-found':
          expect(code, label).toBe('NOT_FOUND');
          expect(leaksIn(text, CITIZEN_MARKS), label).toEqual([]);
          break;
        case 'list': {
          expect(code, label).toBe('OK');
          const rows = listRows((outcome as { value: unknown }).value);
          expect(
            rows.map((row) => row.pathwayId),
            label,
          ).not.toContain(owner.pathwayId);
          expect(leaksIn(text, CITIZEN_MARKS), label).toEqual([]);
          break;
        }
        case 'lookup': {
          // REGISTER-ACTOR: a municipal actor registers no citizen; refused before any lookup.
          if (path === 'citizen.register' && registerRefusal(viewer.actor)) {
            expect(rulesOf(outcome, path, sample.input), label).toEqual(['REGISTER-ACTOR']);
            expect(leaksIn(text, CITIZEN_MARKS), label).toEqual([]);
            break;
          }
          // The citizen register answers anyone who knows the CPR number; of the pathway only that it exists.
          expect(code, label).toBe('OK');
          const { pathways } = outcome.ok
            ? (outcome.value as { pathways?: unknown[] })
            : { pathways: undefined };
          if (pathways)
            expect(pathways, label).toEqual([
              { id: owner.pathwayId, status: 'open', related: false, openedAt: expect.any(String) },
            ]);
          break;
        }
        case 'already-open': {
          // An actor that may not open a pathway is told so before the citizen is looked up.
          const opener = ACTORS_FOR.pathwayOpened?.includes(viewer.actor);
          expect(rulesOf(outcome, path, sample.input), label).toEqual([
            opener ? 'PATHWAY-STATE' : 'ACTOR-PERMISSION',
          ]);
          expect(leaksIn(text, CITIZEN_MARKS), label).toEqual([]);
          break;
        }
        case 'own':
          expect(code, label).toBe('OK');
          expect(leaksIn(text, CITIZEN_MARKS), label).toEqual([]);
          break;
        case 'wrong-password':
          // Past the free attempts of one address (issue 9) the answer is TOO_MANY_REQUESTS,
          // before any password is checked; either way nothing is told.
          expect(['UNAUTHORIZED', 'TOO_MANY_REQUESTS'], label).toContain(code);
          expect(leaksIn(text, CITIZEN_MARKS), label).toEqual([]);
          break;
        case 'citizen-only':
          // A staff session is nobody's citizen session: Min side answers as to no one signed in.
          if (path === 'me.session') expect(outcome, label).toEqual({ ok: true, value: { signedIn: false } });
          else expect(code, label).toBe('UNAUTHORIZED');
          expect(leaksIn(text, CITIZEN_MARKS), label).toEqual([]);
          break;
      }
    }
  });

  it('citizen.findByCpr (with or without hyphen) shows the pathway to a stranger as { related: false } and nothing of its content', async () => {
    for (const [who, viewer] of STRANGERS) {
      for (const cpr of [CITIZEN_MARKS[2], CITIZEN_MARKS[3]]) {
        const found = await api.as(viewer).citizen.findByCpr({ cpr: cpr as string });
        expect(found.pathways, who).toEqual([
          { id: owner.pathwayId, status: 'open', related: false, openedAt: expect.any(String) },
        ]);
        expect(Object.keys(found.pathways[0] ?? {}).sort(), who).toEqual([
          'id',
          'openedAt',
          'related',
          'status',
        ]);
        expect(JSON.stringify(found), who).not.toContain(SECRET);
      }
    }
    // the coordinator sees the same pathway as related
    const mine = await api.as(OWNER.gp).citizen.findByCpr({ cpr: CITIZEN_MARKS[2] as string });
    expect(mine.pathways.map((p) => p.related)).toEqual([true]);
  });

  it("no write got through: the pathway's events are exactly as before", async () => {
    expect(JSON.stringify(await eventsOf(api.database, owner.pathwayId))).toBe(eventsBefore);
  });

  it("the citizen's access log names every stranger organisation that tried, as denied", async () => {
    const log = await api.as(OWNER.gp).audit.forCitizen({ citizenId: owner.citizenId });
    const denied = new Set(log.filter((row) => row.outcome === 'denied').map((row) => row.organisationId));
    expect(STRANGERS.map(([, v]) => v.organisationId).filter((org) => !denied.has(org))).toEqual([]);
  });
});

describe('a stranger with the pathway id still gets NOT_FOUND when the command itself would be refused', () => {
  it('ACTOR-PERMISSION or PATHWAY-STATE are not told to a stranger: a command its actor may never send is NOT_FOUND too', async () => {
    // The physiotherapist may not close a pathway nor register sick leave: for a stranger that
    // refusal would tell that the pathway exists; it must look like no pathway at all.
    const physio = api.as(VIEWERS.physio);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const pathwayId of [owner.pathwayId, missing]) {
      const closed = await outcomeOf(physio.plan.close({ pathwayId, reason: 'x' }));
      const sick = await outcomeOf(
        physio.jobcentre.registerSickLeave({
          pathwayId,
          start: '2026-09-01',
          extent: 'full',
          expectedWeeks: 2,
        }),
      );
      expect([codeOf(closed), codeOf(sick)], pathwayId).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      expect((closed as { error: TRPCError }).error.message).toBe('pathway not found');
    }
  });
});
