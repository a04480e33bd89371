/** Test fixtures for packages/fhir and the server's FHIR routes (obviously fictitious). */
import type { Command, Viewer } from '@rygforlob/domain';
import { consentTo, party, rehabPlanReferral, Scenario, STARTBACK, VIEWERS } from '@rygforlob/domain/testing';
import fc from 'fast-check';
import { type DirectoryOrganisation, directoryOf } from '../directory.ts';

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
    questionnaire: STARTBACK,
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
