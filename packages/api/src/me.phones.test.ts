import { findOrganisation, upsertOrganisation } from '@rygforlob/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './index.ts';
import { buildOwnerPathway, NOW, OWNER, type OwnerPathway, type TestApi } from './pathway.fixtures.ts';
import { testApi } from './testing.ts';
import { createContextInner } from './trpc.ts';

/** Min plan's "whom to call": the directory's phone numbers of my practice and my helpers. */

let api: TestApi;
let owner: OwnerPathway;
const asCitizen = (citizenId: string) =>
  createCaller(createContextInner({ database: api.database, citizen: { citizenId }, now: () => NOW })).me;

beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  owner = await buildOwnerPathway(api);
  for (const [viewer, phone] of [
    [OWNER.gp, '00 00 01 00'],
    [OWNER.physio, '+45 00 00 03 00'],
  ] as const) {
    const org = await findOrganisation(api.database.db, viewer.organisationId);
    if (!org) throw new Error(`no organisation ${viewer.organisationId}`);
    await upsertOrganisation(api.database.db, { ...org, phone });
  }
}, 60_000);
afterAll(() => api?.close());

describe('Min plan phone numbers from the directory', () => {
  it("my pathway names my practice (the coordinator) and the physiotherapist with the directory's phone numbers", async () => {
    const mine = await asCitizen(owner.citizenId).pathway({ pathwayId: owner.pathwayId });
    expect(mine.coordinatorOrganisationId).toBe(OWNER.gp.organisationId);
    const byId = new Map(mine.organisations.map((o) => [o.id, o]));
    expect(byId.get(OWNER.gp.organisationId)?.phone).toBe('00 00 01 00');
    expect(byId.get(OWNER.physio.organisationId)?.phone).toBe('+45 00 00 03 00');
    // An organisation the directory has no number for says so (null), never a made-up one.
    expect(byId.get(OWNER.hospital.organisationId)?.phone).toBeNull();
  });

  it("the staff directory carries the practice's number, which the clinic's printed Min plan names (issue 14)", async () => {
    const organisations = await api.as(OWNER.physio).directory.organisations({});
    const byId = new Map(organisations.map((o) => [o.id, o]));
    expect(byId.get(OWNER.gp.organisationId)?.phone).toBe('00 00 01 00');
    expect(byId.get(OWNER.hospital.organisationId)?.phone).toBeNull();
  });

  it('an upsert without a phone keeps the number; a number that is not 8 digits is refused, naming the field', async () => {
    const org = await findOrganisation(api.database.db, OWNER.gp.organisationId);
    if (!org) throw new Error('no GP organisation');
    const { phone: _phone, ...withoutPhone } = org;
    await upsertOrganisation(api.database.db, { ...withoutPhone, name: 'Lægehuset omdøbt' });
    expect((await findOrganisation(api.database.db, org.id))?.phone).toBe('00 00 01 00');
    await expect(upsertOrganisation(api.database.db, { ...org, phone: '12 34' })).rejects.toThrow(
      /organisations\.phone/,
    );
    await expect(upsertOrganisation(api.database.db, { ...org, phone: 'ring til os' })).rejects.toThrow(
      /organisations\.phone/,
    );
  });
});
