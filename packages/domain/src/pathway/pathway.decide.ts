import type { Actor, Viewer } from '../program/actors.ts';
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
  planUpdated: [...CLINICIANS, ...MUNICIPAL],
  medicationPrescribed: CLINICIANS,
  medicationFollowedUp: CLINICIANS,
  sickLeaveRegistered: JOBCENTRE,
  fastTrackRequested: JOBCENTRE,
  meetingScheduled: JOBCENTRE,
  meetingHeld: JOBCENTRE,
  certificateRequested: JOBCENTRE,
  s56Applied: JOBCENTRE,
  benefitReviewScheduled: JOBCENTRE,
  hospitalNotified: ['hospital', 'acute'],
  rehabGraded: ['municipal-rehab'],
  freeChoiceRecorded: ['municipal-rehab'],
  pathwayClosed: ['gp'],
};

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

  const gate = [
    ...gateViolations(state, cmd, viewer),
    ...(options.municipalityOf
      ? homeMunicipalityViolations(state, cmd as Command, viewer, options.municipalityOf)
      : []),
  ];
  if (gate.length > 0) return { ok: false, violations: gate, warnings: [] };

  const ruling = route(state, cmd, { viewer, now });
  const warnings = ruling.warnings ?? [];
  if (ruling.violations?.length) return { ok: false, violations: ruling.violations, warnings };

  const events = (ruling.events ?? []).map((proposed, i) =>
    PathwayEventSchema.parse({ ...proposed, seq: state.version + i + 1, at: now, by: viewer }),
  );
  return { ok: true, events, warnings };
}

function gateViolations(state: PathwayState, cmd: ParsedCommand, viewer: Viewer): Violation[] {
  const allowed = ACTORS_FOR[cmd.type];
  if ((allowed && !allowed.includes(viewer.actor)) || viewer.actor === 'citizen') {
    return [{ rule: 'ACTOR-PERMISSION', field: 'type', params: { command: cmd.type, actor: viewer.actor } }];
  }
  if (cmd.type === 'pathwayOpened') {
    return state.opened ? [{ rule: 'PATHWAY-STATE', params: { reason: 'already-open' } }] : [];
  }
  if (!state.opened) return [{ rule: 'PATHWAY-STATE', params: { reason: 'not-open' } }];
  if (state.status === 'closed') return [{ rule: 'PATHWAY-STATE', params: { reason: 'closed' } }];
  // A citizen's self-referral is how a new practice comes to the pathway; everything else needs a relation.
  const selfReferral = cmd.type === 'referralSent' && cmd.selfReferral;
  if (!selfReferral && !relationOf(state, viewer)) {
    return [{ rule: 'PATHWAY-STATE', params: { reason: 'no-relation' } }];
  }
  return [];
}

function route(state: PathwayState, cmd: ParsedCommand, context: DecideContext): Ruling {
  return (
    decideClinical(state, cmd, context) ??
    decideCommunication(state, cmd, context) ??
    decideEmployment(state, cmd, context) ?? { violations: [{ rule: 'INPUT-INVALID', field: 'type' }] }
  );
}
