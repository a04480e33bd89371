import type { Actor, Viewer } from '../program/actors.ts';
import { isCitizenViewer } from '../program/actors.ts';
import { type Violation, violationsFromZod } from '../violation.ts';
import { decideClinical } from './decide.clinical.ts';
import { decideCommunication } from './decide.communication.ts';
import { decideEmployment } from './decide.employment.ts';
import {
  type Command,
  type CommandOf,
  CommandSchema,
  type EventType,
  type ParsedCommand,
  type PathwayEvent,
  PathwayEventSchema,
} from './events.schema.ts';
import { homeMunicipalityViolations, type MunicipalityOf } from './home-municipality.ts';
import {
  type ActorOf,
  listingViolations,
  type RegisterFacts,
  recipientActorViolations,
} from './parties.rules.ts';
import { relationOf } from './pathway.slice.ts';
import type { PathwayState } from './pathway.state.ts';

/** An event before the store stamps it: its type and payload. */
export type Proposed = {
  [T in EventType]: Omit<Extract<PathwayEvent, { type: T }>, 'seq' | 'at' | 'by'>;
}[EventType];

/** What one command handler says: the facts to append, or why not, and what to warn about. */
export interface Ruling {
  events?: Proposed[];
  violations?: Violation[];
  warnings?: Violation[];
}

export interface DecideOptions {
  /** The directory's municipality of an organisation; with it, HOME-MUNICIPALITY is judged. */
  municipalityOf?: MunicipalityOf;
  /** The directory's actor of an organisation; with it, RECIPIENT-ACTOR is judged (the API always gives it). */
  actorOf?: ActorOf;
  /**
   * The register's facts of the pathway's citizen; with them COORDINATOR-LISTING is judged, and
   * a citizen viewer may act on this pathway only when it is theirs (without them, never).
   */
  register?: RegisterFacts;
}

export interface DecideContext {
  viewer: Viewer;
  now: string;
}

export type Handler<T extends EventType> = (
  state: PathwayState,
  command: CommandOf<T>,
  context: DecideContext,
) => Ruling;

export type Decision =
  | { ok: true; events: PathwayEvent[]; warnings: Violation[] }
  | { ok: false; violations: Violation[]; warnings: Violation[] };

/** Actors who may perform each command (ACTOR-PERMISSION); absent means any related actor but the citizen. */
const CLINICIANS: readonly Actor[] = [
  'gp',
  'physio',
  'chiro',
  'specialist',
  'psychologist',
  'hospital',
  'acute',
  'pain-centre',
  'occupational-medicine',
];
const MUNICIPAL: readonly Actor[] = ['municipal-prevention', 'municipal-rehab'];
const JOBCENTRE: readonly Actor[] = ['jobcentre'];

export const ACTORS_FOR: Partial<Record<EventType, readonly Actor[]>> = {
  pathwayOpened: ['gp', 'physio', 'chiro', 'specialist', 'hospital'],
  triaged: CLINICIANS,
  assessed: [...CLINICIANS, ...MUNICIPAL],
  questionnaireCompleted: [...CLINICIANS, ...MUNICIPAL],
  questionnaireRequested: [...CLINICIANS, ...MUNICIPAL],
  planUpdated: [...CLINICIANS, ...MUNICIPAL],
  medicationPrescribed: CLINICIANS,
  medicationFollowedUp: CLINICIANS,
  sickLeaveRegistered: JOBCENTRE,
  fastTrackRequested: JOBCENTRE,
  meetingScheduled: JOBCENTRE,
  meetingHeld: JOBCENTRE,
  meetingCancelled: JOBCENTRE,
  certificateRequested: JOBCENTRE,
  s56Applied: JOBCENTRE,
  benefitReviewScheduled: JOBCENTRE,
  hospitalNotified: ['hospital', 'acute'],
  rehabGraded: ['municipal-rehab'],
  freeChoiceRecorded: ['municipal-rehab'],
  pathwayClosed: ['gp'],
  coordinatorChanged: ['gp'],
};

/** What the citizen, signed in as themselves, may do on their own pathway (CONSENT-BY, COORDINATOR-LISTING). */
const CITIZEN_COMMANDS: readonly EventType[] = [
  'consentGiven',
  'consentWithdrawn',
  'coordinatorChanged',
  // Min side (issue 12): the citizen answers, at home, a questionnaire a clinician asked for.
  'questionnaireCompleted',
];

/**
 * Rules one command against the pathway: `{ events }` to append, stamped with the next seq,
 * `now` and the viewer, or `{ violations }` with rule codes and fields. Pure: `now` is given.
 */
export function decide(
  state: PathwayState,
  command: unknown,
  viewer: Viewer,
  now: string,
  options: DecideOptions = {},
): Decision {
  const parsed = CommandSchema.safeParse(command);
  if (!parsed.success) return { ok: false, violations: violationsFromZod(parsed.error.issues), warnings: [] };
  const cmd = parsed.data as ParsedCommand;

  const gate = gateViolations(state, cmd, viewer, options);
  if (gate.length === 0) {
    gate.push(
      ...(options.actorOf ? recipientActorViolations(cmd, options.actorOf) : []),
      ...(options.municipalityOf
        ? homeMunicipalityViolations(state, cmd as Command, viewer, options.municipalityOf, options.actorOf)
        : []),
      ...(options.register ? listingViolations(state, cmd, viewer, options.register) : []),
    );
  }
  if (gate.length > 0) return { ok: false, violations: gate, warnings: [] };

  const ruling = route(state, cmd, { viewer, now });
  const warnings = ruling.warnings ?? [];
  if (ruling.violations?.length) return { ok: false, violations: ruling.violations, warnings };

  const events = (ruling.events ?? []).map((proposed, i) =>
    PathwayEventSchema.parse({ ...proposed, seq: state.version + i + 1, at: now, by: viewer }),
  );
  return { ok: true, events, warnings };
}

const noRelation: Violation = { rule: 'PATHWAY-STATE', params: { reason: 'no-relation' } };

function gateViolations(
  state: PathwayState,
  cmd: ParsedCommand,
  viewer: Viewer,
  options: DecideOptions,
): Violation[] {
  const citizen = viewer.actor === 'citizen';
  const actors = ACTORS_FOR[cmd.type];
  const permitted = citizen ? CITIZEN_COMMANDS.includes(cmd.type) : !actors || actors.includes(viewer.actor);
  if (!permitted) {
    return [{ rule: 'ACTOR-PERMISSION', field: 'type', params: { command: cmd.type, actor: viewer.actor } }];
  }
  // The citizen acts on their own pathway only: the register says whose it is.
  if (citizen && !(isCitizenViewer(viewer) && options.register?.citizenId === viewer.citizenId)) {
    return [noRelation];
  }
  if (cmd.type === 'pathwayOpened') {
    return state.opened ? [{ rule: 'PATHWAY-STATE', params: { reason: 'already-open' } }] : [];
  }
  if (!state.opened) return [{ rule: 'PATHWAY-STATE', params: { reason: 'not-open' } }];
  // Withdrawal is the citizen's at any time, also after the pathway closed (CONSENT-BY).
  if (state.status === 'closed' && cmd.type !== 'consentWithdrawn') {
    return [{ rule: 'PATHWAY-STATE', params: { reason: 'closed' } }];
  }
  if (citizen) return [];
  // A citizen's self-referral is how a new practice comes to the pathway, and the practice the
  // register now lists takes over coordination (COORDINATOR-LISTING); everything else needs a relation.
  const selfReferral = cmd.type === 'referralSent' && cmd.selfReferral;
  const listedGp =
    cmd.type === 'coordinatorChanged' &&
    options.register?.listedWith === viewer.organisationId &&
    cmd.coordinator.organisationId === viewer.organisationId;
  if (!selfReferral && !listedGp && !relationOf(state, viewer)) return [noRelation];
  return [];
}

function route(state: PathwayState, cmd: ParsedCommand, context: DecideContext): Ruling {
  // COORDINATOR-LISTING is judged at the gate; the fact itself needs nothing more.
  if (cmd.type === 'coordinatorChanged') return { events: [cmd] };
  return (
    decideClinical(state, cmd, context) ??
    decideCommunication(state, cmd, context) ??
    decideEmployment(state, cmd, context) ?? { violations: [{ rule: 'INPUT-INVALID', field: 'type' }] }
  );
}
