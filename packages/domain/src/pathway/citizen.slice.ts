import type { PathwayEvent } from './events.schema.ts';
import { coordinatorOf } from './pathway.consent.ts';
import { fold } from './pathway.fold.ts';
import type { SliceEntry } from './pathway.slice.ts';
import type { ConsentState, PathwayState } from './pathway.state.ts';

/**
 * The citizen's own view of their pathway (design.md: "the citizen is a viewer too, of their own
 * pathway"; Min side). The citizen needs no consent to see their own facts: every fact is theirs
 * to read (the right of access to one's own record), with one exception: a correspondence between
 * professionals ('correspondence' notes, spec §6, p.50: about an especially vulnerable citizen,
 * from a practice to the GP) is the professionals' working note and not part of what the program
 * sends the citizen. Closing notes, epicrises, feedback and the §140 plan are.
 */
export interface CitizenView {
  entries: SliceEntry[];
  /** The pathway as the citizen sees it: a fold of the entries. */
  state: PathwayState;
}

/** Who asks: a citizen signed in as themselves (the register knows which citizen). */
export interface CitizenAsking {
  citizenId: string;
}

/** Facts between professionals that are not the citizen's to read. */
const PROFESSIONAL_NOTES: ReadonlySet<string> = new Set(['correspondence']);

/** Is this fact of the citizen's own pathway one Min side shows them? */
export function citizenSees(event: PathwayEvent): boolean {
  return !(event.type === 'noteSent' && PROFESSIONAL_NOTES.has(event.kind));
}

/**
 * The citizen's slice of one pathway; null unless the pathway is the asking citizen's own
 * (`pathwayCitizenId` is the register's, never the request's): another citizen's pathway gives
 * nothing at all, not even that it exists.
 */
export function citizenSlice(
  state: PathwayState,
  asking: CitizenAsking,
  pathwayCitizenId: string,
): CitizenView | null {
  if (asking.citizenId === '' || asking.citizenId !== pathwayCitizenId) return null;
  const visible = state.events.filter(citizenSees);
  return {
    entries: visible.map((event) => ({ visibility: 'full', event })),
    state: fold(visible),
  };
}

/** A message Min side lists: a note to or about the citizen's course, or the §140 plan. */
export type CitizenMessage =
  | { kind: 'note'; event: Extract<PathwayEvent, { type: 'noteSent' }> }
  | { kind: 'rehab-plan'; event: Extract<PathwayEvent, { type: 'referralSent' }> };

/** "Beskeder fra mit forløb": the closing notes and plans of the citizen's view, newest first. */
export function citizenMessages(view: CitizenView): CitizenMessage[] {
  const messages: CitizenMessage[] = [];
  for (const entry of view.entries) {
    if (entry.visibility !== 'full') continue;
    const event = entry.event;
    if (event.type === 'noteSent') messages.push({ kind: 'note', event });
    else if (event.type === 'referralSent' && event.kind === 'rehab-140') {
      messages.push({ kind: 'rehab-plan', event });
    }
  }
  return messages.sort((a, b) => b.event.seq - a.event.seq);
}

/** Every consent on the pathway, active ones first, each newest first. */
export function citizenConsents(view: CitizenView): ConsentState[] {
  return Object.values(view.state.consents).sort(
    (a, b) => Number(a.withdrawnAt !== undefined) - Number(b.withdrawnAt !== undefined) || b.seq - a.seq,
  );
}

/** Why an organisation could see the citizen's data, as Min side's access log says it. */
export type AccessReason = 'coordinator' | 'consent' | 'referral' | 'author';

/**
 * The reason an organisation had access at `at` (design.md, "consent decides visibility"): the
 * coordinating GP; a consent active then; a referral or note addressed to it; or only its own
 * entries. Null when none held (the access log shows that plainly too).
 */
export function accessReason(state: PathwayState, organisationId: string, at: string): AccessReason | null {
  const when = Date.parse(at);
  const before = (iso: string) => Date.parse(iso) <= when;
  if (coordinatorOf(state) === organisationId) return 'coordinator';
  const consented = Object.values(state.consents).some(
    (c) =>
      c.recipient.organisationId === organisationId &&
      before(c.at) &&
      (c.withdrawnAt === undefined || !before(c.withdrawnAt)),
  );
  if (consented) return 'consent';
  const addressed = state.events.some(
    (e) =>
      before(e.at) &&
      ((e.type === 'referralSent' && e.to.organisationId === organisationId) ||
        (e.type === 'noteSent' && e.to.some((p) => p.organisationId === organisationId))),
  );
  if (addressed) return 'referral';
  return state.events.some((e) => e.by.organisationId === organisationId) ? 'author' : null;
}
