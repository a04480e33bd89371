/**
 * @rygforlob/fhir: pure mappings of the pathway's slices to FHIR R4 resources and MedCom
 * messages, and of incoming MedCom messages to domain commands (style.md, packages/fhir).
 */

export type { Bundle, OperationOutcome, Resource } from '@medplum/fhirtypes';
export { type AccessLogEntry, toFhirAuditEvents } from './audit-event.ts';
export { toFhirCapabilityStatement } from './capability.ts';
export { toFhirCarePlan, toFhirConditions, toFhirMedicationRequests } from './clinical.ts';
export * from './codes.ts';
export { NOTE_KIND_TEXT, type Note, toFhirCommunications } from './communication.ts';
export { toFhirConsents } from './consent.ts';
export {
  type CitizenRecord,
  type Directory,
  type DirectoryOrganisation,
  directoryOf,
  organisationResourceId,
  toFhirOrganization,
} from './directory.ts';
export { type PathwaySlice, toFhirEpisodeOfCare } from './episode-of-care.ts';
export { sliceResources, toFhirEverything } from './everything.ts';
export { stableUuid } from './ids.ts';
export { type AcknowledgementCode, toAcknowledgement } from './medcom/acknowledgement.ts';
export {
  CATEGORY_OF,
  type CareCommunicationInput,
  toCareCommunication,
} from './medcom/care-communication.ts';
export {
  type IncomingMessage,
  MAX_MESSAGE_BYTES,
  type Parsed,
  parseIncomingMessage,
  toCommand,
} from './medcom/incoming.ts';
export { FhirProblem, notFoundOutcome, type Problem, toOperationOutcome } from './outcome.ts';
export { toFhirPatient } from './patient.ts';
export { toFhirProvenances } from './provenance.ts';
export { toFhirQuestionnaires } from './questionnaire.ts';
export { toFhirServiceRequests } from './service-request.ts';
export { toFhirTasks } from './task.ts';
export { loadR4Definitions, r4Problems } from './validate.ts';
