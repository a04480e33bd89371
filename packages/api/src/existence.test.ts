import { listAuditForCitizen, schema, upsertOrganisation } from '@rygforlob/db';
import type { Viewer } from '@rygforlob/domain';
import { TEST_CITIZENS, VIEWERS } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, NOW, type Outcome, outcomeOf, type TestApi } from './pathway.fixtures.ts';
import { limitedCaller, testApi } from './testing.ts';

/**
 * Issue 9: "citizen.register answers the same way whether or not the person exists elsewhere".
 * Every answer a municipal user can get about a CPR number (or a citizen id) is the same whether
 * the person is registered in another municipality, in its own, or not at all. The same routes
 * over HTTP, byte for byte: tests/insider/insider.existence.test.ts.
 */

let api: TestApi;
const MUNICIPAL = { prevention: VIEWERS.prevention, rehab: VIEWERS.rehab, jobcentre: VIEWERS.jobcentre };
const vejle = TEST_CITIZENS.find((c) => c.municipality === 'Vejle');
const odense = TEST_CITIZENS.find((c) => c.municipality === 'Odense');
/** A valid CPR number of nobody registered (born 1960). */
const NOBODY = '010160-1234';
const ids: Record<'vejle' | 'odense', string> = { vejle: '', odense: '' };
const SCOPE = { painRegions: ['lumbar' as const], affectsDailyLife: true };

beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  // Vejle's municipal staff (the API's fixtures register organisations without a municipality).
  for (const viewer of Object.values(MUNICIPAL)) {
    await upsertOrganisation(api.database.db, {
      id: viewer.organisationId,
      name: viewer.organisationId,
      actor: viewer.actor,
      municipality: 'Vejle',
    });
  }
  if (!vejle || !odense) throw new Error('fixtures');
  for (const [key, person] of [
    ['vejle', vejle],
    ['odense', odense],
  ] as const) {
    const { citizen } = await api.as(VIEWERS.gp).citizen.register({
      cpr: person.cpr,
      name: person.name,
      municipality: person.municipality,
    });
    ids[key] = citizen.id;
  }
  // Vejle's citizen has an open pathway, Odense's none.
  await api.as(VIEWERS.gp).pathway.open({ citizenId: ids.vejle, scope: SCOPE, consentToCoordinator: true });
}, 60_000);
afterAll(() => api?.close());

/** What the caller is told: the code, the message and the violations, nothing that differs by call. */
const told = (outcome: Outcome) =>
  outcome.ok
    ? { ok: outcome.value }
    : {
        code: codeOf(outcome),
        message: (outcome.error as Error).message,
        violations: ((outcome.error as Error).cause as { violations?: unknown } | undefined)?.violations,
      };

/** A caller whose CPR lookups are limited to `free`. */
const limitedAs = (viewer: Viewer, free: number) => limitedCaller(api.database, viewer, free, () => NOW);

describe('REGISTER-ACTOR: no municipal actor registers a citizen (issue 9)', () => {
  it.each(Object.entries(MUNICIPAL))(
    'REGISTER-ACTOR: %s is refused with one answer for a citizen of its own town, of another town, of nobody and a malformed number, before any lookup',
    async (_, viewer) => {
      if (!vejle || !odense) throw new Error('fixtures');
      // No lookup left: a refusal that looked the number up would be TOO_MANY_REQUESTS instead.
      const caller = limitedAs(viewer, 0);
      const answers = [];
      for (const [cpr, municipality] of [
        [vejle.cpr, 'Vejle'],
        [odense.cpr, 'Vejle'],
        [odense.cpr, 'Odense'],
        [NOBODY, 'Vejle'],
        ['123', 'Vejle'],
      ] as const) {
        answers.push(told(await outcomeOf(caller.citizen.register({ cpr, name: 'Gæt', municipality }))));
      }
      expect(answers[0]).toEqual({
        code: 'BAD_REQUEST',
        message: 'REGISTER-ACTOR',
        violations: [{ rule: 'REGISTER-ACTOR', params: { actor: viewer.actor } }],
      });
      for (const answer of answers) expect(answer).toEqual(answers[0]);
      const rows = (await api.database.db.select().from(schema.auditLog)).filter(
        (r) => r.userId === viewer.userId && r.action === 'citizen.register',
      );
      // Audited as refused, naming no citizen, the same row each time.
      expect(rows.map((r) => [r.outcome, r.citizenId, r.detail])).toEqual(
        Array.from({ length: 5 }, () => ['denied', null, { rule: 'REGISTER-ACTOR', reason: null }]),
      );
      for (const id of Object.values(ids)) {
        const log = await listAuditForCitizen(api.database.db, id);
        expect(log.filter((r) => r.userId === viewer.userId)).toEqual([]);
      }
    },
  );

  it('REGISTER-ACTOR: the practices and the region register (the GP, the physiotherapist, the hospital)', async () => {
    const person = TEST_CITIZENS[25];
    if (!person) throw new Error('fixtures');
    const input = { cpr: person.cpr, name: person.name, municipality: person.municipality };
    expect((await api.as(VIEWERS.physio).citizen.register(input)).created).toBe(true);
    expect((await api.as(VIEWERS.hospital).citizen.register(input)).created).toBe(false);
    expect((await api.as(VIEWERS.gp).citizen.register(input)).created).toBe(false);
  });
});

describe('citizen.findByCpr: another town’s citizen is told as nobody (issue 9)', () => {
  it('a municipal user gets the same answer and the same count against its lookup limit for another town’s citizen and for nobody', async () => {
    if (!odense) throw new Error('fixtures');
    const caller = limitedAs(VIEWERS.rehab, 2);
    const foreign = await outcomeOf(caller.citizen.findByCpr({ cpr: odense.cpr }));
    const nobody = await outcomeOf(caller.citizen.findByCpr({ cpr: NOBODY }));
    expect(told(foreign)).toEqual({ ok: { citizen: null, pathways: [] } });
    expect(told(nobody)).toEqual(told(foreign));
    // Both counted: the third lookup is refused, whoever it names.
    const third = await outcomeOf(caller.citizen.findByCpr({ cpr: NOBODY }));
    expect(codeOf(third)).toBe('TOO_MANY_REQUESTS');
  });
});

describe('pathway.open: an actor that may not open is told so before the citizen is looked up', () => {
  it.each(Object.entries(MUNICIPAL))(
    'ACTOR-PERMISSION: %s gets one answer for a citizen with a pathway, a citizen without one and no citizen',
    async (_, viewer) => {
      const caller = api.as(viewer);
      const answers = [];
      for (const citizenId of [ids.vejle, ids.odense, '00000000-0000-4000-8000-000000000000']) {
        answers.push(
          told(await outcomeOf(caller.pathway.open({ citizenId, scope: SCOPE, consentToCoordinator: true }))),
        );
      }
      expect(answers[0]).toMatchObject({ code: 'BAD_REQUEST', violations: [{ rule: 'ACTOR-PERMISSION' }] });
      for (const answer of answers) expect(answer).toEqual(answers[0]);
    },
  );
});
