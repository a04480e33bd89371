import type { EpisodeOfCare } from '@medplum/fhirtypes';
import type { PathwayState } from '@rygforlob/domain';
import { IDENTIFIER } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';

/** What every mapper of a pathway gets: the viewer's slice of it, never more. */
export interface PathwaySlice {
  pathwayId: string;
  citizenId: string;
  coordinatorOrganisationId: string;
  /** The fold of the viewer's full slice entries (`slice(...).state`). */
  state: PathwayState;
  /** For clocks (Task): when the slice was read. */
  now: string;
}

/**
 * The pathway as an EpisodeOfCare: its id doubles as the forløbsid MedCom messages carry; the
 * coordinating GP manages it; the period runs from opening to closing.
 */
export function toFhirEpisodeOfCare(slice: PathwaySlice, directory: Directory): EpisodeOfCare {
  const { state } = slice;
  return {
    resourceType: 'EpisodeOfCare',
    id: slice.pathwayId,
    identifier: [{ system: IDENTIFIER.pathway, value: slice.pathwayId }],
    status: state.status === 'closed' ? 'finished' : 'active',
    type: [{ text: 'Rygforløb (Region Syddanmark 2023)' }],
    patient: { reference: `Patient/${slice.citizenId}` },
    managingOrganization: organisationReference(directory, slice.coordinatorOrganisationId),
    ...(state.opened
      ? { period: { start: state.opened.at, ...(state.closed ? { end: state.closed.at } : {}) } }
      : {}),
  };
}
