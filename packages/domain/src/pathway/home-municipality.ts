import type { Viewer } from '../program/actors.ts';
import { SECTOR_OF } from '../program/actors.ts';
import type { Violation } from '../violation.ts';
import type { Command, Party } from './events.schema.ts';
import type { PathwayState } from './pathway.state.ts';

/** The municipality an organisation belongs to, from the directory the caller holds (I/O stays outside). */
export type MunicipalityOf = (organisationId: string) => string | undefined;

/** Every party a command sends something to, with the field that names it. */
export function addressedParties(command: Command): { field: string; party: Party }[] {
  switch (command.type) {
    case 'referralSent':
    case 'certificateRequested':
      return [{ field: 'to', party: command.to }];
    case 'noteSent':
      return command.to.map((party, i) => ({ field: `to.${i}`, party }));
    case 'consentGiven':
      return [{ field: 'recipient', party: command.recipient }];
    case 'coordinatorChanged':
      return [{ field: 'coordinator', party: command.coordinator }];
    default:
      return [];
  }
}

/**
 * HOME-MUNICIPALITY (p.44, p.55; spec §9): §119 prevention, §140 rehabilitation and the jobcentre
 * are the citizen's home municipality's. Nothing is sent to another municipality's organisation,
 * and another municipality's staff cannot act on the pathway, so its citizens stay out of their view.
 * An organisation the directory places in no municipality is not judged.
 */
export function homeMunicipalityViolations(
  state: PathwayState,
  command: Command,
  viewer: Viewer,
  municipalityOf: MunicipalityOf,
  /** The directory's actor of an organisation: whether a party is municipal is the directory's to say (issue 8). */
  actorOf?: (organisationId: string) => Viewer['actor'] | undefined,
): Violation[] {
  const home = state.opened?.citizen.municipality;
  if (!home) return [];
  const parties = [
    { field: undefined as string | undefined, party: viewer as Party },
    ...addressedParties(command),
  ];
  return parties.flatMap(({ field, party }) => {
    const actor = actorOf?.(party.organisationId) ?? party.actor;
    if (SECTOR_OF[actor] !== 'municipality') return [];
    const municipality = municipalityOf(party.organisationId);
    if (!municipality || municipality === home) return [];
    return [
      {
        rule: 'HOME-MUNICIPALITY' as const,
        ...(field ? { field } : {}),
        params: { organisationId: party.organisationId, municipality, home },
      },
    ];
  });
}
