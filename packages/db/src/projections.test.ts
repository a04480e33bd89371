import { fold } from '@rygforlob/domain';
import { describe, expect, it } from 'vitest';
import { buildProjections } from './projections.ts';
import { party, Scenario, T0, VIEWERS } from './testing/fixtures.ts';

const context = {
  pathwayId: '11111111-1111-4111-8111-111111111111',
  citizen: { id: '22222222-2222-4222-8222-222222222222', name: 'Ida Eksempelsen', cpr: '0311049170' },
};
const later = '2026-09-03T10:00:00+02:00';
const project = (s: Scenario) => buildProjections(s.state, context);
const rowOf = (s: Scenario, organisationId: string) =>
  project(s).worklist.find((row) => row.organisationId === organisationId);

describe('buildProjections', () => {
  it('gives nothing for a pathway with no events', () => {
    expect(buildProjections(fold([]), context)).toEqual({ worklist: [], clocks: [] });
  });

  it('gives one row per related organisation, with its relation and the denormalised citizen', () => {
    const { worklist } = project(Scenario.withRehabPlan());
    expect(worklist.map((r) => [r.organisationId, r.relation]).sort()).toEqual([
      [VIEWERS.gp.organisationId, 'coordinator'],
      [VIEWERS.hospital.organisationId, 'participant'],
      [VIEWERS.rehab.organisationId, 'participant'],
    ]);
    expect(worklist[0]).toMatchObject({
      pathwayId: context.pathwayId,
      citizenName: 'Ida Eksempelsen',
      citizenCpr: '0311049170',
      status: 'open',
    });
  });

  it("puts a new referral in the recipient's inbox, with its kind but no content, and the start clock on the recipient", () => {
    const s = Scenario.withRehabPlan();
    const rehab = rowOf(s, VIEWERS.rehab.organisationId);
    expect(rehab?.inbox).toEqual([
      {
        type: 'referralSent',
        id: 'r-1',
        kind: 'rehab-140',
        // seq 6 is the consent the referral records.
        seq: 7,
        at: T0,
        from: party(VIEWERS.hospital),
        withheld: false,
      },
    ]);
    expect(rehab?.inboxCount).toBe(1);
    expect(project(s).clocks).toEqual([
      {
        pathwayId: context.pathwayId,
        code: 'CLK-R140-START',
        subject: 'r-1',
        ownerOrgId: VIEWERS.rehab.organisationId,
        startedOn: '2026-09-01',
        dueFrom: '2026-09-01',
        dueBy: '2026-09-08',
        threshold: false,
      },
    ]);
  });

  it('takes the referral out of the inbox once answered, and tells the sender', () => {
    const s = Scenario.withRehabPlan();
    s.run(VIEWERS.rehab, { type: 'referralAccepted', referralId: 'r-1' }, later);
    expect(rowOf(s, VIEWERS.rehab.organisationId)?.inbox).toEqual([]);
    expect(rowOf(s, VIEWERS.hospital.organisationId)?.inbox).toMatchObject([
      { type: 'referralAccepted', id: 'r-1', kind: 'rehab-140', from: party(VIEWERS.rehab) },
    ]);
    s.run(
      VIEWERS.rehab,
      { type: 'interventionStarted', interventionId: 'g-1', intervention: 'rehab-140', referralId: 'r-1' },
      later,
    );
    expect(project(s).clocks).toEqual([]);
  });

  it('keeps a note new until the addressee next acts on the pathway', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      { type: 'consentGiven', consentId: 'c-p', recipient: party(VIEWERS.physio), purpose: 'treatment' },
      T0,
    );
    s.run(
      VIEWERS.gp,
      {
        type: 'noteSent',
        noteId: 'n-1',
        kind: 'information',
        to: [party(VIEWERS.physio)],
        content: { text: 'Til orientering' },
      },
      T0,
    );
    expect(rowOf(s, VIEWERS.physio.organisationId)?.inbox).toMatchObject([
      { type: 'noteSent', id: 'n-1', kind: 'information' },
    ]);
    s.run(
      VIEWERS.physio,
      {
        type: 'noteSent',
        noteId: 'n-2',
        kind: 'feedback',
        to: [party(VIEWERS.gp)],
        content: { text: 'Tak', followUpBy: 'sender' },
      },
      later,
    );
    expect(rowOf(s, VIEWERS.physio.organisationId)?.inbox).toEqual([]);
    expect(rowOf(s, VIEWERS.gp.organisationId)?.inbox).toMatchObject([
      { type: 'noteSent', id: 'n-2', kind: 'feedback' },
    ]);
  });

  it('tells an organisation without consent only what its slice shows: no target group, a withheld note', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      { type: 'consentGiven', consentId: 'c-p', recipient: party(VIEWERS.physio), purpose: 'treatment' },
      T0,
    );
    s.run(
      VIEWERS.gp,
      {
        type: 'noteSent',
        noteId: 'n-1',
        kind: 'information',
        to: [party(VIEWERS.physio)],
        content: { text: 'Til orientering' },
      },
      T0,
    );
    expect(rowOf(s, VIEWERS.physio.organisationId)?.targetGroup).not.toBeNull();
    s.run(VIEWERS.gp, { type: 'consentWithdrawn', consentId: 'c-p' }, later);
    const physio = rowOf(s, VIEWERS.physio.organisationId);
    expect(physio?.targetGroup).toBeNull();
    expect(physio?.inbox).toEqual([
      { type: 'noteSent', seq: 6, at: T0, from: party(VIEWERS.gp), withheld: true },
    ]);
    expect(rowOf(s, VIEWERS.gp.organisationId)?.targetGroup).toBe(s.state.triage?.result?.targetGroup);
  });

  it('gives a clock with no owner in the pathway to the coordinating GP', () => {
    const s = Scenario.planned({ specificFindings: { nerveRoot: true, stenosis: false, other: [] } });
    s.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
      T0,
    );
    const reassess = project(s).clocks.find((c) => c.code === 'CLK-REASSESS-4-8W');
    expect(reassess).toMatchObject({
      ownerOrgId: VIEWERS.gp.organisationId,
      dueFrom: '2026-09-29',
      dueBy: '2026-10-27',
    });
  });

  it('has no open clocks once the pathway is closed', () => {
    const s = Scenario.withRehabPlan();
    s.run(VIEWERS.gp, { type: 'pathwayClosed', reason: 'Afsluttet' }, later);
    const { worklist, clocks } = project(s);
    expect(clocks).toEqual([]);
    expect(worklist.every((row) => row.status === 'closed')).toBe(true);
  });

  it('is a function of the events alone', () => {
    const s = Scenario.withRehabPlan();
    expect(buildProjections(fold(s.events), context)).toEqual(buildProjections(fold([...s.events]), context));
  });
});
