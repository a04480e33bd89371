import type {
  Bundle,
  BundleEntry,
  MessageHeader,
  Organization,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { CODE_SYSTEM, EXTENSION, IDENTIFIER, sorEndpoint } from '../codes.ts';
import type { DirectoryOrganisation } from '../directory.ts';
import { stableUuid } from '../ids.ts';

/** MedCom messages carry absolute fullUrls and UUID ids for every resource. */
export const MEDCOM_BASE = 'https://rygforlob.dk/fhir/medcom';
export const fullUrlOf = (resource: Resource): string =>
  `${MEDCOM_BASE}/${resource.resourceType}/${resource.id}`;
export const referenceTo = <T extends Resource>(resource: T): Reference<T> => ({
  reference: fullUrlOf(resource),
});

/** An organisation as a MedCom party: its SOR code is its address, so one is required. */
export function medcomOrganization(org: DirectoryOrganisation, seed: string): Organization {
  return {
    resourceType: 'Organization',
    id: stableUuid(seed, 'organisation', org.id),
    identifier: [
      ...(org.sorCode ? [{ use: 'official' as const, system: IDENTIFIER.sor, value: org.sorCode }] : []),
      { system: IDENTIFIER.organisation, value: org.id },
    ],
    name: org.name,
  };
}

export const endpointOf = (org: DirectoryOrganisation, fallback: string): string =>
  org.sorCode ? sorEndpoint(org.sorCode) : fallback;

/** The primary destination of a message (medcom-messaging-destinationUseExtension). */
export function primaryDestination(
  receiver: Organization,
  endpoint: string,
): NonNullable<MessageHeader['destination']>[number] {
  return {
    extension: [
      {
        url: EXTENSION.destinationUse,
        valueCoding: { system: CODE_SYSTEM.medcomDestinationUse, code: 'primary' },
      },
    ],
    endpoint,
    receiver: referenceTo(receiver),
  };
}

export const messageBundle = (
  id: string,
  profile: string,
  timestamp: string,
  resources: Resource[],
): Bundle => ({
  resourceType: 'Bundle',
  id,
  meta: { profile: [profile] },
  type: 'message',
  timestamp,
  entry: resources.map((resource): BundleEntry => ({ fullUrl: fullUrlOf(resource), resource })),
});
