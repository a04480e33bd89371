import type { Organization, Patient, Provenance, Reference } from '@medplum/fhirtypes';
import type { PathwayEvent, PathwayState } from '@rygforlob/domain';
import { CODE_SYSTEM, IDENTIFIER } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';
import type { PathwaySlice } from './episode-of-care.ts';
import { factId } from './ids.ts';

/** The resource a fact shows up in, so its Provenance can point at it. */
function targetOf(event: PathwayEvent, slice: PathwaySlice): Reference {
  const { state, pathwayId } = slice;
  const at = (type: string, seq: number | undefined) =>
    seq === undefined
      ? { reference: `EpisodeOfCare/${pathwayId}` }
      : { reference: `${type}/${factId(pathwayId, seq)}` };
  switch (event.type) {
    case 'triaged':
      return state.triage?.result ? at('Condition', state.triage.seq) : at('EpisodeOfCare', undefined);
    case 'planUpdated':
    case 'interventionStarted':
    case 'sessionRecorded':
    case 'interventionEnded':
      return at('CarePlan', state.plan?.seq);
    case 'questionnaireCompleted':
      return at('QuestionnaireResponse', event.seq);
    case 'medicationPrescribed':
    case 'medicationFollowedUp':
      return at('MedicationRequest', state.prescriptions[event.prescriptionId]?.seq);
    case 'referralSent':
    case 'referralAccepted':
    case 'referralDeclined':
    case 'rehabGraded':
    case 'freeChoiceRecorded':
      return at('ServiceRequest', state.referrals[event.referralId]?.seq);
    case 'noteSent':
      return at('Communication', event.seq);
    case 'consentGiven':
    case 'consentWithdrawn':
      return at('Consent', state.consents[event.consentId]?.seq);
    default:
      return at('EpisodeOfCare', undefined);
  }
}

/** Who appended a fact: their organisation (or the citizen), with the user's id. */
export function agentOf(
  event: Pick<PathwayEvent, 'by'>,
  citizenId: string,
  directory: Directory,
): Reference<Patient | Organization> {
  const who: Reference<Patient | Organization> =
    event.by.actor === 'citizen'
      ? { reference: `Patient/${citizenId}` }
      : organisationReference(directory, event.by.organisationId);
  return { ...who, identifier: { system: IDENTIFIER.user, value: event.by.userId } };
}

/** One Provenance per fact the viewer may see: what it is, when it was appended, by whom. */
export function toFhirProvenances(
  slice: PathwaySlice,
  directory: Directory,
  state: PathwayState = slice.state,
): Provenance[] {
  return state.events.map((event) => ({
    resourceType: 'Provenance',
    id: factId(slice.pathwayId, event.seq),
    target: [targetOf(event, slice)],
    recorded: event.at,
    activity: { coding: [{ system: CODE_SYSTEM.auditAction, code: event.type }] },
    agent: [
      {
        type: { coding: [{ system: CODE_SYSTEM.provenanceParticipant, code: 'author' }] },
        who: agentOf(event, slice.citizenId, directory),
      },
    ],
  }));
}
