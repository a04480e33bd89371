import { loadPathway, rebuildProjections, schema, upsertOrganisation } from '@rygforlob/db';
import type { PathwayEvent } from '@rygforlob/domain';
import { party, TEST_CITIZENS, triageInput, VIEWERS } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, NOW, type Outcome, outcomeOf, type TestApi } from './pathway.fixtures.ts';
import type { PathwayView } from './pathway-access.ts';
import { testApi } from './testing.ts';

/**
 * Two users (or two tabs) write to one pathway at the same moment. The store appends at the
 * version the decision was made on, so one of them gets CONFLICT ("reload and try again"), or
 * both succeed when the second was decided on the newer state; never a lost, duplicated or
 * half-written fact.
 */

let api: TestApi;
let pathwayId: string;
const gp = () => api.as(VIEWERS.gp);

beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  const person = TEST_CITIZENS[14];
  if (!person) throw new Error('no test citizen 14');
  const { citizen } = await gp().citizen.register({
    cpr: person.cpr,
    name: person.name,
    municipality: person.municipality,
  });
  pathwayId = (
    await gp().pathway.open({
      citizenId: citizen.id,
      scope: { painRegions: ['lumbar'], affectsDailyLife: true },
      consentToCoordinator: true,
    })
  ).pathwayId;
  await gp().triage.record({ pathwayId, input: triageInput() });
}, 60_000);
afterAll(() => api?.close());

/** One write in a race: what it sends, and how to find the facts it appends by their own id. */
interface Write {
  label: string;
  run: (expectedVersion: number | undefined) => Promise<{ view: PathwayView }>;
  /** Finds this write's facts among the stored events (each has an id of its own). */
  mine: (event: PathwayEvent) => boolean;
  /** How many events the write appends. */
  size: number;
}

const consent = (id: string): Write => ({
  label: `consent.give ${id}`,
  run: (expectedVersion) =>
    gp().consent.give({
      pathwayId,
      expectedVersion,
      consentId: id,
      recipient: party(VIEWERS.specialist),
      purpose: 'treatment',
    }),
  mine: (e) => e.type === 'consentGiven' && e.consentId === id,
  size: 1,
});
const note = (id: string): Write => ({
  label: `note.send ${id}`,
  run: (expectedVersion) =>
    gp().note.send({
      pathwayId,
      expectedVersion,
      noteId: id,
      kind: 'information',
      to: [party(VIEWERS.gp)],
      content: { text: `Note ${id}` },
    }),
  mine: (e) => e.type === 'noteSent' && e.noteId === id,
  size: 1,
});
const prescription = (id: string): Write => ({
  label: `plan.prescribe ${id}`,
  run: (expectedVersion) =>
    gp().plan.prescribe({
      pathwayId,
      expectedVersion,
      prescriptionId: id,
      drug: 'Paracetamol',
      painCourse: 'episodic',
      discontinuationPlan: 'Stop efter 2 uger',
    }),
  mine: (e) => e.type === 'medicationPrescribed' && e.prescriptionId === id,
  size: 1,
});
/**
 * Two facts in one write: the consent and the referral. Its addressee is a practice of the
 * directory (RECIPIENT-ACTOR), registered before the race starts.
 */
const referral = (id: string): Write => {
  const registered = upsertOrganisation(api.database.db, {
    id: `org-physio-${id}`,
    name: `Fysioterapi ${id}`,
    actor: 'physio',
  });
  return {
    label: `referral.send ${id}`,
    run: async (expectedVersion) => {
      await registered;
      return gp().referral.send({
        pathwayId,
        expectedVersion,
        referralId: id,
        kind: 'physio',
        to: { actor: 'physio', organisationId: `org-physio-${id}` },
        content: { reason: 'Træning', clinicalInformation: 'Lændesmerter' },
        recordConsent: 'treatment',
      });
    },
    mine: (e) =>
      (e.type === 'referralSent' && e.referralId === id) ||
      (e.type === 'consentGiven' && e.recipient.organisationId === `org-physio-${id}`),
    size: 2,
  };
};

const version = async () => (await gp().pathway.get({ pathwayId })).version;

/** Runs the writes at once; returns each one's outcome beside it. */
async function race(writes: Write[], expectedVersion: number | undefined): Promise<[Write, Outcome][]> {
  const outcomes = await Promise.all(writes.map((w) => outcomeOf(w.run(expectedVersion))));
  return writes.map((w, i) => [w, outcomes[i] as Outcome]);
}

/** The invariants after any race: a gap-free, duplicate-free history holding exactly the successful writes. */
async function expectIntact(results: [Write, Outcome][]) {
  const loaded = await loadPathway(api.database.db, pathwayId);
  if (!loaded) throw new Error('the pathway is gone');
  const { events, pathway } = loaded;
  expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  expect(pathway.version).toBe(events.length);
  expect(await version()).toBe(events.length);

  for (const [write, outcome] of results) {
    const stored = events.filter(write.mine);
    if (outcome.ok) {
      // present exactly once, at the seqs the caller was told, and as the caller was told
      expect(stored, write.label).toHaveLength(write.size);
      const view = (outcome.value as { view: PathwayView }).view;
      const told = view.entries.flatMap((e) =>
        e.visibility === 'full' && write.mine(e.event) ? [e.event] : [],
      );
      expect(told, write.label).toEqual(stored);
      expect(Math.max(...stored.map((e) => e.seq)), write.label).toBeLessThanOrEqual(view.version);
    } else {
      expect(codeOf(outcome), write.label).toBe('CONFLICT');
      expect(stored, `${write.label} was refused but left facts behind`).toEqual([]);
    }
  }

  // the projections were written with the append, not by a loser: a rebuild changes nothing
  const projected = async () => {
    const rows = await api.database.db.select().from(schema.worklist);
    const clocks = await api.database.db.select().from(schema.openClocks);
    const ours = <T extends { pathwayId: string }>(list: T[]) =>
      list.filter((r) => r.pathwayId === pathwayId);
    return JSON.stringify(
      [ours(rows), ours(clocks)].map((list) => list.map((r) => JSON.stringify(r)).sort()),
    );
  };
  const before = await projected();
  await rebuildProjections(api.database.db, pathwayId);
  expect(await projected()).toBe(before);
  const worklistRow = (await gp().worklist.mine()).rows.find((row) => row.pathwayId === pathwayId);
  expect(worklistRow?.lastEventAt).toBeDefined();
}

describe('CONFLICT: racing appends on one pathway never lose or duplicate a fact', () => {
  it('CONFLICT: two different commands at the same expectedVersion: one succeeds, the other is told to reload', async () => {
    const pairs: [Write, Write][] = [
      [consent('race-c1'), note('race-n1')],
      [note('race-n2'), prescription('race-p2')],
      [referral('race-r3'), consent('race-c3')],
      [prescription('race-p4'), referral('race-r4')],
      [referral('race-r5a'), referral('race-r5b')],
    ];
    for (const pair of pairs) {
      const at = await version();
      const results = await race(pair, at);
      const codes = results.map(([, o]) => codeOf(o)).sort();
      expect(codes, pair.map((w) => w.label).join(' vs ')).toEqual(['CONFLICT', 'OK']);
      const winner = results.find(([, o]) => o.ok);
      expect(await version()).toBe(at + (winner?.[0].size ?? 0));
      await expectIntact(results);
    }
  });

  it('CONFLICT: without expectedVersion, either the second write was decided on the newer state or it gets CONFLICT', async () => {
    const pairs: [Write, Write][] = [
      [consent('free-c1'), note('free-n1')],
      [referral('free-r2'), prescription('free-p2')],
      [referral('free-r3a'), referral('free-r3b')],
      [note('free-n4'), note('free-n4b')],
    ];
    for (const pair of pairs) {
      const at = await version();
      const results = await race(pair, undefined);
      for (const [write, outcome] of results)
        expect(['OK', 'CONFLICT'], write.label).toContain(codeOf(outcome));
      const won = results.filter(([, o]) => o.ok);
      expect(won.length, pair.map((w) => w.label).join(' vs ')).toBeGreaterThan(0);
      if (won.length === 2) {
        // decided on the newer state: the two views are at different versions, the later one shows both
        const views = won
          .map(([, o]) => (o as { value: { view: PathwayView } }).value.view)
          .sort((a, b) => a.version - b.version);
        expect(views[0]?.version).not.toBe(views[1]?.version);
      }
      expect(await version()).toBe(at + won.reduce((n, [w]) => n + w.size, 0));
      await expectIntact(results);
    }
  });

  it('CONFLICT: five writers at once, with and without expectedVersion: the history stays gap-free and each winner is in it once', async () => {
    const at = await version();
    const fixed = await race(
      [consent('five-c1'), note('five-n1'), prescription('five-p1'), referral('five-r1'), note('five-n2')],
      at,
    );
    expect(fixed.filter(([, o]) => o.ok)).toHaveLength(1);
    await expectIntact(fixed);
    const free = await race(
      [consent('five-c2'), note('five-n3'), prescription('five-p2'), referral('five-r2'), note('five-n4')],
      undefined,
    );
    expect(free.filter(([, o]) => o.ok).length).toBeGreaterThan(0);
    await expectIntact([...fixed, ...free]);
  });

  it('a stale expectedVersion is CONFLICT and writes nothing, also when the command itself is valid', async () => {
    const at = await version();
    const stale = await outcomeOf(consent('stale-c1').run(at - 1));
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((stale as { error: Error }).error.message).toContain(`version ${at}`);
    expect(await version()).toBe(at);
    await expectIntact([[consent('stale-c1'), stale]]);
  });
});
