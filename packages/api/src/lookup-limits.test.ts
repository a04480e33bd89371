import { listAuditForCitizen, schema } from '@rygforlob/db';
import { TEST_CITIZENS, VIEWERS } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, outcomeOf } from './pathway.fixtures.ts';
import { limitedCaller, testApi } from './testing.ts';

const allAudit = () => api.database.db.select().from(schema.auditLog);

type Api = Awaited<ReturnType<typeof testApi>>;
let api: Api;
beforeAll(async () => {
  api = await testApi();
}, 60_000);
afterAll(() => api?.close());

const ida = TEST_CITIZENS.find((c) => c.name === 'Ida Eksempelsen');
const karen = TEST_CITIZENS.find((c) => c.name === 'Karen Skabelongaard');

/** A caller signed in as `viewer` whose CPR lookups are limited to `free` per hour. */
const limitedAs = (viewer: (typeof VIEWERS)[keyof typeof VIEWERS], free: number) =>
  limitedCaller(api.database, viewer, free);

describe('CPR lookups (issue 9)', () => {
  it('CPR lookups are limited per user: past the limit TOO_MANY_REQUESTS, audited as refused, and nothing is told', async () => {
    if (!ida || !karen) throw new Error('fixtures');
    const caller = limitedAs(VIEWERS.physio, 3);
    for (let i = 0; i < 3; i++) await caller.citizen.findByCpr({ cpr: karen.cpr });
    const refused = await outcomeOf(caller.citizen.findByCpr({ cpr: ida.cpr }));
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(JSON.stringify(refused)).not.toContain(ida.name);
    const rows = (await allAudit()).filter((r) => r.userId === VIEWERS.physio.userId);
    expect(
      rows.filter((r) => r.action === 'citizen.find' && r.detail.reason === 'rate-limited'),
    ).toHaveLength(1);
    // Another user is not held up by this one's lookups.
    expect(codeOf(await outcomeOf(limitedAs(VIEWERS.gp, 3).citizen.findByCpr({ cpr: ida.cpr })))).toBe('OK');
  });

  it('a lookup is audited as one: who searched, found or not, and for a miss the birth date searched (never the number)', async () => {
    if (!ida) throw new Error('fixtures');
    const gp = api.as(VIEWERS.gp);
    const { citizen } = await gp.citizen.register({ cpr: ida.cpr, name: ida.name, municipality: 'Vejle' });
    await gp.citizen.findByCpr({ cpr: ida.cpr });
    const log = await listAuditForCitizen(api.database.db, citizen.id);
    expect(log.filter((r) => r.action === 'citizen.find')).toMatchObject([
      { userId: VIEWERS.gp.userId, outcome: 'ok', detail: { lookup: 'cpr' } },
    ]);
    // A valid CPR number of nobody registered (fictitious: fails modulus 11, born 1960).
    await gp.citizen.findByCpr({ cpr: '010160-1234' });
    const misses = (await allAudit()).filter((r) => r.outcome === 'not-found');
    expect(misses.at(-1)).toMatchObject({
      action: 'citizen.find',
      userId: VIEWERS.gp.userId,
      detail: { lookup: 'cpr', birthDate: '1960-01-01' },
    });
    expect(JSON.stringify(misses)).not.toContain('0101601234');
  });

  it('a refused citizen.register is audited as refused', async () => {
    const refused = await outcomeOf(
      api.as(VIEWERS.gp).citizen.register({ cpr: '020260-1234', name: 'Uden For', municipality: 'Aarhus' }),
    );
    expect(codeOf(refused)).toBe('BAD_REQUEST');
    const rows = (await allAudit()).filter((r) => r.action === 'citizen.register');
    expect(rows.filter((r) => r.outcome === 'denied')).toMatchObject([{ detail: { rule: 'SCOPE-REGION' } }]);
  });
});

describe('input at the door (issue 9)', () => {
  it('input nested deeper than the limit is refused as INPUT-INVALID too-deep, not a stack overflow', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 6_000; i++) deep = [deep];
    const refused = await outcomeOf(api.anonymous().auth.login({ username: deep as string, password: 'p' }));
    expect(codeOf(refused)).toBe('BAD_REQUEST');
    expect(JSON.stringify(refused)).toContain('too-deep');
  });

  it('the check before authentication is linear: 200,000 values in a wide input take well under a second', async () => {
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 'v']));
    const started = performance.now();
    await outcomeOf(api.anonymous().auth.login({ username: wide as unknown as string, password: 'p' }));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
