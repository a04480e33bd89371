import { TEST_CITIZENS, VIEWERS } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './index.ts';
import {
  buildOwnerPathway,
  codeOf,
  eventsOf,
  formatted,
  NOW,
  OWNER,
  type OwnerPathway,
  outcomeOf,
  SECRET,
  type TestApi,
} from './pathway.fixtures.ts';
import { testApi } from './testing.ts';
import { createContextInner } from './trpc.ts';

/** CONSENT-BY through Min side: the citizen gives and withdraws consent on their own pathway. */

let api: TestApi;
let owner: OwnerPathway;
let strangerId: string;
const asCitizen = (citizenId: string) =>
  createCaller(createContextInner({ database: api.database, citizen: { citizenId }, now: () => NOW })).me;

beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  owner = await buildOwnerPathway(api);
  const person = TEST_CITIZENS.find((c) => c.name === 'Erik Opdigtgaard');
  if (!person) throw new Error('test citizen Erik Opdigtgaard is gone');
  const { citizen } = await api.as(VIEWERS.gp).citizen.register({
    cpr: person.cpr,
    name: person.name,
    municipality: person.municipality,
  });
  strangerId = citizen.id;
}, 60_000);
afterAll(() => api?.close());

const physioSees = async () =>
  JSON.stringify(await api.as(OWNER.physio).pathway.get({ pathwayId: owner.pathwayId }));

describe('CONSENT-BY: the citizen withdraws and gives consent themselves', () => {
  it('CONSENT-BY: withdrawn by the citizen, the physiotherapist loses the clinical record at once', async () => {
    expect(await physioSees()).toContain(SECRET);
    const me = asCitizen(owner.citizenId);
    const view = await me.withdrawConsent({ pathwayId: owner.pathwayId, consentId: owner.consents.physio });
    const withdrawn = view.entries.find(
      (e) =>
        e.visibility === 'full' &&
        e.event.type === 'consentWithdrawn' &&
        e.event.consentId === owner.consents.physio,
    );
    expect(withdrawn?.visibility === 'full' && withdrawn.event.by).toMatchObject({
      actor: 'citizen',
      organisationId: `citizen:${owner.citizenId}`,
    });
    const after = await physioSees();
    expect(after).not.toContain('lænd, venstre side'); // the GP's assessment, clinical
  });

  it('CONSENT-BY: the citizen gives consent again to an organisation of the pathway, recorded as given by the citizen', async () => {
    const me = asCitizen(owner.citizenId);
    const choices = await me.consentChoices({ pathwayId: owner.pathwayId });
    expect(choices.map((c) => c.organisation.id)).toContain(OWNER.physio.organisationId);
    const view = await me.giveConsent({
      pathwayId: owner.pathwayId,
      consentId: 'me-physio-again',
      recipientOrganisationId: OWNER.physio.organisationId,
      purpose: 'treatment',
    });
    const given = view.entries.find(
      (e) =>
        e.visibility === 'full' && e.event.type === 'consentGiven' && e.event.consentId === 'me-physio-again',
    );
    expect(given?.visibility === 'full' && given.event.type === 'consentGiven' && given.event.givenBy).toBe(
      'citizen',
    );
    expect(await physioSees()).toContain('lænd, venstre side');
    expect(
      (await me.consentChoices({ pathwayId: owner.pathwayId })).map((c) => c.organisation.id),
    ).not.toContain(OWNER.physio.organisationId);
  });

  it('CONSENT-PURPOSE: a treatment consent to the jobcentre is refused with its rule code, nothing appended', async () => {
    const before = (await eventsOf(api.database, owner.pathwayId)).length;
    const outcome = await outcomeOf(
      asCitizen(owner.citizenId).giveConsent({
        pathwayId: owner.pathwayId,
        consentId: 'me-jobcentre-treatment',
        recipientOrganisationId: OWNER.jobcentre.organisationId,
        purpose: 'treatment',
      }),
    );
    expect(codeOf(outcome)).toBe('BAD_REQUEST');
    const error = (outcome as { error: Parameters<typeof formatted>[0] }).error;
    expect(formatted(error, 'me.giveConsent', {}).data.violations?.map((v) => v.rule)).toContain(
      'CONSENT-PURPOSE',
    );
    expect((await eventsOf(api.database, owner.pathwayId)).length).toBe(before);
  });

  it('another citizen can neither withdraw nor give consent on my pathway (NOT_FOUND, nothing appended)', async () => {
    const before = (await eventsOf(api.database, owner.pathwayId)).length;
    const stranger = asCitizen(strangerId);
    const withdraw = await outcomeOf(
      stranger.withdrawConsent({ pathwayId: owner.pathwayId, consentId: owner.consents.gp }),
    );
    const give = await outcomeOf(
      stranger.giveConsent({
        pathwayId: owner.pathwayId,
        consentId: 'stranger-consent',
        recipientOrganisationId: VIEWERS.physio.organisationId,
        purpose: 'treatment',
      }),
    );
    expect([codeOf(withdraw), codeOf(give)]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect((await eventsOf(api.database, owner.pathwayId)).length).toBe(before);
  });
});
