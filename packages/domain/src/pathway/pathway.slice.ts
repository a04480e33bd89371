import { z } from 'zod';
import type { Viewer } from '../program/actors.ts';
import { ActorSchema } from '../program/actors.ts';
import {
  accessOf,
  type ConsentPurpose,
  type FactRelation,
  purposeFits,
  type Visibility,
} from './access-matrix.ts';
import { type PathwayEvent, PathwayEventSchema } from './events.schema.ts';
import { activeConsents, addresseesOf, coordinatorOf } from './pathway.consent.ts';
import { fold } from './pathway.fold.ts';
import type { PathwayState } from './pathway.state.ts';

/**
 * Who may see what (design.md, spec §2 and §6, issue 8): `ACCESS_MATRIX` (access-matrix.ts)
 * says, per event type, relation and consent purpose. The author's organisation always sees its
 * own facts; everyone else needs the citizen's active consent, for a purpose that fits them.
 */
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

/** The purposes the organisation holds an active consent for, as far as the viewer's actor can hold them. */
export function purposesOf(state: PathwayState, viewer: Viewer): ConsentPurpose[] {
  const purposes = new Set<ConsentPurpose>();
  for (const consent of activeConsents(state, viewer.organisationId)) {
    if (purposeFits(consent.purpose, viewer.actor)) purposes.add(consent.purpose);
  }
  return [...purposes];
}

/** How the viewer's organisation stands to one fact (beyond being related to the pathway). */
export function factRelations(event: PathwayEvent, state: PathwayState, viewer: Viewer): FactRelation[] {
  const org = viewer.organisationId;
  const relations: FactRelation[] = ['participant'];
  if (event.by.organisationId === org) relations.push('author');
  if (addresseesOf(event, state).includes(org)) relations.push('addressee');
  if (coordinatorOf(state) === org) relations.push('coordinator');
  return relations;
}

/** One fact as the viewer may see it: the matrix cell for its type, relations and purposes. */
export function visibilityOf(
  event: PathwayEvent,
  state: PathwayState,
  viewer: Viewer,
  purposes: readonly ConsentPurpose[] = purposesOf(state, viewer),
): Visibility {
  return accessOf(event.type, factRelations(event, state, viewer), purposes);
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

/**
 * The viewer's slice. `consented` is true when an active consent fits the viewer (issue 8: a
 * consent void under CONSENT-BY or of a purpose the viewer cannot hold does not count);
 * `purposes` names them. The shape is otherwise as before issue 8.
 */
export interface SectorView {
  relation: Relation;
  /** Does the citizen currently consent to share with the viewer's organisation? */
  consented: boolean;
  purposes: ConsentPurpose[];
  entries: SliceEntry[];
  /** The pathway as far as this viewer can see it: a fold of the full entries only. */
  state: PathwayState;
}

/** What a viewer of a given actor and organisation may see of the pathway; null with no relation. */
export function slice(state: PathwayState, viewer: Viewer): SectorView | null {
  const relation = relationOf(state, viewer);
  if (!relation) return null;
  const purposes = purposesOf(state, viewer);
  const entries: SliceEntry[] = [];
  const visible: PathwayEvent[] = [];
  for (const event of state.events) {
    const visibility = visibilityOf(event, state, viewer, purposes);
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
  return {
    relation,
    consented: purposes.length > 0,
    purposes,
    entries,
    // A viewer who sees every fact sees the pathway itself: folding it again would only copy it
    // (issue 11: a second fold was ~5 % of a read's server CPU).
    state: visible.length === state.events.length ? state : withExistence(fold(visible), state),
  };
}

/**
 * The pathway as far as the viewer's slice shows it, also before it has a relation (a
 * self-referral comes from outside): what a decision's warnings may be drawn from, so that a
 * warning never tells a fact the slice withholds (issue 8; the API judges on the whole pathway).
 */
export function knownState(state: PathwayState, viewer: Viewer): PathwayState {
  const purposes = purposesOf(state, viewer);
  const visible = state.events.filter((event) => visibilityOf(event, state, viewer, purposes) === 'full');
  return withExistence(fold(visible), state);
}

/**
 * What every related viewer may know of a pathway even where its opening and closing are withheld
 * (issue 8): that it exists, when and by whom it was opened, the citizen's birth date and
 * municipality (the register shows them anyway), who coordinates, and whether and when it closed.
 * Not the scope answers (pain regions) nor the closing reason: those are clinical. So advice and
 * clocks (the jobcentre's FAST-TRACK, LAE285 …) work on every slice.
 */
function withExistence(view: PathwayState, full: PathwayState): PathwayState {
  if (!view.opened && full.opened) view.opened = { ...full.opened, scope: null };
  view.coordinator = full.coordinator;
  if (full.status === 'closed' && view.status !== 'closed') {
    view.status = 'closed';
    view.closed = { at: full.closed?.at ?? '' };
  }
  return view;
}
