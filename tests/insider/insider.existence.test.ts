import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InsiderWorld, insiderWorld, party, type Who } from './insider.harness.ts';

/**
 * Issue 9: "citizen.register answers the same way whether or not the person exists elsewhere".
 * Every route a municipal user can ask about a CPR number or a citizen answers the same bytes
 * (status, content type, body) whether the person is registered in the asker's own town, in
 * another town, or not at all. Each route by name; unit tests in packages/api/src/existence.test.ts.
 */

let world: InsiderWorld;
const m = <T = unknown>(who: Who, path: string, input: unknown) =>
  world.call<T>(who, 'mutation', path, input);

/** Vejle's citizen (a pathway coordinated by Vejle's GP) and Odense's (by Odense's GP). */
const VEJLE = { cpr: '040371-1234', name: 'Vera Vejlegaard', municipality: 'Vejle' };
const ODENSE = { cpr: '050472-1234', name: 'Otto Odensen', municipality: 'Odense' };
/** A valid CPR number of nobody registered. */
const NOBODY = '060573-1234';
const NO_ID = '00000000-0000-4000-8000-000000000000';
const ids = { vejleCitizen: '', vejlePathway: '', odenseCitizen: '', odensePathway: '' };
const scope = { painRegions: ['lumbar'], affectsDailyLife: true };

const MUNICIPAL_VEJLE: Who[] = ['prevention', 'rehab', 'jobcentre'];
const MUNICIPAL_ODENSE: Who[] = ['otherPrevention', 'jobcentreOdense'];

beforeAll(async () => {
  world = await insiderWorld();
  for (const [gp, person, key] of [
    ['gp', VEJLE, 'vejle'],
    ['otherGp', ODENSE, 'odense'],
  ] as const) {
    const registered = await m<{ citizen: { id: string } }>(gp, 'citizen.register', person);
    const citizenId = registered.data?.citizen.id ?? '';
    const opened = await m<{ pathwayId: string }>(gp, 'pathway.open', {
      citizenId,
      scope,
      consentToCoordinator: true,
    });
    if (!opened.data) throw new Error(`open: ${opened.code} ${opened.rules}`);
    ids[`${key}Citizen`] = citizenId;
    ids[`${key}Pathway`] = opened.data.pathwayId;
  }
}, 120_000);
afterAll(() => world?.close());

/** The answers of one route to several inputs, each as the client gets it. */
async function answers(who: Who, kind: 'query' | 'mutation', path: string, inputs: unknown[]) {
  const got = [];
  for (const input of inputs) got.push(await world.raw(who, kind, path, input));
  return got;
}

describe('insider: nothing tells a municipal user whether a person exists outside its reach (issue 9)', () => {
  it('citizen.register (REGISTER-ACTOR): every municipal user gets one answer for its own town’s citizen, another town’s and nobody', async () => {
    for (const who of [...MUNICIPAL_VEJLE, ...MUNICIPAL_ODENSE]) {
      const got = await answers(who, 'mutation', 'citizen.register', [
        VEJLE,
        ODENSE,
        { ...ODENSE, municipality: 'Vejle' },
        { cpr: NOBODY, name: 'Ingen', municipality: 'Vejle' },
      ]);
      expect(got[0]?.status, who).toBe(400);
      expect(got[0]?.body, who).toContain('REGISTER-ACTOR');
      for (const answer of got) expect(answer, who).toEqual(got[0]);
      expect(JSON.stringify(got), who).not.toMatch(/Vera|Otto|Vejlegaard|Odensen/);
    }
    // Audited as refused, naming no citizen: neither citizen's log has a row of these users.
    for (const citizenId of [ids.vejleCitizen, ids.odenseCitizen]) {
      for (const who of [...MUNICIPAL_VEJLE, ...MUNICIPAL_ODENSE]) {
        expect(await world.auditOf(citizenId, who, 'citizen.register'), who).toEqual([]);
      }
    }
  });

  it('citizen.findByCpr: another town’s citizen and nobody are the same answer, byte for byte', async () => {
    for (const [who, foreign] of [
      ...MUNICIPAL_VEJLE.map((who) => [who, ODENSE.cpr] as const),
      ...MUNICIPAL_ODENSE.map((who) => [who, VEJLE.cpr] as const),
    ]) {
      const got = await answers(who, 'query', 'citizen.findByCpr', [{ cpr: foreign }, { cpr: NOBODY }]);
      expect(got[0], who).toMatchObject({
        status: 200,
        body: '{"result":{"data":{"citizen":null,"pathways":[]}}}',
      });
      expect(got[1], who).toEqual(got[0]);
    }
    // The own town's citizen is found (the answers above are not simply "nothing, ever").
    const own = await world.call<{ citizen: { name: string } | null }>(
      'prevention',
      'query',
      'citizen.findByCpr',
      {
        cpr: VEJLE.cpr,
      },
    );
    expect(own.data?.citizen?.name).toBe(VEJLE.name);
  });

  it('pathway.open (ACTOR-PERMISSION): a citizen with an open pathway, one of another town and no citizen are one answer', async () => {
    for (const who of [...MUNICIPAL_VEJLE, ...MUNICIPAL_ODENSE]) {
      const got = await answers(
        who,
        'mutation',
        'pathway.open',
        [ids.vejleCitizen, ids.odenseCitizen, NO_ID].map((citizenId) => ({
          citizenId,
          scope,
          consentToCoordinator: true,
        })),
      );
      expect(got[0]?.status, who).toBe(400);
      expect(got[0]?.body, who).toContain('ACTOR-PERMISSION');
      for (const answer of got) expect(answer, who).toEqual(got[0]);
    }
  });

  it('referral.send as a self-referral (SELF-REFERRAL, HOME-MUNICIPALITY): another town’s pathway is told as no pathway', async () => {
    const selfReferral = (who: Who, pathwayId: string) => ({
      pathwayId,
      referralId: `self-${who}-${pathwayId.slice(0, 8)}`,
      kind: 'prevention-119',
      to: party(who),
      content: {
        referralDiagnosis: 'Lændesmerter',
        purpose: 'Forebyggelse',
        clinicalInformation: 'Egen henvendelse',
        history: 'Et halvt år',
        practicalCircumstances: 'Ingen',
        otherMunicipalOffers: [],
        interpreterNeeded: false,
        criteria: { practiceCourseTried: false, aimPreventWorsening: false, courseJudgedHelpful: false },
      },
      selfReferral: true,
    });
    for (const [who, foreign] of [
      ['prevention', ids.odensePathway],
      ['otherPrevention', ids.vejlePathway],
    ] as const) {
      const got = [
        await world.raw(who, 'mutation', 'referral.send', selfReferral(who, foreign)),
        await world.raw(who, 'mutation', 'referral.send', selfReferral(who, NO_ID)),
      ];
      expect(got[0]?.status, who).toBe(404);
      expect(got[1], who).toEqual(got[0]);
    }
    // The own town's pathway takes the self-referral (the refusal above is the town, not the form).
    const own = await m('prevention', 'referral.send', selfReferral('prevention', ids.vejlePathway));
    expect(own.status, JSON.stringify(own)).toBe(200);
  });

  it('audit.forCitizen (AUDIT-ACCESS): a citizen of either town and no citizen are the same NOT_FOUND', async () => {
    for (const who of [...MUNICIPAL_VEJLE, ...MUNICIPAL_ODENSE]) {
      const got = await answers(
        who,
        'query',
        'audit.forCitizen',
        [ids.vejleCitizen, ids.odenseCitizen, NO_ID].map((citizenId) => ({ citizenId })),
      );
      expect(got[0]?.status, who).toBe(404);
      for (const answer of got) expect(answer, who).toEqual(got[0]);
    }
  });
});
