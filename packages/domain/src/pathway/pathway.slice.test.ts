import { describe, expect, it } from 'vitest';
import { advise } from '../advice/advise.ts';
import { lae165Referral, party, Scenario, VIEWERS } from '../testing/scenario.ts';
import { slice } from './pathway.slice.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const types = (view: ReturnType<typeof slice>) =>
  view?.entries.map((e) => (e.visibility === 'full' ? e.event.type : `withheld:${e.type}`));

function withJobcentre(): Scenario {
  const s = Scenario.planned();
  s.run(VIEWERS.gp, lae165Referral(), T0);
  s.run(
    VIEWERS.jobcentre,
    { type: 'sickLeaveRegistered', start: '2026-08-25', extent: 'full', expectedWeeks: 10 },
    T0,
  );
  return s;
}

describe('slices (design.md: each sector sees its own slice)', () => {
  it("the coordinating GP sees the whole consented pathway, the jobcentre's steps included", () => {
    const s = withJobcentre();
    expect(types(slice(s.state, VIEWERS.gp))).toEqual(s.events.map((e) => e.type));
  });

  it("an organisation with no relation to the pathway gets nothing (the API's NOT_FOUND)", () => {
    const s = withJobcentre();
    expect(slice(s.state, VIEWERS.otherGp)).toBeNull();
    expect(slice(s.state, VIEWERS.otherPrevention)).toBeNull();
  });

  it('JOB-CONSENT: under an employment consent the caseworker sees what was sent to it and the sick leave, never the clinical record; withdrawn, only its own facts and the existence remain', () => {
    const s = withJobcentre();
    const before = slice(s.state, VIEWERS.jobcentre);
    expect(before?.consented).toBe(true);
    expect(before?.purposes).toEqual(['employment']);
    expect(types(before)).toEqual(expect.arrayContaining(['referralSent', 'sickLeaveRegistered']));
    expect(types(before)).not.toContain('triaged');
    expect(types(before)).not.toContain('planUpdated');
    expect(types(before)).toContain('withheld:pathwayOpened');
    expect(before?.state.triage).toBeNull();

    const consent = Object.values(s.state.consents).find(
      (c) => c.recipient.organisationId === VIEWERS.jobcentre.organisationId,
    );
    s.run(VIEWERS.gp, { type: 'consentWithdrawn', consentId: consent?.consentId ?? '' }, T0);
    const after = slice(s.state, VIEWERS.jobcentre);
    expect(after?.consented).toBe(false);
    expect(types(after)).toContain('sickLeaveRegistered'); // its own fact
    expect(
      after?.entries.find((e) => e.visibility === 'withheld' && e.type === 'referralSent'),
    ).toMatchObject({ rule: 'JOB-CONSENT' });
    expect(JSON.stringify(after)).not.toContain('Lændesmerter');
    expect(JSON.stringify(after)).not.toContain('lumbar');
  });

  it('CONSENT-PURPOSE: a withheld opening still tells the jobcentre that the pathway exists, its coordinator and the citizen’s age, so its advice and clocks work; never the pain regions', () => {
    const s = withJobcentre();
    const view = slice(s.state, VIEWERS.jobcentre);
    expect(types(view)).toContain('withheld:pathwayOpened');
    expect(view?.state.opened).toMatchObject({ scope: null, coordinator: party(VIEWERS.gp) });
    expect(view?.state.coordinator).toEqual(party(VIEWERS.gp));
    expect(JSON.stringify(view)).not.toContain('lumbar');
    expect(advise(view?.state ?? s.state, T0).map((a) => a.rule)).toContain('FAST-TRACK');
    s.run(VIEWERS.gp, { type: 'pathwayClosed', reason: 'Overgået til anden udredning' }, T0);
    const closed = slice(s.state, VIEWERS.jobcentre);
    expect(closed?.state.status).toBe('closed');
    expect(closed?.state.closed?.reason).toBeUndefined();
    expect(JSON.stringify(closed)).not.toContain('Overgået');
  });

  it('CONSENT-PURPOSE: a treatment consent recorded for the jobcentre before the rule shows it nothing clinical', () => {
    const s = withJobcentre();
    // A stored fact from before CONSENT-PURPOSE: appended as it was, not through decide.
    s.events.push({
      type: 'consentGiven',
      consentId: 'legacy-1',
      recipient: party(VIEWERS.jobcentre),
      purpose: 'treatment',
      seq: s.state.version + 1,
      at: T0,
      by: VIEWERS.gp,
    });
    const view = slice(s.state, VIEWERS.jobcentre);
    expect(view?.purposes).toEqual(['employment']);
    expect(types(view)).not.toContain('triaged');
  });

  it("CONSENT: a physiotherapist sees the clinical record and what was sent to it, not the jobcentre's case", () => {
    const s = withJobcentre();
    s.run(
      VIEWERS.gp,
      {
        type: 'referralSent',
        referralId: 'p-1',
        kind: 'physio',
        to: party(VIEWERS.physio),
        content: { reason: 'Træning', clinicalInformation: 'Uspecifikke lændesmerter' },
        recordConsent: 'treatment',
      },
      T0,
    );
    const view = types(slice(s.state, VIEWERS.physio));
    expect(view).toEqual(expect.arrayContaining(['pathwayOpened', 'triaged', 'planUpdated', 'referralSent']));
    expect(view).not.toContain('sickLeaveRegistered');
    const referrals = slice(s.state, VIEWERS.physio)?.entries.filter(
      (e) => e.visibility === 'full' && e.event.type === 'referralSent',
    );
    expect(referrals).toHaveLength(1); // the physio referral, not LÆ 165
  });

  it("GP-INFORMED: without the citizen's consent to inform the GP, the GP sees only its own facts of others' work", () => {
    const s = new Scenario();
    s.run(
      VIEWERS.physio,
      {
        type: 'pathwayOpened',
        citizen: { birthDate: '1975-02-11', municipality: 'Kolding' },
        coordinator: { actor: 'gp', organisationId: VIEWERS.gp.organisationId },
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: false,
      },
      T0,
    );
    s.run(VIEWERS.physio, { type: 'assessed', icf: { bodyFunctions: { painIntensity: 5 } } }, T0);
    // The GP knows the pathway exists; its pain regions are clinical.
    expect(types(slice(s.state, VIEWERS.gp))).toEqual(['withheld:pathwayOpened']);
    s.run(
      VIEWERS.physio,
      { type: 'consentGiven', consentId: 'c-gp', recipient: party(VIEWERS.gp), purpose: 'treatment' },
      T0,
    );
    expect(types(slice(s.state, VIEWERS.gp))).toEqual(['pathwayOpened', 'assessed', 'consentGiven']);
  });
});
