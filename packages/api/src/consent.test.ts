import { listCitizenWith } from '@rygforlob/db';
import { ACCESS_MATRIX, type SliceEntry } from '@rygforlob/domain';
import { party, TEST_CITIZENS, triageInput, VIEWERS } from '@rygforlob/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, type TestApi } from './pathway.fixtures.ts';
import type { PathwayView } from './pathway-access.ts';
import { testApi } from './testing.ts';

/**
 * CONSENT (p.50) and JOB-CONSENT (p.43) at the API: what the citizen consented to share is
 * shown, and nothing more once the consent is withdrawn — in the pathway and in the worklist.
 */

let api: TestApi;
beforeAll(async () => {
  api = await testApi({ now: () => NOW });
}, 60_000);
afterAll(() => api?.close());

const PLAN_GOAL = 'Kunne løfte børnebørnene igen';
const AGREEMENTS = 'Morgenøvelser hver dag';
const LAE165 = {
  proposal: 'Delvis raskmelding 20 timer',
  workSituation: 'Lagerarbejder på fuld tid',
  healthInformation: 'Lændesmerter uden udstråling',
};
const PHYSIO_CONTENT = {
  reason: 'Superviseret træning',
  clinicalInformation: 'Nedsat bevægelighed i lænden',
};
const CONTENT = [PLAN_GOAL, AGREEMENTS, ...Object.values(LAE165), ...Object.values(PHYSIO_CONTENT)];

const fullTypes = (view: PathwayView) =>
  view.entries.flatMap((e) => (e.visibility === 'full' ? [e.event.type] : []));
const clinicalFull = (view: PathwayView, exceptBy?: string) =>
  view.entries.filter(
    (e): e is Extract<SliceEntry, { visibility: 'full' }> =>
      e.visibility === 'full' &&
      ACCESS_MATRIX[e.event.type] === ACCESS_MATRIX.triaged &&
      e.event.by.organisationId !== exceptBy,
  );
const withheld = (view: PathwayView) => view.entries.filter((e) => e.visibility === 'withheld');

async function pathwayReferredTo(index: number) {
  const gp = api.as(VIEWERS.gp);
  const person = TEST_CITIZENS[index];
  if (!person) throw new Error(`no test citizen ${index}`);
  const { citizen } = await gp.citizen.register({
    cpr: person.cpr,
    name: person.name,
    municipality: person.municipality,
  });
  const opened = await gp.pathway.open({
    citizenId: citizen.id,
    scope: { painRegions: ['lumbar'], affectsDailyLife: true },
    consentToCoordinator: true,
  });
  const pathwayId = opened.pathwayId;
  await gp.triage.record({ pathwayId, input: triageInput() });
  await gp.plan.update({
    pathwayId,
    approach: 'stepped',
    goals: [{ goal: PLAN_GOAL, subGoals: [] }],
    interventions: ['self-management', 'exercise'],
    selfManagementAgreements: AGREEMENTS,
  });
  return { gp, pathwayId };
}

const consentIdFor = (view: PathwayView, organisationId: string) => {
  const given = view.entries.find(
    (e) =>
      e.visibility === 'full' &&
      e.event.type === 'consentGiven' &&
      e.event.recipient.organisationId === organisationId,
  );
  if (given?.visibility !== 'full' || given.event.type !== 'consentGiven')
    throw new Error(`no consent to ${organisationId}`);
  return given.event.consentId;
};

describe('JOB-CONSENT: the jobcentre sees health information only while the citizen consents', () => {
  it('JOB-CONSENT: after the GP withdraws the consent, the caseworker sees no clinical entry, the LÆ 165 as withheld, and a worklist row without content', async () => {
    const { gp, pathwayId } = await pathwayReferredTo(9);
    const refused = await gp.referral
      .send({
        pathwayId,
        referralId: 'lae165-1',
        kind: 'jobcentre-lae165',
        to: party(VIEWERS.jobcentre),
        content: LAE165,
      })
      .catch((e: Error) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as Error).message).toContain('JOB-CONSENT');

    const sent = await gp.referral.send({
      pathwayId,
      referralId: 'lae165-1',
      kind: 'jobcentre-lae165',
      to: party(VIEWERS.jobcentre),
      content: LAE165,
      recordConsent: 'employment',
    });
    const caseworker = api.as(VIEWERS.jobcentre);

    // with the employment consent (CONSENT-PURPOSE): the LÆ 165 addressed to it in full, never triage or plan
    const before = await caseworker.pathway.get({ pathwayId });
    expect(before.consented).toBe(true);
    expect(before.purposes).toEqual(['employment']);
    expect(fullTypes(before)).toContain('referralSent');
    expect(clinicalFull(before)).toEqual([]);
    expect(JSON.stringify(before)).not.toContain(PLAN_GOAL);
    expect(JSON.stringify(before)).toContain(LAE165.proposal);
    const rowBefore = (await caseworker.worklist.mine()).rows.find((row) => row.pathwayId === pathwayId);
    expect(rowBefore?.targetGroup).toBeNull();
    expect(rowBefore?.inbox).toEqual([
      expect.objectContaining({
        type: 'referralSent',
        id: 'lae165-1',
        kind: 'jobcentre-lae165',
        withheld: false,
      }),
    ]);

    // the GP withdraws the consent to the jobcentre
    const consentId = consentIdFor(sent.view, VIEWERS.jobcentre.organisationId);
    const withdrawn = await gp.consent.withdraw({ pathwayId, consentId });
    expect(withdrawn.view.version).toBe(sent.view.version + 1);

    const after = await caseworker.pathway.get({ pathwayId });
    expect(after.consented).toBe(false);
    expect(clinicalFull(after)).toEqual([]);
    // only the consent facts about it (issue 8); the opening's details are clinical
    expect(fullTypes(after)).toEqual(['consentGiven', 'consentWithdrawn']);
    const lae165 = withheld(after).find((e) => e.visibility === 'withheld' && e.type === 'referralSent');
    expect(lae165).toEqual({
      visibility: 'withheld',
      seq: expect.any(Number),
      at: expect.any(String),
      type: 'referralSent',
      by: { actor: 'gp', organisationId: VIEWERS.gp.organisationId },
      rule: 'JOB-CONSENT',
    });
    expect(withheld(after).every((e) => e.visibility === 'withheld' && e.rule === 'JOB-CONSENT')).toBe(true);
    const timeline = await caseworker.pathway.timeline({ pathwayId });
    const advice = await caseworker.pathway.advice({ pathwayId });
    for (const shown of [after, timeline, advice]) {
      for (const text of CONTENT) expect(JSON.stringify(shown)).not.toContain(text);
      expect(JSON.stringify(shown)).not.toContain('TG-UNCOMPLICATED');
    }

    // the worklist and caseload rows carry no content either: no target group, the inbox item withheld
    const mine = (await caseworker.worklist.mine()).rows.filter((row) => row.pathwayId === pathwayId);
    const caseload = (await caseworker.jobcentre.caseload()).rows.filter(
      (row) => row.pathwayId === pathwayId,
    );
    const inbox = (await caseworker.referral.inbox()).rows.filter((row) => row.pathwayId === pathwayId);
    for (const rows of [mine, caseload, inbox]) {
      expect(rows).toHaveLength(1);
      const [row] = rows;
      expect(row?.targetGroup).toBeNull();
      expect(row?.inbox).toEqual([
        {
          type: 'referralSent',
          seq: lae165?.seq,
          at: expect.any(String),
          from: party(VIEWERS.gp),
          withheld: true,
          read: false,
        },
      ]);
      for (const text of [...CONTENT, 'jobcentre-lae165', 'lae165-1'])
        expect(JSON.stringify(row)).not.toContain(text);
    }

    // the GP still sees it all, and the jobcentre's referral is still there for the GP
    const coordinator = await gp.pathway.get({ pathwayId });
    expect(fullTypes(coordinator)).toEqual(
      expect.arrayContaining(['triaged', 'planUpdated', 'referralSent', 'consentWithdrawn']),
    );
  });

  it('JOB-CONSENT: a note to the jobcentre is refused after the withdrawal', async () => {
    const { gp, pathwayId } = await pathwayReferredTo(10);
    const sent = await gp.referral.send({
      pathwayId,
      referralId: 'lae165-2',
      kind: 'jobcentre-lae165',
      to: party(VIEWERS.jobcentre),
      content: LAE165,
      recordConsent: 'employment',
    });
    await gp.consent.withdraw({
      pathwayId,
      consentId: consentIdFor(sent.view, VIEWERS.jobcentre.organisationId),
    });
    const note = await gp.note
      .send({
        pathwayId,
        noteId: 'n-1',
        kind: 'correspondence',
        to: [party(VIEWERS.jobcentre)],
        content: { text: 'Opfølgning' },
      })
      .catch((e: Error) => e);
    expect(note).toBeInstanceOf(Error);
    expect((note as Error).message).toBe('JOB-CONSENT (to.0)');
  });
});

describe("CONSENT: a physiotherapist's slice shrinks when the citizen withdraws consent", () => {
  it("CONSENT: after withdrawal the physiotherapist keeps what it wrote, sees its referral withheld, and no one else's health information", async () => {
    const { gp, pathwayId } = await pathwayReferredTo(11);
    const sent = await gp.referral.send({
      pathwayId,
      referralId: 'fys-1',
      kind: 'physio',
      to: party(VIEWERS.physio),
      content: PHYSIO_CONTENT,
      recordConsent: 'treatment',
    });
    const physio = api.as(VIEWERS.physio);
    await physio.referral.accept({ pathwayId, referralId: 'fys-1' });
    await physio.assessment.recordIcf({
      pathwayId,
      icf: { bodyFunctions: { painIntensity: 5, painLocation: 'Fysioterapeutens fund' } },
    });

    const before = await physio.pathway.get({ pathwayId });
    expect(before.consented).toBe(true);
    expect(clinicalFull(before, VIEWERS.physio.organisationId).map((e) => e.event.type)).toEqual([
      'triaged',
      'planUpdated',
    ]);

    await gp.consent.withdraw({
      pathwayId,
      consentId: consentIdFor(sent.view, VIEWERS.physio.organisationId),
    });

    const after = await physio.pathway.get({ pathwayId });
    expect(after.consented).toBe(false);
    expect(after.entries.filter((e) => e.visibility === 'full').length).toBeLessThan(
      before.entries.filter((e) => e.visibility === 'full').length,
    );
    expect(clinicalFull(after, VIEWERS.physio.organisationId)).toEqual([]);
    // its own facts stay its own, with the consent facts about it (issue 8)
    expect(fullTypes(after)).toEqual(['consentGiven', 'referralAccepted', 'assessed', 'consentWithdrawn']);
    expect(JSON.stringify(after)).toContain('Fysioterapeutens fund');
    const referral = withheld(after).find((e) => e.visibility === 'withheld' && e.type === 'referralSent');
    expect(referral).toMatchObject({ visibility: 'withheld', type: 'referralSent', rule: 'CONSENT' });
    for (const text of [PLAN_GOAL, AGREEMENTS, ...Object.values(PHYSIO_CONTENT)])
      expect(JSON.stringify(after)).not.toContain(text);

    const row = (await physio.worklist.mine()).rows.find((r) => r.pathwayId === pathwayId);
    expect(row?.targetGroup).toBeNull();
    for (const text of [PLAN_GOAL, ...Object.values(PHYSIO_CONTENT)])
      expect(JSON.stringify(row)).not.toContain(text);
  });
});

describe('COORDINATOR-LISTING: a change of GP moves coordination, and nothing clinical with it', () => {
  it('COORDINATOR-LISTING: after the register lists the citizen with another practice, that practice records the change and coordinates; it sees no clinical fact until the citizen consents', async () => {
    const { gp, pathwayId } = await pathwayReferredTo(12);
    const before = await gp.pathway.get({ pathwayId });
    const newGp = api.as(VIEWERS.otherGp);
    const change = {
      pathwayId,
      coordinator: party(VIEWERS.otherGp) as { actor: 'gp'; organisationId: string },
    };
    // not yet listed there: the other practice is a stranger
    expect(await newGp.pathway.changeCoordinator(change).catch((e: Error) => e.message)).toMatch(
      /not found/i,
    );
    await listCitizenWith(api.database.db, before.citizen.id, VIEWERS.otherGp.organisationId);
    const changed = await newGp.pathway.changeCoordinator(change);
    expect(changed.view.relation).toBe('coordinator');
    expect(changed.view.coordinatorOrganisationId).toBe(VIEWERS.otherGp.organisationId);
    expect(clinicalFull(changed.view)).toEqual([]);
    for (const text of [PLAN_GOAL, AGREEMENTS]) expect(JSON.stringify(changed.view)).not.toContain(text);
    // the former coordinator keeps its own facts, as a participant
    const former = await gp.pathway.get({ pathwayId });
    expect(former.relation).toBe('participant');
    expect(fullTypes(former)).toEqual(expect.arrayContaining(['triaged', 'planUpdated']));
  });
});
