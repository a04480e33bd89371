import type { Bundle, BundleEntry, Resource } from '@medplum/fhirtypes';
import { toFhirCarePlan, toFhirConditions, toFhirMedicationRequests } from './clinical.ts';
import { toFhirCommunications } from './communication.ts';
import { toFhirConsents } from './consent.ts';
import {
  type CitizenRecord,
  type Directory,
  organisationResourceId,
  toFhirOrganization,
} from './directory.ts';
import { type PathwaySlice, toFhirEpisodeOfCare } from './episode-of-care.ts';
import { toFhirPatient } from './patient.ts';
import { toFhirProvenances } from './provenance.ts';
import { toFhirQuestionnaires } from './questionnaire.ts';
import { toFhirServiceRequests } from './service-request.ts';
import { toFhirTasks } from './task.ts';

/** Every resource the viewer's slice of one pathway makes, the Patient and EpisodeOfCare first. */
export function sliceResources(
  slice: PathwaySlice,
  citizen: CitizenRecord,
  directory: Directory,
): Resource[] {
  const { carePlan, goals } = toFhirCarePlan(slice, directory);
  const { responses, observations } = toFhirQuestionnaires(slice, directory);
  const resources: Resource[] = [
    toFhirPatient(citizen, slice.coordinatorOrganisationId, directory),
    toFhirEpisodeOfCare(slice, directory),
    ...toFhirConditions(slice, directory),
    ...(carePlan ? [carePlan] : []),
    ...goals,
    ...toFhirServiceRequests(slice, directory),
    ...toFhirTasks(slice, directory),
    ...toFhirCommunications(slice, directory),
    ...toFhirConsents(slice, directory),
    ...responses,
    ...observations,
    ...toFhirMedicationRequests(slice, directory),
    ...toFhirProvenances(slice, directory),
  ];
  return [...resources, ...referencedOrganisations(slice, resources, directory)];
}

/** The Organizations the resources refer to (any party of the slice's facts), so the Bundle stands alone. */
function referencedOrganisations(slice: PathwaySlice, resources: Resource[], directory: Directory) {
  const text = JSON.stringify(resources);
  const candidates = new Set<string>([slice.coordinatorOrganisationId]);
  for (const match of JSON.stringify(slice.state.events).matchAll(/"organisationId":"((?:[^"\\]|\\.)*)"/g)) {
    if (match[1]) candidates.add(JSON.parse(`"${match[1]}"`) as string);
  }
  return [...candidates]
    .filter((id) => text.includes(`"Organization/${organisationResourceId(id)}"`))
    .map((id) => toFhirOrganization(directory, id));
}

/**
 * `EpisodeOfCare/{id}/$everything`: a searchset Bundle of the viewer's slice and nothing else
 * (the slice is the API's; this only maps it).
 */
export function toFhirEverything(
  slice: PathwaySlice,
  citizen: CitizenRecord,
  directory: Directory,
  baseUrl: string,
): Bundle {
  const entry: BundleEntry[] = sliceResources(slice, citizen, directory).map((resource) => ({
    fullUrl: `${baseUrl}/${resource.resourceType}/${resource.id}`,
    resource,
    search: { mode: resource.resourceType === 'EpisodeOfCare' ? 'match' : 'include' },
  }));
  return { resourceType: 'Bundle', type: 'searchset', timestamp: slice.now, total: 1, entry };
}
