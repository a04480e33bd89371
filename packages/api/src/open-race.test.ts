import { listAuditForCitizen, pathwaysForCitizen } from '@rygforlob/db';
import { TEST_CITIZENS, VIEWERS } from '@rygforlob/domain/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainRefusal } from './errors.ts';
import { codeOf, NOW, type Outcome, outcomeOf, type TestApi } from './pathway.fixtures.ts';
import { testApi } from './testing.ts';

/**
 * "One open pathway per citizen" was the API's check alone: two pathway.open calls at the same
 * moment both passed it and both committed. The database now refuses the second (migration 0009);
 * the API answers it exactly as its own check does, never as a server error. PGlite here, and
 * PostgreSQL with TEST_DRIVER=postgres, where the two run on two connections at once.
 */

let api: TestApi;
beforeAll(async () => {
  api = await testApi({ now: () => NOW });
}, 60_000);
afterAll(() => api?.close());

const scope = { painRegions: ['lumbar' as const], affectsDailyLife: true };
const violationsOf = (outcome: Outcome) =>
  !outcome.ok && outcome.error instanceof TRPCError && outcome.error.cause instanceof DomainRefusal
    ? outcome.error.cause.violations
    : [];

describe('pathway.open at the same moment (one open pathway per citizen)', () => {
  it('PATHWAY-STATE: two opens of one citizen at once: exactly one succeeds, the other is refused already-open (never a 500), audited', async () => {
    const gp = api.as(VIEWERS.gp);
    for (const index of [20, 21, 22, 23, 24]) {
      const person = TEST_CITIZENS[index];
      if (!person) throw new Error(`no test citizen ${index}`);
      const { citizen } = await gp.citizen.register({
        cpr: person.cpr,
        name: person.name,
        municipality: person.municipality,
      });
      const open = () =>
        outcomeOf(gp.pathway.open({ citizenId: citizen.id, scope, consentToCoordinator: true }));
      const both = await Promise.all([open(), open()]);
      expect(both.map(codeOf).sort(), person.name).toEqual(['BAD_REQUEST', 'OK']);
      const winner = both.find((o) => o.ok);
      const pathwayId = winner?.ok ? (winner.value as { pathwayId: string }).pathwayId : '';
      const loser = both.find((o) => !o.ok) as Outcome;
      // The coordinator is related to the winner: told its id, as a later open is.
      const expected = [
        { rule: 'PATHWAY-STATE', field: 'citizenId', params: { reason: 'already-open', pathwayId } },
      ];
      expect(violationsOf(loser)).toEqual(expected);
      expect(violationsOf(await open())).toEqual(expected);
      const rows = await pathwaysForCitizen(api.database.db, citizen.id);
      expect(rows.map((r) => r.id)).toEqual([pathwayId]);
      const audit = await listAuditForCitizen(api.database.db, citizen.id);
      expect(
        audit.filter((r) => r.action === 'pathway.open' && r.outcome === 'denied').map((r) => r.detail),
      ).toEqual([{ rules: ['PATHWAY-STATE'] }, { rules: ['PATHWAY-STATE'] }]);
    }
  });
});
