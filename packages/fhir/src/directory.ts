import type { Organization, Reference } from '@medplum/fhirtypes';
import type { Actor } from '@rygforlob/domain';
import { IDENTIFIER } from './codes.ts';

/** An organisation as the directory knows it (the organisations table). */
export interface DirectoryOrganisation {
  id: string;
  name: string;
  actor: Actor;
  municipality?: string | null;
  /** Its SOR code; the demo directory's are fictitious. */
  sorCode?: string | null;
}

/** What mappers may ask about organisations: never the request, always the directory (design.md). */
export interface Directory {
  organisation(id: string): DirectoryOrganisation | undefined;
}

export const directoryOf = (organisations: readonly DirectoryOrganisation[]): Directory => {
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return { organisation: (id) => byId.get(id) };
};

/** The citizen as the register holds them (the API's `PathwayView.citizen`). */
export interface CitizenRecord {
  id: string;
  name: string;
  cpr: string;
  birthDate: string;
  sex: string;
  municipality: string;
  /** The GP practice the citizen is listed with (the register's), when known. */
  listedWith?: string | null;
}

/** FHIR ids are [A-Za-z0-9-.]{1,64}: our organisation ids are used as they are when they fit. */
export const organisationResourceId = (id: string): string =>
  /^[A-Za-z0-9\-.]{1,64}$/.test(id) ? id : Buffer.from(id).toString('hex').slice(0, 64);

export const organisationReference = (directory: Directory, id: string): Reference<Organization> => {
  const org = directory.organisation(id);
  return {
    reference: `Organization/${organisationResourceId(id)}`,
    ...(org ? { display: org.name } : {}),
  };
};

/** An organisation with its SOR identifier where it has one, and always our id. */
export function toFhirOrganization(directory: Directory, id: string): Organization {
  const org = directory.organisation(id);
  return {
    resourceType: 'Organization',
    id: organisationResourceId(id),
    identifier: [
      ...(org?.sorCode ? [{ use: 'official' as const, system: IDENTIFIER.sor, value: org.sorCode }] : []),
      { system: IDENTIFIER.organisation, value: id },
    ],
    active: true,
    name: org?.name ?? id,
  };
}
