import { citizenViewer } from '@rygforlob/domain';
import { hospitalContent, VIEWERS } from '@rygforlob/domain/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApi } from './testing.ts';

let api: Awaited<ReturnType<typeof testApi>>;
beforeAll(async () => {
  api = await testApi({ now: () => new Date('2026-09-01T09:00:00+02:00') });
}, 60_000);
afterAll(() => api?.close());

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    return error instanceof TRPCError ? error.code : String(error);
  }
};

describe('a GP opens, triages and refers; the hospital sees its slice', () => {
  it("HOSP-CONTENT and CONSENT: the referral travels only with its content and the citizen's consent", async () => {
    const gp = api.as(VIEWERS.gp);
    const { citizen } = await gp.citizen.register({
      cpr: '140580-1233',
      name: 'Testa Testesen',
      municipality: 'Vejle',
    });
    const opened = await gp.pathway.open({
      citizenId: citizen.id,
      scope: { painRegions: ['lumbar'], affectsDailyLife: true },
      consentToCoordinator: true,
    });
    expect(opened.entries.map((e) => e.visibility === 'full' && e.event.type)).toEqual([
      'pathwayOpened',
      'consentGiven',
    ]);

    const pathwayId = opened.pathwayId;
    // the hospital has no relation yet: NOT_FOUND, the same as no pathway
    expect(await codeOf(api.as(VIEWERS.hospital).pathway.get({ pathwayId }))).toBe('NOT_FOUND');

    const refused = await gp.referral
      .send({
        pathwayId,
        referralId: 'h-1',
        kind: 'hospital',
        to: { actor: 'hospital', organisationId: VIEWERS.hospital.organisationId },
        content: hospitalContent(),
      })
      .catch((e: TRPCError) => e);
    expect(refused).toBeInstanceOf(TRPCError);
    expect((refused as TRPCError).code).toBe('BAD_REQUEST');
    expect((refused as TRPCError).message).toContain('CONSENT');

    const sent = await gp.referral.send({
      pathwayId,
      referralId: 'h-1',
      kind: 'hospital',
      to: { actor: 'hospital', organisationId: VIEWERS.hospital.organisationId },
      content: hospitalContent(),
      recordConsent: 'treatment',
    });
    expect(sent.view.version).toBe(4);

    const hospitalView = await api.as(VIEWERS.hospital).pathway.get({ pathwayId });
    expect(hospitalView.relation).toBe('participant');
    const inbox = (await api.as(VIEWERS.hospital).referral.inbox()).rows;
    expect(inbox.map((row) => row.pathwayId)).toContain(pathwayId);

    // a stale version gives CONFLICT
    expect(
      await codeOf(
        gp.consent.give({
          pathwayId,
          expectedVersion: 1,
          consentId: 'c-x',
          recipient: { actor: 'physio', organisationId: VIEWERS.physio.organisationId },
          purpose: 'treatment',
        }),
      ),
    ).toBe('CONFLICT');

    // every read and write is in the citizen's access log, which the citizen reads whole, the
    // coordinating GP for its pathway only (AUDIT-ACCESS), and others not at all; a list that shows
    // the citizen (the hospital's inbox) is a read of the citizen's data too
    await api.as(VIEWERS.hospital).referral.inbox({});
    const log = await gp.audit.forCitizen({ citizenId: citizen.id });
    expect(log.map((row) => row.action)).toEqual(
      expect.arrayContaining(['pathway.open', 'referral.send', 'pathway.get']),
    );
    expect(log.map((row) => row.action)).not.toContain('citizen.register');
    const own = await api
      .as(citizenViewer('citizen-user', citizen.id))
      .audit.forCitizen({ citizenId: citizen.id });
    expect(own.map((row) => row.action)).toEqual(
      expect.arrayContaining(['citizen.register', 'pathway.open', 'referral.send', 'pathway.get']),
    );
    expect(own).toContainEqual(
      expect.objectContaining({ action: 'referral.inbox', organisationId: VIEWERS.hospital.organisationId }),
    );
    expect(await codeOf(api.as(VIEWERS.hospital).audit.forCitizen({ citizenId: citizen.id }))).toBe(
      'NOT_FOUND',
    );
  });

  it('UNAUTHORIZED: nothing without signing in', async () => {
    expect(await codeOf(api.anonymous().worklist.mine())).toBe('UNAUTHORIZED');
  });
});
