import { triageInput } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InsiderWorld, insiderWorld, party, type Who } from './insider.harness.ts';

/**
 * Issue 8, second pass: routes that read a clinical fact without seeing it. A decision is made on
 * the whole pathway, so what it says back (its warnings) must say nothing the asker's slice does
 * not show. Also the list, inbox and session doors the first suite does not walk.
 */

let world: InsiderWorld;
let pathwayId: string;

const q = <T = unknown>(who: Who, path: string, input?: unknown) => world.call<T>(who, 'query', path, input);
const m = <T = unknown>(who: Who, path: string, input: unknown) =>
  world.call<T>(who, 'mutation', path, input);

type Warned = { warnings: { rule: string; params?: Record<string, unknown> }[] };
const surgeryPlan = {
  approach: 'stepped',
  goals: [{ goal: 'Tilbage i arbejde', subGoals: [] }],
  interventions: ['self-management', 'back-surgery'],
  selfManagementAgreements: 'Gåture dagligt',
};

beforeAll(async () => {
  world = await insiderWorld();
  const registered = await m<{ citizen: { id: string } }>('gp', 'citizen.register', {
    cpr: '150381-1234',
    name: 'Orla Orakel',
    municipality: 'Vejle',
  });
  const citizenId = registered.data?.citizen.id ?? '';
  const opened = await m<{ pathwayId: string }>('gp', 'pathway.open', {
    citizenId,
    scope: { painRegions: ['lumbar'], affectsDailyLife: true },
    consentToCoordinator: true,
  });
  pathwayId = opened.data?.pathwayId ?? '';
  // Non-specific, uncomplicated: the target group is the clinical fact the oracle would tell.
  const triaged = await m('gp', 'triage.record', { pathwayId, input: triageInput() });
  if (!triaged.data) throw new Error(`triage: ${triaged.code} ${triaged.rules}`);
}, 120_000);
afterAll(() => world?.close());

describe('insider: a decision’s answer tells nothing the slice withholds', () => {
  it('SURG-NONSPECIFIC: a self-referred physiotherapist in another town is not told the target group through a plan’s warnings; the coordinator is', async () => {
    const selfReferral = await m('physioOdense', 'referral.send', {
      pathwayId,
      referralId: 'oracle-self',
      kind: 'physio',
      to: party('physioOdense'),
      content: { reason: 'Selvhenvendelse', clinicalInformation: 'Lændesmerter' },
      selfReferral: true,
    });
    expect(selfReferral.data).toBeDefined();
    const stranger = await m<Warned>('physioOdense', 'plan.update', { pathwayId, ...surgeryPlan });
    expect(JSON.stringify(stranger)).not.toContain('TG-');
    expect(stranger.data?.warnings.map((w) => w.rule) ?? []).not.toContain('SURG-NONSPECIFIC');
    // The coordinator, who sees the triage, still gets the program's warning with its target group.
    const coordinator = await m<Warned>('gp', 'plan.update', { pathwayId, ...surgeryPlan });
    expect(coordinator.data?.warnings).toContainEqual({
      rule: 'SURG-NONSPECIFIC',
      params: { targetGroup: 'TG-UNCOMPLICATED' },
    });
  });
});

describe('insider: lists, inbox marks and sessions', () => {
  it('inbox.markRead / markUnread on another organisation’s inbox item is NOT_FOUND, as for no pathway', async () => {
    for (const path of ['inbox.markRead', 'inbox.markUnread']) {
      for (const who of ['otherGp', 'physioOdense', 'jobcentre'] as const) {
        for (const seq of [1, 2, 3]) {
          const answer = await m(who, path, { pathwayId, seq });
          expect(answer.code, `${who} ${path} ${seq}`).toBe('NOT_FOUND');
        }
      }
    }
  });

  it('a forged worklist cursor that passes the shape check is refused as BAD_REQUEST, never a server error', async () => {
    const forged = (cursor: object) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
    for (const cursor of [
      { part: 'overdue', key: '2026-13-45', id: '11111111-2222-4333-8444-555555555555' },
      { part: 'recent', key: '1', id: '11111111-2222-4333-8444-555555555555' },
      { part: 'recent', key: '2026-12-01T00:00:00.000Z', id: '------------------------------------' },
    ]) {
      const answer = await q('otherGp', 'worklist.mine', { filter: 'all', cursor: forged(cursor) });
      expect(answer.status, JSON.stringify(cursor)).toBe(400);
    }
  });

  it('me.* (Min side) answers a staff session as not signed in: a staff cookie is never a citizen', async () => {
    expect((await q('gp', 'me.pathways')).code).toBe('UNAUTHORIZED');
    expect((await q('gp', 'me.accessLog')).code).toBe('UNAUTHORIZED');
    expect((await m('gp', 'me.withdrawConsent', { pathwayId, consentId: 'x' })).code).toBe('UNAUTHORIZED');
  });
});
