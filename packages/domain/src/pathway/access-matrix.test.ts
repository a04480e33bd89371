import { describe, expect, it } from 'vitest';
import { lae165Referral, Scenario, VIEWERS } from '../testing/scenario.ts';
import {
  ACCESS_MATRIX,
  accessOf,
  type FactRelation,
  type PurposeKey,
  purposeFits,
  type Visibility,
} from './access-matrix.ts';
import { EVENT_TYPES, type EventType } from './events.schema.ts';
import { slice } from './pathway.slice.ts';

/**
 * The matrix as issue 8 states it, written apart from the table: per group of event types, per
 * relation, the cells for treatment / employment / no consent (F full, W withheld, H hidden).
 */
const GROUPS: Record<string, EventType[]> = {
  existence: ['pathwayOpened', 'pathwayClosed'],
  coordination: ['coordinatorChanged'],
  clinical: [
    'triaged',
    'assessed',
    'questionnaireCompleted',
    'questionnaireRequested',
    'planUpdated',
    'interventionStarted',
    'sessionRecorded',
    'interventionEnded',
    'medicationPrescribed',
    'medicationFollowedUp',
    'hospitalNotified',
  ],
  addressed: [
    'referralSent',
    'referralAccepted',
    'referralDeclined',
    'rehabGraded',
    'freeChoiceRecorded',
    'noteSent',
    'certificateRequested',
    'certificateAnswered',
  ],
  consents: ['consentGiven', 'consentWithdrawn'],
  employment: [
    'sickLeaveRegistered',
    'fastTrackRequested',
    'meetingScheduled',
    'meetingHeld',
    'meetingCancelled',
    's56Applied',
    'benefitReviewScheduled',
  ],
};

//                                 author  addressee coordinator participant   (treatment employment none)
const EXPECTED: Record<string, [string, string, string, string]> = {
  existence: ['FFF', 'FWW', 'FWW', 'FWW'],
  coordination: ['FFF', 'FFF', 'FFF', 'FFF'],
  clinical: ['FFF', 'FHH', 'FHH', 'FHH'],
  addressed: ['FFF', 'FFW', 'FHH', 'HHH'],
  consents: ['FFF', 'FFF', 'FFF', 'HHH'],
  employment: ['FFF', 'HFH', 'FHH', 'HFH'],
};

const RELATIONS: FactRelation[] = ['author', 'addressee', 'coordinator', 'participant'];
const PURPOSES: PurposeKey[] = ['treatment', 'employment', 'none'];
const LETTER: Record<string, Visibility> = { F: 'full', W: 'withheld', H: 'hidden' };

const CASES = Object.entries(GROUPS).flatMap(([group, types]) =>
  types.flatMap((type) =>
    RELATIONS.flatMap((relation, r) =>
      PURPOSES.map((purpose, p) => ({
        type,
        relation,
        purpose,
        expected: LETTER[(EXPECTED[group] as string[])[r]?.[p] as string] as Visibility,
      })),
    ),
  ),
);

describe('the access matrix: event type × relation × purpose (CONSENT-PURPOSE, issue 8)', () => {
  it('CONSENT-PURPOSE: every event type is in exactly one group of the stated matrix', () => {
    const grouped = Object.values(GROUPS).flat();
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual([...EVENT_TYPES].sort());
  });

  it.each(CASES)('CONSENT-PURPOSE: $type seen as $relation under $purpose is $expected', (c) => {
    expect(ACCESS_MATRIX[c.type][c.relation][c.purpose]).toBe(c.expected);
  });

  it('CONSENT-PURPOSE: several relations or purposes give the widest cell', () => {
    expect(accessOf('referralSent', ['participant', 'addressee'], [])).toBe('withheld');
    expect(accessOf('referralSent', ['participant', 'addressee'], ['employment'])).toBe('full');
    expect(accessOf('triaged', ['participant'], ['employment'])).toBe('hidden');
    expect(accessOf('triaged', ['participant'], ['employment', 'treatment'])).toBe('full');
  });

  it('CONSENT-PURPOSE: treatment is for health organisations, employment for the jobcentre only', () => {
    expect(purposeFits('treatment', 'physio')).toBe(true);
    expect(purposeFits('treatment', 'municipal-rehab')).toBe(true);
    expect(purposeFits('treatment', 'jobcentre')).toBe(false);
    expect(purposeFits('employment', 'jobcentre')).toBe(true);
    expect(purposeFits('employment', 'gp')).toBe(false);
    expect(purposeFits('treatment', 'citizen')).toBe(false);
  });

  it('CONSENT-PURPOSE: the slice follows the matrix for every fact of a pathway, per viewer', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, lae165Referral(), '2026-09-01T09:00:00+02:00');
    s.run(
      VIEWERS.jobcentre,
      { type: 'sickLeaveRegistered', start: '2026-08-25', extent: 'full', expectedWeeks: 10 },
      '2026-09-01T09:00:00+02:00',
    );
    const state = s.state;
    for (const viewer of [VIEWERS.gp, VIEWERS.jobcentre]) {
      const purposes = viewer === VIEWERS.gp ? (['treatment'] as const) : (['employment'] as const);
      const view = slice(state, viewer);
      const seen = new Map(
        view?.entries.map((e) => [e.visibility === 'full' ? e.event.seq : e.seq, e.visibility]),
      );
      for (const event of state.events) {
        const relations: FactRelation[] = ['participant'];
        if (event.by.organisationId === viewer.organisationId) relations.push('author');
        if (viewer === VIEWERS.gp) relations.push('coordinator');
        if (event.type === 'referralSent' && event.to.organisationId === viewer.organisationId)
          relations.push('addressee');
        if (event.type === 'consentGiven' && event.recipient.organisationId === viewer.organisationId)
          relations.push('addressee');
        expect(seen.get(event.seq) ?? 'hidden').toBe(accessOf(event.type, relations, purposes));
      }
    }
  });
});
