import {
  type Actor,
  clocksOf,
  coordinatorOf,
  type PathwayEvent,
  type PathwayState,
  relationOf,
  slice,
  type Viewer,
  visibilityOf,
} from '@rygforlob/domain';
import type { InboxItem, openClocks, worklist } from './schema/projections.ts';

export type WorklistRow = typeof worklist.$inferSelect;
export type OpenClockRow = typeof openClocks.$inferSelect;

export interface ProjectionContext {
  pathwayId: string;
  citizen: { id: string; name: string; cpr: string };
}

export interface Projections {
  worklist: WorklistRow[];
  clocks: OpenClockRow[];
}

/**
 * The parties an event names besides its author, with the actor each appears as (the domain's
 * addresseesOf gives organisation ids only). Answers (accepted, declined, certificate answered)
 * go back to an author, who is already on the list.
 */
function partiesOf(event: PathwayEvent): { actor: Actor; organisationId: string }[] {
  switch (event.type) {
    case 'pathwayOpened':
      return [event.coordinator];
    case 'referralSent':
    case 'certificateRequested':
      return [event.to];
    case 'noteSent':
      return event.to;
    case 'consentGiven':
      return [event.recipient];
    case 'coordinatorChanged':
      // COORDINATOR-LISTING (issue 8): the newly listed practice coordinates from now on.
      return [event.coordinator];
    default:
      return [];
  }
}

/**
 * Every organisation that appears in the pathway, with its actor. The actor decides which consent
 * purposes count for it (CONSENT-PURPOSE, issue 8), so an author's actor (from its session) wins
 * over the actor a request named it as; since RECIPIENT-ACTOR the two agree.
 */
function organisationsOf(state: PathwayState): Map<string, Actor> {
  const orgs = new Map<string, Actor>();
  for (const event of state.events) orgs.set(event.by.organisationId, event.by.actor);
  for (const event of state.events) {
    for (const party of partiesOf(event)) {
      if (!orgs.has(party.organisationId)) orgs.set(party.organisationId, party.actor);
    }
  }
  return orgs;
}

/** A stand-in viewer for an organisation: the domain's relation and slice look at the organisation only. */
const viewerOf = (organisationId: string, actor: Actor): Viewer => ({
  userId: `projection:${organisationId}`,
  actor,
  organisationId,
});

type InboxType = InboxItem['type'];

/**
 * What is addressed to the organisation and not yet acted on. Open referrals and unanswered
 * certificate requests stay until answered; notes and referral answers are new until the
 * organisation next appends something to the pathway (the events hold no read receipts).
 */
function inboxOf(state: PathwayState, viewer: Viewer): InboxItem[] {
  const org = viewer.organisationId;
  const lastOwn = Math.max(0, ...state.events.filter((e) => e.by.organisationId === org).map((e) => e.seq));
  const items: InboxItem[] = [];
  for (const event of state.events) {
    const item = inboxEntry(state, event, org, lastOwn);
    if (!item) continue;
    const visibility = visibilityOf(event, state, viewer);
    if (visibility === 'hidden') continue;
    const from = { actor: event.by.actor, organisationId: event.by.organisationId };
    const base = { type: event.type as InboxType, seq: event.seq, at: event.at, from };
    items.push(visibility === 'full' ? { ...base, ...item, withheld: false } : { ...base, withheld: true });
  }
  return items;
}

function inboxEntry(
  state: PathwayState,
  event: PathwayEvent,
  org: string,
  lastOwn: number,
): { id: string; kind: string } | null {
  if (event.by.organisationId === org) return null;
  switch (event.type) {
    case 'referralSent': {
      const open = state.referrals[event.referralId]?.status === 'sent';
      return event.to.organisationId === org && open ? { id: event.referralId, kind: event.kind } : null;
    }
    case 'referralAccepted':
    case 'referralDeclined': {
      const referral = state.referrals[event.referralId];
      const mine = referral?.by.organisationId === org && event.seq > lastOwn;
      return mine && referral ? { id: event.referralId, kind: referral.kind } : null;
    }
    case 'noteSent': {
      const toMe = event.to.some((party) => party.organisationId === org);
      return toMe && event.seq > lastOwn ? { id: event.noteId, kind: event.kind } : null;
    }
    case 'questionnaireCompleted': {
      // Min side (issue 12): the citizen's answer from home is new to the clinician who asked.
      const request = event.requestId ? state.questionnaireRequests[event.requestId] : undefined;
      const mine = request?.by.organisationId === org && event.seq > lastOwn;
      return mine && request ? { id: request.requestId, kind: '' } : null;
    }
    case 'certificateRequested': {
      const open = !state.certificates[event.certificateId]?.answered;
      return event.to.organisationId === org && open
        ? { id: event.certificateId, kind: event.certificate }
        : null;
    }
    default:
      return null;
  }
}

const earliest = (days: string[]): string | null =>
  days.reduce<string | null>((min, day) => (min === null || day < min ? day : min), null);

/**
 * The open clocks the organisation owns, as stored. A clock the pathway names no owner for is
 * the coordinating GP's to watch. The dates of a clock do not depend on `now`; only its state
 * does, and that is not stored.
 */
function ownedClocks(
  state: PathwayState,
  at: string,
  organisationId: string,
  coordinator: string | undefined,
): ProjectedClock[] {
  const owned: ProjectedClock[] = [];
  for (const clock of clocksOf(state, at)) {
    if (clock.state === 'met') continue;
    const owner = clock.owner ?? coordinator;
    if (owner !== organisationId) continue;
    owned.push({
      code: clock.code,
      subject: clock.subject,
      ownerOrgId: owner,
      startedOn: clock.startedOn,
      dueFrom: clock.dueFrom,
      dueBy: clock.dueBy,
      threshold: clock.threshold,
    });
  }
  return owned;
}

/** A worklist row as a pathway's events give it: the pathway and citizen columns are the store's to add. */
export type ProjectedRow = Omit<WorklistRow, 'pathwayId' | 'citizenId' | 'citizenName' | 'citizenCpr'>;
/** An open clock as a pathway's events give it, without its pathway id. */
export type ProjectedClock = Omit<OpenClockRow, 'pathwayId'>;

/**
 * The worklist rows and open clocks of one pathway, from its full state. Pure and total: the
 * store calls it before the statement that appends events and writes these rows in the same
 * statement (repo/append.statement.ts), and a rebuild from all events gives the same rows. Each
 * organisation's row and clocks come from its own slice, so a projection never tells an
 * organisation what its slice would not (e.g. the target group without consent). A closed
 * pathway has no open clocks (advise gives none either).
 */
export function projectState(state: PathwayState): {
  worklist: ProjectedRow[];
  clocks: ProjectedClock[];
  organisations: string[];
} {
  const rows: ProjectedRow[] = [];
  const clocks: ProjectedClock[] = [];
  const last = state.events.at(-1);
  if (!last) return { worklist: rows, clocks, organisations: [] };
  const coordinator = coordinatorOf(state);
  // Every organisation the events name: it only grows as events are appended, so it holds every
  // organisation that ever had a row or a clock of the pathway (the append's deletes name it).
  const named = organisationsOf(state);

  for (const [organisationId, actor] of named) {
    const viewer = viewerOf(organisationId, actor);
    const relation = relationOf(state, viewer);
    const view = relation ? slice(state, viewer) : null;
    if (!relation || !view) continue;
    const lastEntry = view.entries.at(-1);
    const lastSeen = lastEntry ? (lastEntry.visibility === 'full' ? lastEntry.event : lastEntry) : last;
    const inbox = inboxOf(state, viewer);
    const owned =
      state.status === 'closed' ? [] : ownedClocks(view.state, last.at, organisationId, coordinator);
    rows.push({
      organisationId,
      relation,
      targetGroup: view.state.triage?.result?.targetGroup ?? null,
      status: state.status,
      lastEventSeq: lastSeen.seq,
      lastEventAt: new Date(lastSeen.at),
      inbox,
      inboxCount: inbox.length,
      // The worklist's page keys (repo/worklist.repo.ts): due on D when nextDueFrom <= D,
      // overdue on D when nextDueBy < D. ISO dates compare as strings.
      nextDueFrom: earliest(owned.map((c) => c.dueFrom)),
      nextDueBy: earliest(owned.filter((c) => !c.threshold).map((c) => c.dueBy)),
    });
    clocks.push(...owned);
  }
  return { worklist: rows, clocks, organisations: [...named.keys()] };
}

/** projectState with the pathway and its citizen filled in: the rows as the tables hold them. */
export function buildProjections(state: PathwayState, context: ProjectionContext): Projections {
  const { pathwayId, citizen } = context;
  const projected = projectState(state);
  return {
    worklist: projected.worklist.map((row) => ({
      pathwayId,
      ...row,
      citizenId: citizen.id,
      citizenName: citizen.name,
      citizenCpr: citizen.cpr,
    })),
    clocks: projected.clocks.map((clock) => ({ pathwayId, ...clock })),
  };
}
