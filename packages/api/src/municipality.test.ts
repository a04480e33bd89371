import { createUser, upsertOrganisation } from '@rygforlob/db';
import type { Viewer } from '@rygforlob/domain';
import { party, TEST_CITIZENS, VIEWERS } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeOf, NOW, outcomeOf } from './pathway.fixtures.ts';
import { testApi } from './testing.ts';

/**
 * Issue 5: a viewer of one municipality never sees another municipality's citizens. The
 * municipalities' own staff (jobcentre, prevention §119, rehabilitation §140) of Vejle and Odense,
 * each with a case of their own, against the other's citizen: lists, the pathway and the register.
 */

type Api = Awaited<ReturnType<typeof testApi>>;
type Town = 'Vejle' | 'Odense';

const staff = (actor: Viewer['actor'], organisationId: string): Viewer => ({
  userId: `user-${organisationId}`,
  actor,
  organisationId,
});

const MUNICIPAL: Record<Town, { jobcentre: Viewer; prevention: Viewer; rehab: Viewer }> = {
  Vejle: { jobcentre: VIEWERS.jobcentre, prevention: VIEWERS.prevention, rehab: VIEWERS.rehab },
  Odense: {
    jobcentre: staff('jobcentre', 'org-jobcenter-odense'),
    prevention: VIEWERS.otherPrevention,
    rehab: staff('municipal-rehab', 'org-odense-genoptraening'),
  },
};
const GP: Record<Town, Viewer> = { Vejle: VIEWERS.gp, Odense: VIEWERS.otherGp };
const PERSON = {
  Vejle: TEST_CITIZENS.find((c) => c.name === 'Ida Eksempelsen'),
  Odense: TEST_CITIZENS.find((c) => c.name === 'Karen Skabelongaard'),
};

const other = (town: Town): Town => (town === 'Vejle' ? 'Odense' : 'Vejle');
const everyone = (['Vejle', 'Odense'] as const).flatMap((town) =>
  Object.entries(MUNICIPAL[town]).map(([role, viewer]) => ({ town, role, viewer })),
);

let api: Api;
const cases = {} as Record<Town, { citizenId: string; pathwayId: string; cpr: string; name: string }>;

/** The GP of the town opens the citizen's pathway and brings in the town's own municipal staff. */
async function openCase(town: Town) {
  const person = PERSON[town];
  if (!person) throw new Error(`test citizen of ${town} is gone`);
  const gp = api.as(GP[town]);
  const { citizen } = await gp.citizen.register({
    cpr: person.cpr,
    name: person.name,
    municipality: town,
  });
  const opened = await gp.pathway.open({
    citizenId: citizen.id,
    scope: { painRegions: ['lumbar'], affectsDailyLife: true },
    consentToCoordinator: true,
  });
  const on = { pathwayId: opened.pathwayId };
  const { jobcentre, prevention, rehab } = MUNICIPAL[town];
  await gp.referral.send({
    ...on,
    referralId: `lae165-${town}`,
    kind: 'jobcentre-lae165',
    to: party(jobcentre),
    content: { proposal: 'Forslag', workSituation: 'Lager', healthInformation: 'Lænd' },
    recordConsent: 'employment',
  });
  await api.as(jobcentre).referral.accept({ ...on, referralId: `lae165-${town}` });
  await api.as(jobcentre).jobcentre.registerSickLeave({
    ...on,
    start: '2026-07-01',
    extent: 'full',
    expectedWeeks: 12,
  });
  // The prevention and rehabilitation staff are brought in with the citizen's consent and a note.
  for (const recipient of [prevention, rehab]) {
    await gp.consent.give({
      ...on,
      consentId: `consent-${town}-${recipient.actor}`,
      recipient: party(recipient),
      purpose: 'treatment',
    });
  }
  await gp.note.send({
    ...on,
    noteId: `note-${town}`,
    kind: 'information',
    to: [party(prevention), party(rehab)],
    content: { text: 'Til orientering' },
  });
  cases[town] = { citizenId: citizen.id, pathwayId: opened.pathwayId, cpr: person.cpr, name: person.name };
}

beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  for (const town of ['Vejle', 'Odense'] as const) {
    for (const viewer of Object.values(MUNICIPAL[town])) {
      await upsertOrganisation(api.database.db, {
        id: viewer.organisationId,
        name: `${viewer.actor} ${town}`,
        actor: viewer.actor,
        municipality: town,
      });
      if (viewer.organisationId.endsWith('odense') && viewer.actor !== 'municipal-prevention') {
        await createUser(api.database.db, {
          id: viewer.userId,
          organisationId: viewer.organisationId,
          actor: viewer.actor,
          displayName: viewer.userId,
          username: viewer.userId,
          passwordHash: 'not-used-in-caller-tests',
        });
      }
    }
  }
  await openCase('Vejle');
  await openCase('Odense');
}, 60_000);
afterAll(() => api?.close());

describe('a viewer of one municipality never sees another municipality’s citizens (issue 5)', () => {
  it.each(everyone)(
    '$town $role: lists hold its own citizen and never the other town’s',
    async ({ town, viewer }) => {
      const caller = api.as(viewer);
      const lists = {
        'worklist.mine': (await caller.worklist.mine({ filter: 'all' })).rows,
        'referral.inbox': (await caller.referral.inbox({})).rows,
        'jobcentre.caseload': (await caller.jobcentre.caseload({})).rows,
        'worklist.clocks': await caller.worklist.clocks({ states: ['pending', 'due', 'overdue'] }),
      };
      const foreign = cases[other(town)];
      for (const [name, rows] of Object.entries(lists)) {
        expect(
          rows.filter((row) => row.citizenId === foreign.citizenId || row.pathwayId === foreign.pathwayId),
          name,
        ).toEqual([]);
        expect(JSON.stringify(rows), name).not.toContain(foreign.name);
      }
      expect(lists['worklist.mine'].map((row) => row.citizenId)).toEqual([cases[town].citizenId]);
    },
  );

  it.each(everyone)(
    '$town $role: the other town’s pathway is NOT_FOUND, its own is there',
    async ({ town, viewer }) => {
      const caller = api.as(viewer);
      const foreign = cases[other(town)].pathwayId;
      for (const read of [caller.pathway.get, caller.pathway.timeline, caller.pathway.advice]) {
        expect(codeOf(await outcomeOf(read({ pathwayId: foreign })))).toBe('NOT_FOUND');
      }
      const own = await caller.pathway.get({ pathwayId: cases[town].pathwayId });
      expect(own.citizen.municipality).toBe(town);
    },
  );

  it.each(everyone)(
    '$town $role: citizen find by CPR does not know the other town’s citizen',
    async ({ town, viewer }) => {
      const caller = api.as(viewer);
      const foreign = cases[other(town)];
      for (const cpr of [foreign.cpr, foreign.cpr.replace('-', '')]) {
        const found = await caller.citizen.findByCpr({ cpr });
        expect(found).toEqual({ citizen: null, pathways: [] });
      }
      const register = await outcomeOf(
        caller.citizen.register({ cpr: foreign.cpr, name: 'Gæt', municipality: town }),
      );
      expect(codeOf(register)).toBe('BAD_REQUEST');
      expect(JSON.stringify(register)).not.toContain(foreign.name);
      const own = await caller.citizen.findByCpr({ cpr: cases[town].cpr });
      expect(own.citizen?.name).toBe(cases[town].name);
      expect(own.pathways.map((p) => p.related)).toEqual([true]);
    },
  );

  it("the citizen's GP sees every refused look-up in the access log, as denied", async () => {
    for (const town of ['Vejle', 'Odense'] as const) {
      const log = await api.as(GP[town]).audit.forCitizen({ citizenId: cases[town].citizenId });
      const denied = new Set(log.filter((row) => row.outcome === 'denied').map((row) => row.organisationId));
      const strangers = Object.values(MUNICIPAL[other(town)]).map((v) => v.organisationId);
      expect(strangers.filter((org) => !denied.has(org))).toEqual([]);
    }
  });

  it('practices and hospitals still find any citizen of the region (they serve everyone)', async () => {
    const found = await api.as(VIEWERS.physio).citizen.findByCpr({ cpr: cases.Odense.cpr });
    expect(found.citizen?.municipality).toBe('Odense');
  });

  it("HOME-MUNICIPALITY: the GP cannot send the LÆ 165, a §119 referral or a consent to another town's staff", async () => {
    const gp = api.as(GP.Vejle);
    const on = { pathwayId: cases.Vejle.pathwayId };
    const { jobcentre, prevention } = MUNICIPAL.Odense;
    const attempts = {
      lae165: gp.referral.send({
        ...on,
        referralId: 'lae165-wrong-town',
        kind: 'jobcentre-lae165',
        to: party(jobcentre),
        content: { proposal: 'Forslag', workSituation: 'Lager', healthInformation: 'Lænd' },
        recordConsent: 'employment',
      }),
      consent: gp.consent.give({
        ...on,
        consentId: 'consent-wrong-town',
        recipient: party(prevention),
        purpose: 'treatment',
      }),
    };
    for (const [what, attempt] of Object.entries(attempts)) {
      const outcome = await outcomeOf(attempt);
      expect(codeOf(outcome), what).toBe('BAD_REQUEST');
      const error = (outcome as { error: { cause?: { violations?: { rule: string }[] } } }).error;
      expect(JSON.stringify(error.cause ?? error), what).toContain('HOME-MUNICIPALITY');
    }
    const check = await gp.referral.check({
      ...on,
      kind: 'jobcentre-lae165',
      to: party(jobcentre),
      content: {},
    });
    expect(check.violations.map((v) => v.rule)).toContain('HOME-MUNICIPALITY');
  });
});
