/**
 * Test support for packages/fhir and the server's FHIR routes: a directory of the domain's test
 * organisations (fictitious SOR codes), a pathway with something of every kind, and the published
 * profiles' invariants that apply to what we produce, as FHIRPath (read from hl7dk/dk-core and
 * medcomdk's implementation guides; the expressions are theirs, the selection ours).
 */
import type { Resource } from '@medplum/fhirtypes';
import type { Command, Viewer } from '@rygforlob/domain';
import { consentTo, party, rehabPlanReferral, Scenario, VIEWERS } from '@rygforlob/domain/testing';
import fc from 'fast-check';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { type DirectoryOrganisation, directoryOf } from './directory.ts';

/** Fictitious SOR codes: 11+ digits (DK-core min-digits-sor), starting 999 so none is real. */
export const TEST_ORGANISATIONS: DirectoryOrganisation[] = Object.values(VIEWERS).map((viewer, n) => ({
  id: viewer.organisationId,
  name: `Testorganisation ${viewer.organisationId}`,
  actor: viewer.actor,
  municipality: 'Vejle',
  sorCode: `9990000000${String(n + 10)}`,
}));
export const TEST_DIRECTORY = directoryOf(TEST_ORGANISATIONS);

export const TEST_CITIZEN = {
  id: '6f1c1b2e-4d3a-4f5e-9a8b-7c6d5e4f3a2b',
  name: 'Testa Rygsen Prøvesen',
  cpr: '1405809996',
  birthDate: '1980-05-14',
  sex: 'female',
  municipality: 'Vejle',
};

const T0 = '2026-09-01T09:00:00+02:00';
const at = (day: string) => `${day}T10:00:00+02:00`;

/** A pathway with a fact of every family the FHIR API maps, and consent to the jobcentre. */
export function richScenario(): Scenario {
  const s = Scenario.withRehabPlan('2026-09-01', T0);
  const run = (by: Viewer, command: Command, when = at('2026-09-02')) => s.run(by, command, when);
  run(VIEWERS.gp, {
    type: 'questionnaireCompleted',
    questionnaire: {
      instrument: 'startback',
      answers: {
        referredLegPain: true,
        comorbidPain: false,
        disabilityWalking: true,
        disabilityDressing: false,
        fear: false,
        anxiety: true,
        catastrophising: false,
        depression: false,
        bothersomeness: 'moderately',
      },
    },
  });
  run(VIEWERS.gp, {
    type: 'questionnaireCompleted',
    questionnaire: { instrument: 'odi', answers: { lifting: 3, walking: 1 } },
  });
  run(VIEWERS.gp, {
    type: 'medicationPrescribed',
    prescriptionId: 'rx-1',
    drug: 'Ibuprofen 400 mg',
    painCourse: 'episodic',
    discontinuationPlan: 'Stop efter 10 dage',
  });
  run(VIEWERS.gp, { type: 'interventionStarted', interventionId: 'i-1', intervention: 'exercise' });
  run(VIEWERS.gp, { type: 'sessionRecorded', interventionId: 'i-1', attended: true, response: 'improved' });
  run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-p'));
  run(VIEWERS.gp, {
    type: 'referralSent',
    referralId: 'r-physio',
    kind: 'physio',
    to: party(VIEWERS.physio),
    content: { reason: 'Superviseret træning', clinicalInformation: 'Lændesmerter i 6 uger' },
  });
  run(VIEWERS.physio, { type: 'referralAccepted', referralId: 'r-physio' }, at('2026-09-03'));
  run(
    VIEWERS.physio,
    {
      type: 'noteSent',
      noteId: 'n-feedback',
      kind: 'feedback',
      to: [party(VIEWERS.gp)],
      referralId: 'r-physio',
      content: { text: 'Borgeren er startet på træning.', followUpBy: 'sender' },
    },
    at('2026-09-04'),
  );
  run(
    VIEWERS.physio,
    {
      type: 'noteSent',
      noteId: 'n-corr',
      kind: 'correspondence',
      to: [party(VIEWERS.gp)],
      content: { text: 'Et spørgsmål om medicin.' },
    },
    at('2026-09-04'),
  );
  run(
    VIEWERS.gp,
    { ...consentTo(VIEWERS.jobcentre, 'c-job'), purpose: 'employment' } as Command,
    at('2026-09-05'),
  );
  run(VIEWERS.hospital, rehabPlanReferral('r-2', '2026-09-05'), at('2026-09-05'));
  run(
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: 'r-lae165',
      kind: 'jobcentre-lae165',
      to: party(VIEWERS.jobcentre),
      content: {
        proposal: 'Delvis raskmelding med gradvis optrapning',
        workSituation: 'Lagerarbejde, tunge løft',
        healthInformation: 'Lændesmerter uden udstråling',
      },
    },
    at('2026-09-05'),
  );
  run(
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: 'r-119',
      kind: 'prevention-119',
      to: party(VIEWERS.prevention),
      recordConsent: 'treatment',
      content: {
        referralDiagnosis: 'Uspecifikke lændesmerter',
        clinicalInformation: 'Smerter i 8 uger, i arbejde',
        purpose: 'Afklarende samtale om fysisk aktivitet',
        history: 'Ingen tidligere forløb',
        practicalCircumstances: 'Ingen særlige behov',
        otherMunicipalOffers: [],
        interpreterNeeded: false,
        criteria: { practiceCourseTried: true, aimPreventWorsening: true, courseJudgedHelpful: true },
      },
    },
    at('2026-09-05'),
  );
  run(
    VIEWERS.rehab,
    { type: 'freeChoiceRecorded', referralId: 'r-1', provider: 'Fysioterapeut Hansen' },
    at('2026-09-05'),
  );
  run(
    VIEWERS.jobcentre,
    {
      type: 'sickLeaveRegistered',
      start: '2026-08-20',
      extent: 'partial',
      hoursPerWeek: 20,
      expectedWeeks: 6,
    },
    at('2026-09-05'),
  );
  return s;
}

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
    id: 'medcom-careCommunication-15',
    expression:
      'iif(Bundle.entry.resource.ofType(Encounter).exists(), true, Bundle.entry.resource.ofType(Communication).encounter.exists().not())',
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

/**
 * A MedCom HospitalNotification as a hospital's system would send it (the shape of
 * medcomdk/dk-medcom-hospitalnotification's examples): admission (STIN) or discharge (SLHJ).
 */
export function hospitalNotificationMessage(options: {
  messageId: string;
  cpr: string;
  senderSor: string;
  receiverSor: string;
  event: 'admitted' | 'discharged';
  start: string;
  end?: string;
}): Record<string, unknown> {
  const base = 'https://hospital.example/fhir';
  const ids = {
    patient: '11111111-1111-4111-8111-111111111111',
    encounter: '22222222-2222-4222-8222-222222222222',
    sender: '33333333-3333-4333-8333-333333333333',
    receiver: '44444444-4444-4444-8444-444444444444',
    provenance: '55555555-5555-4555-8555-555555555555',
  };
  const org = (id: string, sor: string, name: string) => ({
    resourceType: 'Organization',
    id,
    identifier: [{ use: 'official', system: 'urn:oid:1.2.208.176.1.1', value: sor }],
    name,
  });
  const resources = [
    {
      resourceType: 'MessageHeader',
      id: options.messageId,
      meta: {
        profile: [
          'http://medcomfhir.dk/fhir/hospitalnotification/StructureDefinition/medcom-hospitalNotification-messageHeader',
        ],
      },
      eventCoding: {
        system: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes',
        code: 'hospital-notification-message',
      },
      destination: [
        {
          extension: [
            {
              url: 'http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-destinationUseExtension',
              valueCoding: {
                system: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-destinationUse',
                code: 'primary',
              },
            },
          ],
          endpoint: `https://sor2.sum.dsdn.dk/#id=${options.receiverSor}`,
          receiver: { reference: `${base}/Organization/${ids.receiver}` },
        },
      ],
      sender: { reference: `${base}/Organization/${ids.sender}` },
      source: { endpoint: `https://sor2.sum.dsdn.dk/#id=${options.senderSor}` },
      focus: [{ reference: `${base}/Encounter/${ids.encounter}` }],
    },
    {
      resourceType: 'Patient',
      id: ids.patient,
      identifier: [{ use: 'official', system: 'urn:oid:1.2.208.176.1.2', value: options.cpr }],
      name: [{ use: 'official', family: 'Prøvesen', given: ['Testa'] }],
    },
    {
      resourceType: 'Encounter',
      id: ids.encounter,
      status: options.event === 'discharged' ? 'finished' : 'in-progress',
      class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'IMP' },
      subject: { reference: `${base}/Patient/${ids.patient}` },
      episodeOfCare: [
        {
          identifier: {
            system: 'https://www.medcomfhir.dk/ig/core/NamingSystem/lpr3',
            value: '99999999-aaaa-4bbb-8ccc-dddddddddddd',
          },
        },
      ],
      period: { start: options.start, ...(options.end ? { end: options.end } : {}) },
      serviceProvider: { reference: `${base}/Organization/${ids.sender}` },
    },
    org(ids.sender, options.senderSor, 'Sygehus'),
    org(ids.receiver, options.receiverSor, 'Kommune'),
    {
      resourceType: 'Provenance',
      id: ids.provenance,
      target: [{ reference: `${base}/MessageHeader/${options.messageId}` }],
      occurredDateTime: options.end ?? options.start,
      recorded: options.end ?? options.start,
      activity: {
        coding: [
          {
            system: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes',
            code: options.event === 'discharged' ? 'discharge-inpatient-home' : 'admit-inpatient',
          },
        ],
      },
      agent: [{ who: { reference: `${base}/Organization/${ids.sender}` } }],
    },
  ];
  return {
    resourceType: 'Bundle',
    id: '66666666-6666-4666-8666-666666666666',
    meta: {
      profile: [
        'http://medcomfhir.dk/fhir/hospitalnotification/StructureDefinition/medcom-hospitalNotification-message',
      ],
    },
    type: 'message',
    timestamp: options.end ?? options.start,
    entry: resources.map((resource) => ({
      fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
      resource,
    })),
  };
}

/**
 * Bodies for fuzzing an endpoint that takes messages: any JSON, and `message` with one top-level
 * element replaced by any JSON (fast-check, reproducible by seed).
 */
export function fuzzBodies(message: Record<string, unknown>, count: number, seed = 13): unknown[] {
  const spoiled = fc
    .record({
      path: fc.constantFrom('type', 'entry', 'meta', 'timestamp', 'resourceType'),
      value: fc.jsonValue(),
    })
    .map(({ path, value }) => ({ ...message, [path]: value }));
  return fc.sample(fc.oneof(fc.jsonValue(), spoiled), { numRuns: count, seed });
}
