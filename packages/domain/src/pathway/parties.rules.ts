import type { Actor, Viewer } from '../program/actors.ts';
import type { Violation } from '../violation.ts';
import type { ParsedCommand, Party } from './events.schema.ts';
import { addressedParties } from './home-municipality.ts';
import { coordinatorOf } from './pathway.consent.ts';
import type { PathwayState } from './pathway.state.ts';

/** The directory's actor of an organisation, from the directory the caller holds (I/O stays outside). */
export type ActorOf = (organisationId: string) => Actor | undefined;

/** What the citizen register says of this pathway's citizen: who they are and which GP they are listed with. */
export interface RegisterFacts {
  citizenId: string;
  /** The GP practice (organisation id) the citizen is listed with; null when the register does not know. */
  listedWith: string | null;
}

/** Every party a command names: its addressees (a coordinator it moves to), and the coordinator it opens with. */
export function namedParties(command: ParsedCommand): { field: string; party: Party }[] {
  const parties = addressedParties(command);
  if (command.type === 'pathwayOpened') {
    parties.push({ field: 'coordinator', party: command.coordinator });
  }
  return parties;
}

/**
 * RECIPIENT-ACTOR (issue 8): the actor of a party is the directory's actor of that organisation.
 * A request naming another actor, or an organisation the directory does not know, is refused:
 * otherwise a jobcentre addressed as `physio` would receive clinical referrals and escape
 * HOME-MUNICIPALITY.
 */
export function recipientActorViolations(command: ParsedCommand, actorOf: ActorOf): Violation[] {
  return namedParties(command).flatMap(({ field, party }) => {
    const actor = actorOf(party.organisationId);
    if (actor === party.actor) return [];
    return [
      {
        rule: 'RECIPIENT-ACTOR' as const,
        field: `${field}.actor`,
        params: actor
          ? ({ expected: actor, given: party.actor } as Record<string, string>)
          : { reason: 'unknown-organisation' },
      },
    ];
  });
}

const listing = (field: string, params: Record<string, string>): Violation => ({
  rule: 'COORDINATOR-LISTING',
  field,
  params,
});

/**
 * COORDINATOR-LISTING (p.14, issue 8): the coordinator is the GP practice the citizen is listed
 * with. A pathway opens with that practice as coordinator, and no other GP opens one; a change of
 * GP is its own fact, to the practice the register now lists, recorded by that practice or the
 * citizen.
 */
export function listingViolations(
  state: PathwayState,
  command: ParsedCommand,
  viewer: Viewer,
  register: RegisterFacts,
): Violation[] {
  if (command.type !== 'pathwayOpened' && command.type !== 'coordinatorChanged') return [];
  const listedWith = register.listedWith;
  if (!listedWith) return [listing('coordinator', { reason: 'unlisted' })];
  if (command.coordinator.organisationId !== listedWith) {
    return [listing('coordinator.organisationId', { listedWith })];
  }
  if (command.type === 'pathwayOpened') {
    return viewer.actor === 'gp' && viewer.organisationId !== listedWith
      ? [listing('coordinator', { reason: 'not-the-listed-gp', listedWith })]
      : [];
  }
  if (coordinatorOf(state) === listedWith) return [listing('coordinator', { reason: 'unchanged' })];
  if (viewer.actor !== 'citizen' && viewer.organisationId !== listedWith) {
    return [listing('coordinator', { reason: 'only-the-listed-gp-or-the-citizen', listedWith })];
  }
  return [];
}
