import { accessOf, type ConsentPurpose, type FactRelation, type Visibility } from './access-matrix.ts';
import type { EventType } from './events.schema.ts';

/**
 * What a consent lets its recipient see, in the citizen's words (CONSENT p.50, JOB-CONSENT p.43):
 * derived from ACCESS_MATRIX, never written by hand, so Min side cannot promise "they cannot see
 * X" while the recipient's timeline shows X (issue 14 review: the coordinating GP does see the
 * jobcentre's meetings).
 */
export type ConsentTopic =
  | 'pathway'
  | 'coordinator'
  | 'health'
  | 'sentToThem'
  | 'betweenOthers'
  | 'consents'
  | 'work';

/** The topic a fact belongs to as the citizen reads it; `addressed` splits by whom it was sent to. */
type FactTopic = 'pathway' | 'coordinator' | 'health' | 'addressed' | 'consents' | 'work';

/** Every event type in one topic (a Record, so a new event type must be placed here to compile). */
export const TOPIC_OF: Record<EventType, FactTopic> = {
  pathwayOpened: 'pathway',
  pathwayClosed: 'pathway',
  coordinatorChanged: 'coordinator',
  triaged: 'health',
  assessed: 'health',
  questionnaireCompleted: 'health',
  questionnaireRequested: 'health',
  planUpdated: 'health',
  interventionStarted: 'health',
  sessionRecorded: 'health',
  interventionEnded: 'health',
  medicationPrescribed: 'health',
  medicationFollowedUp: 'health',
  hospitalNotified: 'health',
  referralSent: 'addressed',
  referralAccepted: 'addressed',
  referralDeclined: 'addressed',
  rehabGraded: 'addressed',
  freeChoiceRecorded: 'addressed',
  noteSent: 'addressed',
  certificateRequested: 'addressed',
  certificateAnswered: 'addressed',
  consentGiven: 'consents',
  consentWithdrawn: 'consents',
  sickLeaveRegistered: 'work',
  fastTrackRequested: 'work',
  meetingScheduled: 'work',
  meetingHeld: 'work',
  meetingCancelled: 'work',
  s56Applied: 'work',
  benefitReviewScheduled: 'work',
};

/** The order the citizen reads the topics in. */
export const CONSENT_TOPICS: readonly ConsentTopic[] = [
  'pathway',
  'coordinator',
  'health',
  'sentToThem',
  'betweenOthers',
  'consents',
  'work',
];

/** The relations behind one topic: the recipient's standing, plus `addressee` for what is sent to it. */
export function topicRelations(topic: ConsentTopic, coordinator: boolean): FactRelation[] {
  const standing: FactRelation[] = coordinator ? ['participant', 'coordinator'] : ['participant'];
  return topic === 'sentToThem' ? [...standing, 'addressee'] : standing;
}

/** The event types behind one topic. */
export function topicTypes(topic: ConsentTopic): EventType[] {
  const fact: FactTopic = topic === 'sentToThem' || topic === 'betweenOthers' ? 'addressed' : topic;
  return (Object.keys(TOPIC_OF) as EventType[]).filter((type) => TOPIC_OF[type] === fact);
}

const RANK: Record<Visibility, number> = { hidden: 0, withheld: 1, full: 2 };

export type ConsentScope = Record<Visibility, ConsentTopic[]>;

/**
 * The topics a recipient sees in full, knows exist (withheld), or cannot see, as the matrix
 * says for its standing (the coordinating GP or another party) and the consent's purpose (null:
 * no consent, or one whose purpose does not fit the recipient). A topic whose facts differed
 * would be placed by its narrowest cell, never promising more than the matrix gives.
 */
export function consentScope(coordinator: boolean, purpose: ConsentPurpose | null): ConsentScope {
  const scope: ConsentScope = { full: [], withheld: [], hidden: [] };
  const purposes = purpose ? [purpose] : [];
  for (const topic of CONSENT_TOPICS) {
    const relations = topicRelations(topic, coordinator);
    let narrowest: Visibility = 'full';
    for (const type of topicTypes(topic)) {
      const cell = accessOf(type, relations, purposes);
      if (RANK[cell] < RANK[narrowest]) narrowest = cell;
    }
    scope[narrowest].push(topic);
  }
  return scope;
}

/**
 * Would a viewer of this standing and these purposes see a fact of this type it did not write
 * (ACCESS_MATRIX)? E.g. the jobcentre never sees the triage (JOB-CONSENT p.43), so its case
 * header shows no triage chip rather than "Ikke triageret" (issue 14 review).
 */
export function standingSees(
  type: EventType,
  relation: 'coordinator' | 'participant',
  purposes: readonly ConsentPurpose[],
): boolean {
  return accessOf(type, topicRelations('health', relation === 'coordinator'), purposes) === 'full';
}
