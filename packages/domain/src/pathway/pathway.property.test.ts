import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../program/actors.ts';
import { hospitalContent, party, rehabPlanReferral, triageInput, VIEWERS } from '../testing/scenario.ts';
import type { Command, PathwayEvent } from './events.schema.ts';
import { decide } from './pathway.decide.ts';
import { fold } from './pathway.fold.ts';
import { slice } from './pathway.slice.ts';
import type { PathwayState } from './pathway.state.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const ORGS = Object.values(VIEWERS);

type Step = (state: PathwayState, i: number) => [Viewer, Command];
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length] as T;
const consentIds = (s: PathwayState) => Object.keys(s.consents);
const referralIds = (s: PathwayState) => Object.keys(s.referrals);

/** Commands from every sector; many fail against a given state, which is part of the point. */
const STEPS: Step[] = [
  (_, i) => [
    VIEWERS.gp,
    {
      type: 'consentGiven',
      consentId: `c-${i}`,
      recipient: party(pick(ORGS, i)),
      purpose: i % 2 ? 'treatment' : 'employment',
    },
  ],
  (s, i) => [VIEWERS.gp, { type: 'consentWithdrawn', consentId: pick(consentIds(s), i) ?? 'none' }],
  (_, i) => [
    pick([VIEWERS.gp, VIEWERS.physio, VIEWERS.hospital], i),
    { type: 'triaged', input: triageInput({ previousCancer: i % 3 === 0 }) },
  ],
  (_, i) => [
    pick([VIEWERS.gp, VIEWERS.physio, VIEWERS.prevention], i),
    { type: 'assessed', icf: { bodyFunctions: { painIntensity: i % 11 } } },
  ],
  (_, i) => [
    pick([VIEWERS.gp, VIEWERS.physio], i),
    {
      type: 'planUpdated',
      approach: 'stepped',
      goals: [{ goal: `Mål ${i}` }],
      interventions: ['self-management', 'exercise'],
      selfManagementAgreements: 'Gåture',
    },
  ],
  (_, i) => [
    VIEWERS.physio,
    {
      type: 'referralSent',
      referralId: `self-${i}`,
      kind: 'physio',
      to: party(VIEWERS.physio),
      content: { reason: 'Selv', clinicalInformation: 'Ondt' },
      selfReferral: true,
    },
  ],
  (_, i) => [
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: `h-${i}`,
      kind: 'hospital',
      to: party(VIEWERS.hospital),
      content: hospitalContent(),
      ...(i % 2 ? { recordConsent: 'treatment' as const } : {}),
    },
  ],
  (_, i) => [
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: `j-${i}`,
      kind: 'jobcentre-lae165',
      to: party(VIEWERS.jobcentre),
      content: { proposal: 'p', workSituation: 'w', healthInformation: 'h' },
      recordConsent: 'employment',
    },
  ],
  (_, i) => [VIEWERS.hospital, rehabPlanReferral(`r-${i}`)],
  (s, i) => [pick(ORGS, i), { type: 'referralAccepted', referralId: pick(referralIds(s), i) ?? 'none' }],
  (_, i) => [
    pick([VIEWERS.physio, VIEWERS.gp, VIEWERS.rehab], i),
    { type: 'interventionStarted', interventionId: `i-${i}`, intervention: 'self-management' },
  ],
  (_, i) => [
    VIEWERS.jobcentre,
    { type: 'sickLeaveRegistered', start: '2026-08-20', extent: 'full', expectedWeeks: 4 + (i % 10) },
  ],
  (_, i) => [
    pick([VIEWERS.physio, VIEWERS.rehab, VIEWERS.hospital], i),
    {
      type: 'noteSent',
      noteId: `n-${i}`,
      kind: 'information',
      to: [party(pick(ORGS, i))],
      content: { text: `Note ${i}` },
    },
  ],
];

/** A pathway grown by random commands through `decide`, as the API would. */
const pathwayArb = fc
  .array(fc.tuple(fc.nat(STEPS.length - 1), fc.nat(50)), { minLength: 5, maxLength: 60 })
  .map((plan) => {
    let events: PathwayEvent[] = [];
    const open = decide(
      fold([]),
      {
        type: 'pathwayOpened',
        citizen: { birthDate: '1980-05-14', municipality: 'Vejle' },
        coordinator: { actor: 'gp', organisationId: VIEWERS.gp.organisationId },
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: true,
      },
      VIEWERS.gp,
      T0,
    );
    if (open.ok) events = open.events;
    for (const [step, i] of plan) {
      const state = fold(events);
      const [viewer, command] = (STEPS[step] as Step)(state, i);
      const decision = decide(state, command, viewer, T0);
      if (decision.ok) events = [...events, ...decision.events];
    }
    return events;
  });

/** Written apart from the access matrix: facts about consent and coordination hold no health information. */
const CONSENT_FACTS = new Set<string>(['consentGiven', 'consentWithdrawn', 'coordinatorChanged']);
const CLINICAL_FACTS = new Set<string>([
  'triaged',
  'assessed',
  'planUpdated',
  'interventionStarted',
  'pathwayOpened',
]);
const EMPLOYMENT_FACTS = new Set<string>(['sickLeaveRegistered']);

/** Written apart from `slice`: does the citizen consent to share with this organisation now? */
function consentedOracle(events: PathwayEvent[], org: string): boolean {
  const active = new Set<string>();
  for (const e of events) {
    if (e.type === 'consentGiven' && e.recipient.organisationId === org) active.add(e.consentId);
    if (e.type === 'consentWithdrawn') active.delete(e.consentId);
  }
  return active.size > 0;
}

describe('pathway properties (fast-check)', () => {
  it('the generator grows varied pathways (guards the properties below against trivial input)', () => {
    const samples = fc.sample(pathwayArb, { numRuns: 200, seed: 42 });
    const types = new Set(samples.flat().map((e) => e.type));
    expect(Math.max(...samples.map((s) => s.length))).toBeGreaterThan(15);
    expect(types).toEqual(
      new Set([
        'pathwayOpened',
        'consentGiven',
        'consentWithdrawn',
        'triaged',
        'assessed',
        'planUpdated',
        'referralSent',
        'referralAccepted',
        'interventionStarted',
        'sickLeaveRegistered',
        'noteSent',
      ]),
    );
  });

  it('fold is deterministic: the same events, even after a JSON round trip, give the same state', () => {
    fc.assert(
      fc.property(pathwayArb, (events) => {
        expect(fold(JSON.parse(JSON.stringify(events)))).toEqual(fold(events));
        expect(fold(events).version).toBe(events.length);
      }),
      { numRuns: 60 },
    );
  });

  it('CONSENT: a slice never holds an event its viewer may not see', () => {
    fc.assert(
      fc.property(pathwayArb, fc.constantFrom(...ORGS), (events, viewer) => {
        const view = slice(fold(events), viewer);
        for (const entry of view?.entries ?? []) {
          if (entry.visibility !== 'full') continue;
          const e = entry.event;
          if (e.by.organisationId === viewer.organisationId || CONSENT_FACTS.has(e.type)) continue;
          expect(consentedOracle(events, viewer.organisationId)).toBe(true);
          if (CLINICAL_FACTS.has(e.type)) expect(viewer.actor).not.toBe('jobcentre');
          if (EMPLOYMENT_FACTS.has(e.type)) expect([VIEWERS.gp, VIEWERS.jobcentre]).toContain(viewer);
        }
        // and no withheld entry leaks its payload
        for (const entry of view?.entries ?? []) {
          if (entry.visibility === 'withheld')
            expect(Object.keys(entry).sort()).toEqual(['at', 'by', 'rule', 'seq', 'type', 'visibility']);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("CONSENT: withdrawing consent removes the shared items from the recipient's slice from then on", () => {
    fc.assert(
      fc.property(
        pathwayArb,
        fc.constantFrom(...ORGS.filter((o) => o !== VIEWERS.gp)),
        (events, recipient) => {
          let state = fold(events);
          for (const consent of Object.values(state.consents)) {
            if (consent.recipient.organisationId !== recipient.organisationId || consent.withdrawnAt)
              continue;
            const d = decide(
              state,
              { type: 'consentWithdrawn', consentId: consent.consentId },
              VIEWERS.gp,
              T0,
            );
            if (d.ok) state = fold([...state.events, ...d.events]);
          }
          const view = slice(state, recipient);
          for (const entry of view?.entries ?? []) {
            if (entry.visibility !== 'full') continue;
            const shared =
              entry.event.by.organisationId !== recipient.organisationId &&
              !CONSENT_FACTS.has(entry.event.type);
            expect(shared).toBe(false);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
