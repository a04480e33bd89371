import { z } from 'zod';
import type { Viewer } from '../program/actors.ts';
import { ActorSchema } from '../program/actors.ts';
import { type EventType, type PathwayEvent, PathwayEventSchema } from './events.schema.ts';
import { addresseesOf, coordinatorOf, hasConsent } from './pathway.consent.ts';
import { fold } from './pathway.fold.ts';
import type { PathwayState } from './pathway.state.ts';

/**
 * Who may see what (design.md, spec §2 and §6). Every event belongs to one share class:
 * - participants: the pathway exists and is open or closed; any related organisation.
 * - clinical: health information; organisations the citizen consented to share with
 *   (CONSENT p.50; the jobcentre too, JOB-CONSENT p.43), and the coordinating GP (GP-INFORMED p.14).
 * - addressed: referrals, notes, certificates, consents; the sender, the addressees and the coordinator.
 * - employment: sick leave and jobcentre steps; the jobcentre and the coordinator.
 * The author's organisation always sees its own facts; everyone else needs the citizen's consent.
 */
export type ShareClass = 'participants' | 'clinical' | 'addressed' | 'employment';

export const SHARE_CLASS: Record<EventType, ShareClass> = {
  pathwayOpened: 'participants',
  pathwayClosed: 'participants',
  triaged: 'clinical',
  assessed: 'clinical',
  questionnaireCompleted: 'clinical',
  planUpdated: 'clinical',
  interventionStarted: 'clinical',
  sessionRecorded: 'clinical',
  interventionEnded: 'clinical',
  medicationPrescribed: 'clinical',
  medicationFollowedUp: 'clinical',
  hospitalNotified: 'clinical',
  referralSent: 'addressed',
  referralAccepted: 'addressed',
  referralDeclined: 'addressed',
  rehabGraded: 'addressed',
  freeChoiceRecorded: 'addressed',
  noteSent: 'addressed',
  certificateRequested: 'addressed',
  certificateAnswered: 'addressed',
  consentGiven: 'addressed',
  consentWithdrawn: 'addressed',
  sickLeaveRegistered: 'employment',
  fastTrackRequested: 'employment',
  meetingScheduled: 'employment',
  meetingHeld: 'employment',
  s56Applied: 'employment',
  benefitReviewScheduled: 'employment',
};

export const RelationSchema = z.enum(['coordinator', 'participant']);
export type Relation = z.infer<typeof RelationSchema>;

/** How the viewer's organisation is related to the pathway; null when it is not (the API's NOT_FOUND). */
export function relationOf(state: PathwayState, viewer: Viewer): Relation | null {
  const org = viewer.organisationId;
  if (coordinatorOf(state) === org) return 'coordinator';
  const related = state.events.some(
    (event) => event.by.organisationId === org || addresseesOf(event, state).includes(org),
  );
  return related ? 'participant' : null;
}

/** The fact is the viewer's to see in full, hidden, or known to exist but withheld for want of consent. */
export type Visibility = 'full' | 'withheld' | 'hidden';

export function visibilityOf(event: PathwayEvent, state: PathwayState, viewer: Viewer): Visibility {
  const org = viewer.organisationId;
  if (event.by.organisationId === org) return 'full';
  const shareClass = SHARE_CLASS[event.type];
  if (shareClass === 'participants') return 'full';
  const coordinator = coordinatorOf(state) === org;
  const addressed = addresseesOf(event, state).includes(org);
  const entitled =
    shareClass === 'clinical' ||
    (shareClass === 'addressed' && (addressed || coordinator)) ||
    (shareClass === 'employment' && coordinator);
  if (!entitled) return 'hidden';
  if (hasConsent(state, org)) return 'full';
  // Without consent an addressee still learns that something was sent to it (JOB-CONSENT p.43).
  return addressed ? 'withheld' : 'hidden';
}

export const WithheldEntrySchema = z.object({
  visibility: z.literal('withheld'),
  seq: z.number().int(),
  at: z.string(),
  type: z.string(),
  by: z.object({ actor: ActorSchema, organisationId: z.string() }),
  rule: z.enum(['CONSENT', 'JOB-CONSENT']),
});
export type WithheldEntry = z.infer<typeof WithheldEntrySchema>;

export const SliceEntrySchema = z.discriminatedUnion('visibility', [
  z.object({ visibility: z.literal('full'), event: PathwayEventSchema }),
  WithheldEntrySchema,
]);
export type SliceEntry = z.infer<typeof SliceEntrySchema>;

export interface SectorView {
  relation: Relation;
  /** Does the citizen currently consent to share with the viewer's organisation? */
  consented: boolean;
  entries: SliceEntry[];
  /** The pathway as far as this viewer can see it: a fold of the full entries only. */
  state: PathwayState;
}

/** What a viewer of a given actor and organisation may see of the pathway; null with no relation. */
export function slice(state: PathwayState, viewer: Viewer): SectorView | null {
  const relation = relationOf(state, viewer);
  if (!relation) return null;
  const entries: SliceEntry[] = [];
  const visible: PathwayEvent[] = [];
  for (const event of state.events) {
    const visibility = visibilityOf(event, state, viewer);
    if (visibility === 'full') {
      entries.push({ visibility, event });
      visible.push(event);
    } else if (visibility === 'withheld') {
      entries.push({
        visibility,
        seq: event.seq,
        at: event.at,
        type: event.type,
        by: { actor: event.by.actor, organisationId: event.by.organisationId },
        rule: viewer.actor === 'jobcentre' ? 'JOB-CONSENT' : 'CONSENT',
      });
    }
  }
  return { relation, consented: hasConsent(state, viewer.organisationId), entries, state: fold(visible) };
}
