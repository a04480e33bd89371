import { describe, expect, it } from 'vitest';
import { party, Scenario, VIEWERS } from '../testing/scenario.ts';
import { slice } from './pathway.slice.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const types = (view: ReturnType<typeof slice>) =>
  view?.entries.map((e) => (e.visibility === 'full' ? e.event.type : `withheld:${e.type}`));

function withJobcentre(): Scenario {
  const s = Scenario.planned();
  s.run(
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: 'lae165-1',
      kind: 'jobcentre-lae165',
      to: party(VIEWERS.jobcentre),
      content: {
        proposal: 'Socialmedicinsk sagsbehandling',
        workSituation: 'Pædagog',
        healthInformation: 'Lændesmerter',
      },
      recordConsent: 'employment',
    },
    T0,
  );
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

  it('JOB-CONSENT: with consent the caseworker sees the health information; withdrawn, it vanishes and only its existence remains', () => {
    const s = withJobcentre();
    const before = slice(s.state, VIEWERS.jobcentre);
    expect(before?.consented).toBe(true);
    expect(types(before)).toEqual(
      expect.arrayContaining(['triaged', 'planUpdated', 'referralSent', 'sickLeaveRegistered']),
    );
    expect(before?.state.triage?.result?.targetGroup).toBe('TG-UNCOMPLICATED');

    const consent = Object.values(s.state.consents).find(
      (c) => c.recipient.organisationId === VIEWERS.jobcentre.organisationId,
    );
    s.run(VIEWERS.gp, { type: 'consentWithdrawn', consentId: consent?.consentId ?? '' }, T0);
    const after = slice(s.state, VIEWERS.jobcentre);
    expect(after?.consented).toBe(false);
    expect(types(after)).not.toContain('triaged');
    expect(types(after)).not.toContain('planUpdated');
    expect(types(after)).toContain('sickLeaveRegistered'); // its own fact
    expect(
      after?.entries.find((e) => e.visibility === 'withheld' && e.type === 'referralSent'),
    ).toMatchObject({ rule: 'JOB-CONSENT' });
    expect(after?.state.triage).toBeNull();
    expect(JSON.stringify(after)).not.toContain('Lændesmerter');
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
    expect(types(slice(s.state, VIEWERS.gp))).toEqual(['pathwayOpened']);
    s.run(
      VIEWERS.physio,
      { type: 'consentGiven', consentId: 'c-gp', recipient: party(VIEWERS.gp), purpose: 'treatment' },
      T0,
    );
    expect(types(slice(s.state, VIEWERS.gp))).toEqual(['pathwayOpened', 'assessed', 'consentGiven']);
  });
});
