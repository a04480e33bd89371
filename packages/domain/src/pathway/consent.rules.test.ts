import { describe, expect, it } from 'vitest';
import { type Actor, citizenViewer, type Viewer } from '../program/actors.ts';
import { consentTo, openCommand, party, Scenario, VIEWERS } from '../testing/scenario.ts';
import type { Command, PathwayEvent } from './events.schema.ts';
import { type DecideOptions, decide } from './pathway.decide.ts';
import { fold } from './pathway.fold.ts';
import { slice } from './pathway.slice.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const CITIZEN_ID = '7d1f3c9a-0000-4000-8000-000000000001';
const citizen = citizenViewer('citizen-user-1', CITIZEN_ID);

/** The directory as the API holds it: every fixture organisation with its own actor. */
const DIRECTORY = new Map<string, Actor>(Object.values(VIEWERS).map((v) => [v.organisationId, v.actor]));
const OPTIONS: DecideOptions = {
  actorOf: (id) => DIRECTORY.get(id),
  register: { citizenId: CITIZEN_ID, listedWith: VIEWERS.gp.organisationId },
};

const attempt = (s: Scenario, by: Viewer, command: Command, options: DecideOptions = OPTIONS) =>
  decide(s.state, command, by, T0, options);
const rules = (d: ReturnType<typeof decide>) => (d.ok ? [] : d.violations.map((v) => v.rule));
/** Facts of others the viewer sees in full, beyond those about consent and coordination. */
const NOT_HEALTH = new Set(['consentGiven', 'consentWithdrawn', 'coordinatorChanged']);
const clinicalTypes = (s: Scenario, viewer: Viewer) =>
  (slice(s.state, viewer)?.entries ?? []).flatMap((e) =>
    e.visibility === 'full' &&
    e.event.by.organisationId !== viewer.organisationId &&
    !NOT_HEALTH.has(e.event.type)
      ? [e.event.type]
      : [],
  );

const selfReferral = (by: Viewer, kind: string, extra: Record<string, unknown> = {}): Command =>
  ({
    type: 'referralSent',
    referralId: `self-${by.organisationId}`,
    kind,
    to: party(by),
    content: { reason: 'Selvhenvendelse', clinicalInformation: 'Lændesmerter' },
    selfReferral: true,
    ...extra,
  }) as Command;

describe('consent is the citizen’s act (CONSENT-BY, issue 8)', () => {
  it('CONSENT-BY: the citizen gives consent on their own pathway, recorded as given by the citizen', () => {
    const s = Scenario.planned();
    const d = attempt(s, citizen, consentTo(VIEWERS.physio, 'c-citizen'));
    expect(d.ok).toBe(true);
    expect(d.ok && d.events[0]).toMatchObject({ type: 'consentGiven', givenBy: 'citizen' });
  });

  it('CONSENT-BY: a citizen cannot act on another citizen’s pathway, nor without the register', () => {
    const s = Scenario.planned();
    const other = citizenViewer('citizen-user-2', '7d1f3c9a-0000-4000-8000-000000000002');
    expect(rules(attempt(s, other, consentTo(VIEWERS.physio, 'c-x')))).toEqual(['PATHWAY-STATE']);
    expect(rules(attempt(s, citizen, consentTo(VIEWERS.physio, 'c-x'), {}))).toEqual(['PATHWAY-STATE']);
    expect(rules(attempt(s, citizen, { type: 'pathwayClosed', reason: 'Slut' }))).toEqual([
      'ACTOR-PERMISSION',
    ]);
  });

  it('CONSENT-BY: a practice whose consent was withdrawn cannot give it back to itself', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-p'), T0);
    s.run(VIEWERS.gp, { type: 'consentWithdrawn', consentId: 'c-p' }, T0);
    const d = attempt(s, VIEWERS.physio, consentTo(VIEWERS.physio, 'c-p2'));
    expect(d).toMatchObject({
      ok: false,
      violations: [{ rule: 'CONSENT-BY', params: { reason: 'recipient-records-for-itself' } }],
    });
    expect(clinicalTypes(s, VIEWERS.physio)).not.toContain('triaged');
  });

  it('CONSENT-BY: the jobcentre records no consent, except the citizen’s signed one with its own LÆ 285 request', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, { ...consentTo(VIEWERS.jobcentre, 'c-j'), purpose: 'employment' } as Command, T0);
    expect(rules(attempt(s, VIEWERS.jobcentre, consentTo(VIEWERS.physio, 'c-x')))).toContain('CONSENT-BY');
    const request: Command = {
      type: 'certificateRequested',
      certificateId: 'lae285-1',
      certificate: 'LAE285',
      to: party(VIEWERS.gp),
      dueBy: '2026-10-01',
      recordConsent: 'employment',
    };
    const d = attempt(s, VIEWERS.jobcentre, request);
    expect(d.ok && d.events.map((e) => e.type)).toEqual(['consentGiven', 'certificateRequested']);
  });

  it('CONSENT-BY: a professional without a care relation sharing with the recipient records nothing', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-p'), T0);
    // The physio is related (a consent names it) but has sent nothing to the chiropractor.
    expect(rules(attempt(s, VIEWERS.physio, consentTo(VIEWERS.chiro, 'c-c')))).toEqual(['CONSENT-BY']);
    // A forged givenBy is refused.
    expect(
      rules(attempt(s, VIEWERS.gp, { ...consentTo(VIEWERS.chiro, 'c-c'), givenBy: 'citizen' } as Command)),
    ).toEqual(['CONSENT-BY']);
  });

  it('CONSENT-BY: only the citizen, the recorder, the coordinator or the recipient itself withdraws a consent', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, { ...consentTo(VIEWERS.jobcentre, 'c-j'), purpose: 'employment' } as Command, T0);
    s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-p'), T0);
    expect(rules(attempt(s, VIEWERS.jobcentre, { type: 'consentWithdrawn', consentId: 'c-p' }))).toEqual([
      'CONSENT-BY',
    ]);
    expect(attempt(s, citizen, { type: 'consentWithdrawn', consentId: 'c-p' }).ok).toBe(true);
    expect(attempt(s, VIEWERS.gp, { type: 'consentWithdrawn', consentId: 'c-p' }).ok).toBe(true);
    // the recipient may record that the citizen withdrew it from the recipient itself: it only narrows
    expect(attempt(s, VIEWERS.jobcentre, { type: 'consentWithdrawn', consentId: 'c-j' }).ok).toBe(true);
  });

  it('CONSENT-BY: the citizen withdraws also after the pathway closed', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-p'), T0);
    s.run(VIEWERS.gp, { type: 'pathwayClosed', reason: 'Afsluttet' }, T0);
    expect(attempt(s, citizen, { type: 'consentWithdrawn', consentId: 'c-p' }).ok).toBe(true);
  });

  it('CONSENT-PURPOSE: treatment is not for the jobcentre, employment only for the jobcentre', () => {
    const s = Scenario.planned();
    expect(rules(attempt(s, citizen, consentTo(VIEWERS.jobcentre, 'c-j')))).toEqual(['CONSENT-PURPOSE']);
    expect(
      rules(attempt(s, citizen, { ...consentTo(VIEWERS.physio, 'c-p'), purpose: 'employment' } as Command)),
    ).toEqual(['CONSENT-PURPOSE']);
  });

  it('CONSENT-BY: stored consents from before the rule still fold; one the recipient recorded for itself counts for nothing', () => {
    const s = Scenario.planned();
    const legacy = (seq: number, by: Viewer, recipient: Viewer, consentId: string): PathwayEvent =>
      ({
        type: 'consentGiven',
        consentId,
        recipient: party(recipient),
        purpose: 'treatment',
        seq,
        at: T0,
        by,
      }) as PathwayEvent;
    const v = s.state.version;
    const state = fold([
      ...s.events,
      legacy(v + 1, VIEWERS.physio, VIEWERS.physio, 'old-self'),
      legacy(v + 2, VIEWERS.gp, VIEWERS.chiro, 'old-gp'),
    ]);
    expect(state.consents['old-self']).toMatchObject({
      givenBy: 'professional',
      void: 'recorded-by-recipient',
    });
    expect(state.consents['old-gp']).toMatchObject({ givenBy: 'professional' });
    expect(state.consents['old-gp']?.void).toBeUndefined();
    expect(slice(state, VIEWERS.physio)?.consented).toBe(false);
    expect(slice(state, VIEWERS.chiro)?.consented).toBe(true);
    // The consent to the coordinator recorded with the opening stays valid.
    expect(slice(state, VIEWERS.gp)?.consented).toBe(true);
  });
});

describe('parties come from the directory and the register (issue 8)', () => {
  it('RECIPIENT-ACTOR: a physio referral addressed to a jobcentre named as a physiotherapist is refused', () => {
    const s = Scenario.planned();
    const forged: Command = {
      type: 'referralSent',
      referralId: 'forged-1',
      kind: 'physio',
      to: { actor: 'physio', organisationId: VIEWERS.jobcentre.organisationId },
      content: { reason: 'Træning', clinicalInformation: 'Lændesmerter' },
      recordConsent: 'treatment',
    };
    expect(rules(attempt(s, VIEWERS.gp, forged))).toContain('RECIPIENT-ACTOR');
    const unknown = { ...forged, to: { actor: 'physio', organisationId: 'org-nowhere' } } as Command;
    expect(attempt(s, VIEWERS.gp, unknown)).toMatchObject({
      ok: false,
      violations: [{ rule: 'RECIPIENT-ACTOR', params: { reason: 'unknown-organisation' } }],
    });
  });

  it('SELF-REFERRAL: never to the jobcentre nor a hospital; a physiotherapist’s gives it its own facts only', () => {
    const s = Scenario.planned();
    expect(
      rules(attempt(s, VIEWERS.jobcentre, selfReferral(VIEWERS.jobcentre, 'jobcentre-contact'))),
    ).toEqual(['SELF-REFERRAL']);
    expect(rules(attempt(s, VIEWERS.hospital, selfReferral(VIEWERS.hospital, 'hospital')))).toEqual([
      'SELF-REFERRAL',
    ]);
    expect(
      rules(
        attempt(s, VIEWERS.physio, selfReferral(VIEWERS.physio, 'physio', { recordConsent: 'treatment' })),
      ),
    ).toEqual(['CONSENT-BY']);
    s.run(VIEWERS.physio, selfReferral(VIEWERS.physio, 'physio'), T0);
    expect(slice(s.state, VIEWERS.physio)?.relation).toBe('participant');
    expect(clinicalTypes(s, VIEWERS.physio)).toEqual([]);
  });

  it('REFERRAL-ROUTE: an organisation does not refer to itself other than as a self-referral', () => {
    const s = Scenario.planned();
    const toSelf: Command = {
      type: 'referralSent',
      referralId: 'to-self',
      kind: 'physio',
      to: party(VIEWERS.gp),
      content: { reason: 'x', clinicalInformation: 'y' },
    };
    expect(attempt(s, VIEWERS.gp, toSelf)).toMatchObject({
      ok: false,
      violations: [{ rule: 'REFERRAL-ROUTE', params: { reason: 'to-own-organisation' } }],
    });
  });

  it('COORDINATOR-LISTING: only the listed GP opens, as coordinator; another GP cannot', () => {
    const open = (by: Viewer, coordinator: Viewer) =>
      decide(fold([]), { ...openCommand(), coordinator: party(coordinator) } as Command, by, T0, OPTIONS);
    expect(open(VIEWERS.gp, VIEWERS.gp).ok).toBe(true);
    expect(rules(open(VIEWERS.otherGp, VIEWERS.otherGp))).toEqual(['COORDINATOR-LISTING']);
    expect(rules(open(VIEWERS.otherGp, VIEWERS.gp))).toEqual(['COORDINATOR-LISTING']);
    expect(open(VIEWERS.physio, VIEWERS.gp).ok).toBe(true);
    const unlisted = { ...OPTIONS, register: { citizenId: CITIZEN_ID, listedWith: null } };
    expect(rules(decide(fold([]), openCommand(), VIEWERS.gp, T0, unlisted))).toEqual(['COORDINATOR-LISTING']);
  });

  it('COORDINATOR-LISTING: a change of GP moves coordination to the newly listed practice only', () => {
    const s = Scenario.planned();
    const change = { type: 'coordinatorChanged', coordinator: party(VIEWERS.otherGp) } as Command;
    // Not listed there: the other GP stays a stranger, and the coordinator cannot hand it over.
    expect(rules(attempt(s, VIEWERS.otherGp, change))).toEqual(['PATHWAY-STATE']);
    expect(rules(attempt(s, VIEWERS.gp, change))).toEqual(['COORDINATOR-LISTING']);
    const relisted = {
      ...OPTIONS,
      register: { citizenId: CITIZEN_ID, listedWith: VIEWERS.otherGp.organisationId },
    };
    const d = decide(s.state, change, VIEWERS.otherGp, T0, relisted);
    expect(d.ok).toBe(true);
    if (d.ok) s.events.push(...d.events);
    expect(slice(s.state, VIEWERS.otherGp)?.relation).toBe('coordinator');
    expect(slice(s.state, VIEWERS.gp)?.relation).toBe('participant');
    // Coordination brings no clinical fact without the citizen's consent.
    expect(clinicalTypes(s, VIEWERS.otherGp)).toEqual([]);
  });
});
