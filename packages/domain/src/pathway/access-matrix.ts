import type { Actor } from '../program/actors.ts';
import { SECTOR_OF } from '../program/actors.ts';
import type { EventType } from './events.schema.ts';

/** What a consent lets its recipient see (CONSENT p.50, JOB-CONSENT p.43). */
export type ConsentPurpose = 'treatment' | 'employment';
/** The purposes an organisation holds an active consent for; `none` always applies. */
export type PurposeKey = ConsentPurpose | 'none';
/**
 * How the viewer's organisation stands to one fact: it wrote it, it is addressed to it, it
 * coordinates the pathway, or it is otherwise related to the pathway.
 */
export type FactRelation = 'author' | 'addressee' | 'coordinator' | 'participant';

/** The fact is the viewer's to see in full, hidden, or known to exist but withheld for want of consent. */
export type Visibility = 'full' | 'withheld' | 'hidden';

type Row = Record<FactRelation, Record<PurposeKey, Visibility>>;

const F = 'full' as const;
const W = 'withheld' as const;
const H = 'hidden' as const;
const cells = (treatment: Visibility, employment: Visibility, none: Visibility) => ({
  treatment,
  employment,
  none,
});

/**
 * The opening and the closing: that the pathway exists is every related party's; its details
 * (pain regions, scope, the closing reason) are clinical (issue 8).
 */
const EXISTENCE: Row = {
  author: cells(F, F, F),
  addressee: cells(F, W, W),
  coordinator: cells(F, W, W),
  participant: cells(F, W, W),
};
/** Who coordinates: every related party needs to know whom to inform (GP-INFORMED p.14). */
const COORDINATION: Row = {
  author: cells(F, F, F),
  addressee: cells(F, F, F),
  coordinator: cells(F, F, F),
  participant: cells(F, F, F),
};
/** Health information: triage, assessments, questionnaires, plans, courses, sessions, medication. */
const CLINICAL: Row = {
  author: cells(F, F, F),
  addressee: cells(F, H, H),
  coordinator: cells(F, H, H),
  participant: cells(F, H, H),
};
/**
 * Referrals, notes, certificates and their answers: the sender, the addressees and the
 * coordinator. Under JOB-CONSENT the jobcentre sees what was addressed to it, nothing else.
 */
const ADDRESSED: Row = {
  author: cells(F, F, F),
  addressee: cells(F, F, W),
  coordinator: cells(F, H, H),
  participant: cells(H, H, H),
};
/** Consents: the recorder, the recipient and the coordinator; they hold no health information. */
const CONSENTS: Row = {
  author: cells(F, F, F),
  addressee: cells(F, F, F),
  coordinator: cells(F, F, F),
  participant: cells(H, H, H),
};
/** Sick leave and the jobcentre's steps: the jobcentre under JOB-CONSENT and the coordinator. */
const EMPLOYMENT: Row = {
  author: cells(F, F, F),
  addressee: cells(H, F, H),
  coordinator: cells(F, H, H),
  participant: cells(H, F, H),
};

/**
 * THE access matrix (issue 8): event type × relation × purpose → visibility, one table for
 * `slice`, the inbox, the worklist and the caseload. The author always sees its own facts; a
 * fact the viewer holds several relations to (or several purposes for) shows as the widest cell.
 */
export const ACCESS_MATRIX: Record<EventType, Row> = {
  pathwayOpened: EXISTENCE,
  pathwayClosed: EXISTENCE,
  coordinatorChanged: COORDINATION,
  triaged: CLINICAL,
  assessed: CLINICAL,
  questionnaireCompleted: CLINICAL,
  questionnaireRequested: CLINICAL,
  planUpdated: CLINICAL,
  interventionStarted: CLINICAL,
  sessionRecorded: CLINICAL,
  interventionEnded: CLINICAL,
  medicationPrescribed: CLINICAL,
  medicationFollowedUp: CLINICAL,
  hospitalNotified: CLINICAL,
  referralSent: ADDRESSED,
  referralAccepted: ADDRESSED,
  referralDeclined: ADDRESSED,
  rehabGraded: ADDRESSED,
  freeChoiceRecorded: ADDRESSED,
  noteSent: ADDRESSED,
  certificateRequested: ADDRESSED,
  certificateAnswered: ADDRESSED,
  consentGiven: CONSENTS,
  consentWithdrawn: CONSENTS,
  sickLeaveRegistered: EMPLOYMENT,
  fastTrackRequested: EMPLOYMENT,
  meetingScheduled: EMPLOYMENT,
  meetingHeld: EMPLOYMENT,
  meetingCancelled: EMPLOYMENT,
  s56Applied: EMPLOYMENT,
  benefitReviewScheduled: EMPLOYMENT,
};

const RANK: Record<Visibility, number> = { hidden: 0, withheld: 1, full: 2 };

/** The widest cell over the relations and purposes the viewer holds. */
export function accessOf(
  type: EventType,
  relations: readonly FactRelation[],
  purposes: readonly ConsentPurpose[],
): Visibility {
  let best: Visibility = 'hidden';
  for (const relation of relations) {
    for (const purpose of [...purposes, 'none'] as const) {
      const cell = ACCESS_MATRIX[type][relation][purpose];
      if (RANK[cell] > RANK[best]) best = cell;
    }
  }
  return best;
}

/**
 * CONSENT-PURPOSE (p.43, p.50): `treatment` is for health organisations, `employment` for the
 * jobcentre only. A purpose the recipient's actor cannot hold counts for nothing (the jobcentre
 * never sees clinical facts, whatever a stored consent says).
 */
export function purposeFits(purpose: ConsentPurpose, actor: Actor): boolean {
  if (actor === 'citizen') return false;
  return purpose === 'employment'
    ? actor === 'jobcentre'
    : actor !== 'jobcentre' && SECTOR_OF[actor] !== 'citizen';
}
