import { describe, expect, it } from 'vitest';
import type { Command, PathwayEvent } from '../index.ts';
import { hospitalContent, openCommand, party, Scenario, triageInput, VIEWERS } from '../testing/scenario.ts';
import { cliWith } from './test-helpers.ts';

const NOW = '2026-03-02T10:00:00+01:00';
const general = { reason: 'Lænderygsmerter, 3 uger', clinicalInformation: 'Ingen røde flag' };
const from = (v: (typeof VIEWERS)[keyof typeof VIEWERS]) => ({
  actor: v.actor,
  organisationId: v.organisationId,
});

/** A GP opens a pathway (with consent to the GP) and triages it as TG-CAUDA. */
function caudaPathway(): Scenario {
  const s = new Scenario();
  s.run(VIEWERS.gp, openCommand(), '2026-03-02T09:00:00+01:00');
  const caudaEquina = { ...triageInput().caudaEquina, saddleAnaesthesia: true };
  s.run(VIEWERS.gp, { type: 'triaged', input: triageInput({ caudaEquina }) }, '2026-03-02T09:10:00+01:00');
  return s;
}

describe('referral-check', () => {
  it('REFERRAL-ROUTE: referral-check refuses physio → hospital and names the route', async () => {
    const ran = await cliWith(['referral-check'], {
      from: from(VIEWERS.physio),
      kind: 'hospital',
      to: party(VIEWERS.hospital),
      content: hospitalContent(),
      now: NOW,
    });
    expect(ran.code).toBe(0);
    expect(ran.json()).toEqual({
      allowed: false,
      violations: [
        { rule: 'REFERRAL-ROUTE', field: 'kind', params: { kind: 'hospital', routes: ['via-gp'] } },
      ],
      warnings: [],
    });
  });

  it("REFERRAL-ROUTE: the recipient must be the kind's actor", async () => {
    const ran = await cliWith(['referral-check'], {
      from: from(VIEWERS.gp),
      kind: 'physio',
      to: party(VIEWERS.chiro),
      content: general,
      recordConsent: 'treatment',
      now: NOW,
    });
    expect(ran.json()).toMatchObject({
      allowed: false,
      violations: [{ rule: 'REFERRAL-ROUTE', field: 'to.actor', params: { expected: 'physio' } }],
    });
  });

  it('CONSENT: without consent in the events the referral is refused; consent given earlier counts', async () => {
    const s = Scenario.planned();
    const draft = {
      from: from(VIEWERS.gp),
      kind: 'physio',
      to: party(VIEWERS.physio),
      content: general,
      now: NOW,
    };
    const refused = await cliWith(['referral-check'], { ...draft, events: s.events });
    expect(refused.json()).toMatchObject({
      allowed: false,
      violations: [
        { rule: 'CONSENT', field: 'consent', params: { recipient: VIEWERS.physio.organisationId } },
      ],
    });
    s.run(
      VIEWERS.gp,
      { type: 'consentGiven', consentId: 'c-physio', recipient: party(VIEWERS.physio), purpose: 'treatment' },
      NOW,
    );
    expect((await cliWith(['referral-check'], { ...draft, events: s.events })).json()).toEqual({
      allowed: true,
      violations: [],
      warnings: [],
    });
    expect(
      (await cliWith(['referral-check'], { ...draft, recordConsent: 'treatment' })).json(),
    ).toMatchObject({ allowed: true });
  });

  it('JOB-CONSENT: the jobcentre gets health information only with consent', async () => {
    const ran = await cliWith(['referral-check'], {
      from: from(VIEWERS.gp),
      kind: 'jobcentre-contact',
      to: party(VIEWERS.jobcentre),
      content: general,
      now: NOW,
    });
    expect(ran.json()).toMatchObject({
      allowed: false,
      violations: [{ rule: 'JOB-CONSENT', field: 'consent' }],
    });
  });

  it('HOSP-CONTENT, HOSP-WORDING: missing parts of a hospital referral are named by field', async () => {
    const { objectiveFindings: _dropped, ...content } = hospitalContent();
    const ran = await cliWith(['referral-check'], {
      from: from(VIEWERS.gp),
      kind: 'hospital',
      to: party(VIEWERS.hospital),
      content: { ...content, wordingConfirmed: false },
      recordConsent: 'treatment',
      now: NOW,
    });
    expect(ran.code).toBe(0);
    expect(ran.json()).toMatchObject({
      allowed: false,
      violations: [{ rule: 'HOSP-CONTENT', field: 'content.objectiveFindings' }],
    });
    // HOSP-WORDING is a recommendation ("bør", p.53): a warning once the content is whole.
    const whole = await cliWith(['referral-check'], {
      from: from(VIEWERS.gp),
      kind: 'hospital',
      to: party(VIEWERS.hospital),
      content: { ...hospitalContent(), wordingConfirmed: false },
      recordConsent: 'treatment',
      now: NOW,
    });
    expect(whole.json()).toMatchObject({
      allowed: true,
      warnings: [{ rule: 'HOSP-WORDING', field: 'content.wordingConfirmed' }],
    });
  });

  it('P119-CRITERIA: criteria that do not hold are warnings; the referral is allowed', async () => {
    const ran = await cliWith(['referral-check'], {
      from: from(VIEWERS.gp),
      kind: 'prevention-119',
      to: party(VIEWERS.prevention),
      content: {
        referralDiagnosis: 'Uspecifikke lænderygsmerter',
        clinicalInformation: 'Langvarige smerter, god funktion',
        purpose: 'Afklarende samtale om mestringskursus',
        history: 'Smerter i 8 måneder',
        practicalCircumstances: 'Arbejder på fuld tid',
        otherMunicipalOffers: [],
        interpreterNeeded: false,
        criteria: { practiceCourseTried: false, aimPreventWorsening: true, courseJudgedHelpful: true },
      },
      recordConsent: 'treatment',
      now: NOW,
    });
    expect(ran.json()).toEqual({
      allowed: true,
      violations: [],
      warnings: [{ rule: 'P119-CRITERIA', field: 'content.criteria.practiceCourseTried' }],
    });
  });

  it('INPUT-INVALID: a malformed envelope names its fields and exits 2', async () => {
    const ran = await cliWith(['referral-check'], {
      from: { actor: 'doctor' },
      kind: 'massage',
      to: party(VIEWERS.gp),
      now: 'today',
    });
    expect(ran.code).toBe(2);
    expect(ran.violations().map((v) => v.field)).toEqual([
      'from.actor',
      'from.organisationId',
      'kind',
      'content',
      'now',
    ]);
  });
});

describe('advise', () => {
  it('TG-CAUDA: advise warns until the acute referral is sent', async () => {
    const s = caudaPathway();
    const before = (await cliWith(['advise', '--now', NOW], { events: s.events })).json() as {
      rule: string;
    }[];
    expect(before[0]).toEqual({ kind: 'warning', rule: 'TG-CAUDA', params: { action: 'acute-referral' } });

    const acute: Command = {
      type: 'referralSent',
      referralId: 'ref-acute',
      kind: 'acute',
      to: party(VIEWERS.acute),
      content: general,
      recordConsent: 'treatment',
    };
    s.run(VIEWERS.gp, acute, '2026-03-02T09:20:00+01:00');
    const after = (await cliWith(['advise', '--now', NOW], { events: s.events })).json() as {
      rule: string;
    }[];
    expect(after.map((a) => a.rule)).not.toContain('TG-CAUDA');
  });

  it('takes a bare array of events as well as { events }, and a date for --now', async () => {
    const { events } = Scenario.planned();
    const wrapped = await cliWith(['advise', '--now', '2026-09-02'], { events });
    const bare = await cliWith(['advise', '--now', '2026-09-02'], events);
    expect(bare.code).toBe(0);
    expect(bare.stdout).toBe(wrapped.stdout);
    expect((bare.json() as { rule: string }[]).map((a) => a.rule)).toEqual([
      'TG-UNCOMPLICATED',
      'ICF-ASSESSMENT',
      'WORK-EARLY',
    ]);
  });

  it('INPUT-INVALID: --now is required and must be ISO; a bad event is named by its index', async () => {
    const { events } = Scenario.planned();
    expect((await cliWith(['advise'], events)).violations()[0]).toMatchObject({
      field: '--now',
      params: { reason: 'missing' },
    });
    expect((await cliWith(['advise', '--now', 'monday'], events)).violations()[0]).toMatchObject({
      field: '--now',
    });
    const broken: unknown[] = [...events];
    broken[1] = { ...(events[1] as PathwayEvent), type: 'triagedd' };
    const ran = await cliWith(['advise', '--now', NOW], { events: broken });
    expect(ran.code).toBe(2);
    expect(ran.violations()).toEqual([
      expect.objectContaining({ rule: 'INPUT-INVALID', field: 'events.1.type' }),
    ]);
  });
});

describe('slice', () => {
  /** The GP refers to the physio with consent; the citizen then withdraws it. */
  function withdrawn(): Scenario {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), '2026-02-02T09:00:00+01:00');
    const referral: Command = {
      type: 'referralSent',
      referralId: 'r1',
      kind: 'physio',
      to: party(VIEWERS.physio),
      content: general,
      recordConsent: 'treatment',
    };
    s.run(VIEWERS.gp, referral, '2026-02-02T09:30:00+01:00');
    const consent = Object.values(s.state.consents).find(
      (c) => c.recipient.organisationId === VIEWERS.physio.organisationId,
    );
    s.run(
      VIEWERS.gp,
      { type: 'consentWithdrawn', consentId: consent?.consentId ?? '' },
      '2026-02-10T11:00:00+01:00',
    );
    return s;
  }

  it('CONSENT: after the citizen withdraws consent the physio sees its referral withheld', async () => {
    const ran = await cliWith(['slice', '--viewer', 'physio:org-physio-vejle'], {
      events: withdrawn().events,
    });
    expect(ran.code).toBe(0);
    const view = ran.json() as {
      relation: string;
      consented: boolean;
      entries: { visibility: string; type?: string; rule?: string }[];
    };
    expect(view).toMatchObject({ relation: 'participant', consented: false });
    // Issue 8: the consent facts about it stay the physio's to see; the opening's details are clinical.
    expect(view.entries.filter((e) => e.visibility === 'withheld')).toEqual([
      expect.objectContaining({ type: 'pathwayOpened', rule: 'CONSENT' }),
      expect.objectContaining({ type: 'referralSent', rule: 'CONSENT' }),
    ]);
  });

  it('the coordinating GP sees every event in full; --viewer takes JSON too', async () => {
    const { events } = withdrawn();
    const viewer = JSON.stringify({ actor: 'gp', organisationId: 'org-gp-vejle', userId: 'u-1' });
    const view = (await cliWith(['slice', '--viewer', viewer], events)).json() as {
      relation: string;
      entries: unknown[];
    };
    expect(view.relation).toBe('coordinator');
    expect(view.entries).toEqual(events.map((event) => ({ visibility: 'full', event })));
  });

  it('PATHWAY-STATE: a viewer with no relation to the pathway is refused with exit code 1', async () => {
    const ran = await cliWith(['slice', '--viewer', 'gp:org-gp-odense'], withdrawn().events);
    expect(ran.code).toBe(1);
    expect(ran.violations()).toEqual([
      {
        rule: 'PATHWAY-STATE',
        field: '--viewer',
        params: { reason: 'no-relation', organisationId: 'org-gp-odense' },
      },
    ]);
  });

  it('INPUT-INVALID: --viewer is required; an unknown actor is named as --viewer.actor', async () => {
    const { events } = withdrawn();
    expect((await cliWith(['slice'], events)).violations()[0]).toMatchObject({
      field: '--viewer',
      params: { reason: 'missing' },
    });
    const ran = await cliWith(['slice', '--viewer', 'nurse:org-x'], events);
    expect(ran.code).toBe(2);
    expect(ran.violations()).toEqual([
      expect.objectContaining({ rule: 'INPUT-INVALID', field: '--viewer.actor' }),
    ]);
    expect((await cliWith(['slice', '--viewer', 'physio'], events)).violations()[0]).toMatchObject({
      params: { reason: 'invalid-format' },
    });
  });
});
