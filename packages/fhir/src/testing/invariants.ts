/**
 * The published profiles' invariants that apply to what we produce, as FHIRPath (read from
 * hl7dk/dk-core, hl7dk/kl-gateway-rehab, hl7dk/kl-gateway-prevention and medcomdk's
 * implementation guides; the expressions are theirs, the selection ours).
 */
import type { Resource } from '@medplum/fhirtypes';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';

/** An invariant of a published profile: its id there, the FHIRPath, and where it applies. */
export interface Invariant {
  id: string;
  expression: string;
}

/** DK-core (hl7dk/dk-core): DkCorePatient, DkCoreCprIdentifier `cpr`, SORIdentifier `min-digits-sor`. */
export const DK_CORE_PATIENT: Invariant[] = [
  {
    id: 'dk-core-patient identifier[cpr] (use official, system CPR)',
    expression:
      "identifier.where(system = 'urn:oid:1.2.208.176.1.2').all(use = 'official' and value.exists())",
  },
  {
    id: 'cpr',
    expression:
      "identifier.where(system = 'urn:oid:1.2.208.176.1.2').value.all(matches('^((((0[1-9]|1[0-9]|2[0-9]|3[0-1])(01|03|05|07|08|10|12))|((0[1-9]|1[0-9]|2[0-9]|30)(04|06|09|11))|((0[1-9]|1[0-9]|2[0-9])(02)))[0-9]{6})$'))",
  },
  { id: 'dk-core-patient identifier 1..', expression: 'identifier.exists()' },
  {
    id: 'dk-core-patient name[official].family 1..',
    expression: "name.where(use = 'official').all(family.exists())",
  },
  {
    id: 'min-digits-sor (generalPractitioner[referencedSORUnit])',
    expression:
      "generalPractitioner.identifier.where(system = 'urn:oid:1.2.208.176.1.1').all(use = 'official' and value.matches('^([0-9]){11,}$'))",
  },
];

/** MedCom CareCommunication (medcomdk/dk-medcom-carecommunication), on the message Bundle. */
export const CARE_COMMUNICATION_MESSAGE: Invariant[] = [
  {
    id: 'medcom-careCommunication-1',
    expression:
      "entry[0].resource.ofType(MessageHeader).meta.profile.startsWith('http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-messageHeader')",
  },
  { id: 'medcom-careCommunication-2', expression: 'entry.where(resource.is(Patient)).count() = 1' },
  {
    id: 'medcom-careCommunication-3',
    expression:
      "entry.resource.ofType(Provenance).all(meta.profile.startsWith('http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-provenance'))",
  },
  { id: 'medcom-careCommunication-4', expression: 'entry.resource.ofType(Practitioner).name.exists()' },
  {
    id: 'medcom-careCommunication-13',
    expression: 'Bundle.entry.resource.ofType(PractitionerRole).practitioner.reference.exists()',
  },
  {
    // On the Communication in the profile; its reference resolved within the message here.
    id: 'medcom-careCommunication-9',
    expression:
      'entry.resource.ofType(Communication).encounter.exists() implies entry.resource.ofType(Encounter).episodeOfCare.identifier.where(system.exists() and value.exists()).exists()',
  },
  {
    id: 'medcom-careCommunication-15',
    // The published expression compares the Encounter's id with the resolved Communication.encounter;
    // fhirpath.js resolves no bundle references, so the reference is compared with the fullUrl.
    expression:
      'iif(Bundle.entry.resource.ofType(Encounter).exists(), Bundle.entry.where(resource is Encounter).fullUrl = Bundle.entry.resource.ofType(Communication).encounter.reference, Bundle.entry.resource.ofType(Communication).encounter.exists().not())',
  },
  {
    id: 'medcom-carecommunication-definition-url',
    expression:
      "entry.resource.ofType(MessageHeader).definition.matches('^http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition[|]5[.][0-9]{1,2}$')",
  },
  {
    id: 'MessageHeader.eventCoding = care-communication-message',
    expression: "entry[0].resource.eventCoding.code = 'care-communication-message'",
  },
  {
    id: 'MessageHeader.destination[cc] ..0, primary only',
    expression: "entry[0].resource.destination.extension.value.code.all($this = 'primary')",
  },
  { id: 'MessageHeader.focus 1..1', expression: 'entry[0].resource.focus.count() = 1' },
  {
    id: 'Organization SOR (min-digits-sor)',
    expression:
      "entry.resource.ofType(Organization).all(identifier.where(system = 'urn:oid:1.2.208.176.1.1').value.matches('^([0-9]){11,}$'))",
  },
  {
    id: 'CareCommunicationProvenance entity[payload] 1..',
    expression:
      "entry.resource.ofType(Provenance).all(entity.where(role = 'source').what.identifier.exists())",
  },
  {
    // medcom-careCommunication-provenance entity[payload].what.identifier: "The identifier of the
    // newly included Communication.payload.extension.valueIdentifier must be included here."
    id: 'CareCommunicationProvenance entity[payload] names payload segments',
    expression:
      "entry.resource.ofType(Provenance).entity.where(role = 'source').what.identifier.value.subsetOf(entry.resource.ofType(Communication).payload.extension('http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-identifier-extension').value.value)",
  },
];

/** On the Communication of a CareCommunication. */
export const CARE_COMMUNICATION: Invariant[] = [
  {
    id: 'medcom-careCommunication-5',
    expression: "where(category.coding.code != 'regarding-referral').priority.empty()",
  },
  {
    id: 'medcom-careCommunication-6',
    expression:
      "iif(category.coding.code != 'other', true, category.coding.code = 'other' and topic.exists())",
  },
  {
    id: 'medcom-uuidv4',
    expression:
      "identifier.value.matches('^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')",
  },
  { id: 'status = unknown', expression: "status = 'unknown'" },
  { id: 'category 1..1, coding 1..1', expression: 'category.count() = 1 and category.coding.count() = 1' },
  { id: 'topic.text 1..1 when topic', expression: 'topic.exists() implies topic.text.exists()' },
  {
    id: 'payload[string] date, identifier, author 1..1',
    expression:
      "payload.where(content is string).all(extension('http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-datetime-extension').count() = 1 and extension('http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-identifier-extension').count() = 1 and extension('http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-practitioner-extension').count() = 1)",
  },
];

/** MedCom Acknowledgement (medcomdk/dk-medcom-acknowledgement), on the message Bundle. */
export const ACKNOWLEDGEMENT_MESSAGE: Invariant[] = [
  {
    id: 'medcom-acknowledgement-1',
    expression:
      "iif(entry.resource.ofType(MessageHeader).response.code = 'ok', true, entry.resource.ofType(MessageHeader).response.code != 'ok' and entry.resource.ofType(OperationOutcome).exists())",
  },
  {
    id: 'medcom-acknowledgement-2 (header profile)',
    expression:
      "entry.resource.ofType(MessageHeader).meta.profile contains 'http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-messaging-acknowledgementHeader'",
  },
  { id: 'MessageHeader.response 1..', expression: 'entry.resource.ofType(MessageHeader).response.exists()' },
  {
    id: 'eventCoding = acknowledgement-message',
    expression: "entry[0].resource.eventCoding.code = 'acknowledgement-message'",
  },
];

/** The KL Gateway §140 ServiceRequest shape (hl7dk/kl-gateway-rehab 140serviceRequest.fsh). */
export const KL_140_SERVICE_REQUEST: Invariant[] = [
  {
    id: 'requester 1..1, code 1..1, authoredOn 1..1',
    expression: 'requester.exists() and code.exists() and authoredOn.exists()',
  },
  { id: 'intent = plan', expression: "intent = 'plan'" },
  { id: 'category 1..2', expression: 'category.count() >= 1 and category.count() <= 2' },
  {
    id: 'dischargeDate 1..1',
    expression: "extension('http://fhir.kl.dk/rehab/StructureDefinition/PreconditionDate').count() = 1",
  },
  {
    id: 'identifier, performer, priority, note, supportingInfo 0..0',
    expression:
      'identifier.empty() and performer.empty() and priority.empty() and note.empty() and supportingInfo.empty()',
  },
  {
    id: 'gateway-140-service-request-1',
    expression:
      "category.select(coding.code = 'ffd81f78-352e-4589-a195-5350dd1df2a4' or coding.code = '0c8e2bfc-1350-45d1-90da-c07e2645d073' or coding.code = '83c89857-8fb8-4163-97b1-eb1a56345c29').anyTrue()",
  },
];

/** The KL Gateway §119 ServiceRequest shape (hl7dk/kl-gateway-prevention 119serviceRequest.fsh). */
export const KL_119_SERVICE_REQUEST: Invariant[] = [
  { id: 'authoredOn 1..1', expression: 'authoredOn.exists()' },
  { id: 'intent = plan', expression: "intent = 'plan'" },
  {
    id: 'code from ServiceTypes119',
    expression:
      "code.coding.where(system = 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes').code = 'a71921ea-fe83-441d-933b-cc21d0b3c8c3'",
  },
  {
    id: 'identifier, category, priority, performer, note, occurrence 0..0',
    expression:
      'identifier.empty() and category.empty() and priority.empty() and performer.empty() and note.empty() and occurrence.empty()',
  },
];

/** The ids of the invariants the resource breaks (an invariant that errors counts as broken). */
export function brokenInvariants(resource: Resource, invariants: readonly Invariant[]): string[] {
  return invariants
    .filter((invariant) => {
      try {
        const result = fhirpath.evaluate(structuredClone(resource), invariant.expression, undefined, r4);
        return !(Array.isArray(result) && result.length > 0 && result.every((value) => value === true));
      } catch {
        return true;
      }
    })
    .map((invariant) => invariant.id);
}
