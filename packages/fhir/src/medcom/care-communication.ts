import type {
  Bundle,
  Communication,
  Encounter,
  MessageHeader,
  Patient,
  Practitioner,
  PractitionerRole,
  Provenance,
} from '@medplum/fhirtypes';
import { CARE_COMMUNICATION_DEFINITION, CODE_SYSTEM, EXTENSION, IDENTIFIER, PROFILE } from '../codes.ts';
import { NOTE_KIND_TEXT, type Note, type NoteKind, notePayloads } from '../communication.ts';
import type { CitizenRecord, Directory } from '../directory.ts';
import { stableUuid } from '../ids.ts';
import { FhirProblem } from '../outcome.ts';
import { humanName, toFhirPatient } from '../patient.ts';
import { endpointOf, medcomOrganization, messageBundle, primaryDestination, referenceTo } from './message.ts';

/**
 * The MedCom CareCommunication category of each kind of note (the category code system of
 * medcomdk/dk-medcom-carecommunication). The note's own kind travels as the topic's coding.
 */
export const CATEGORY_OF: Record<NoteKind, string> = {
  feedback: 'carecoordination',
  epicrisis: 'examination-results',
  'closing-note-119': 'carecoordination',
  'slutnotat-140': 'training',
  'closing-note': 'carecoordination',
  correspondence: 'other',
  information: 'other',
};

export interface CareCommunicationInput {
  pathwayId: string;
  note: Note;
  citizen: CitizenRecord;
  /** Who the message goes to: one of the note's addressees (MedCom has one primary receiver). */
  receiverOrganisationId: string;
  /** The author's name as the directory of users has it (MedCom wants a named practitioner). */
  authorName: string;
}

/**
 * A note as a MedCom CareCommunication message: MessageHeader, the Communication (category, topic,
 * one text segment per part with its author and date), Patient (DK-core), the Encounter carrying
 * the forløbsid (the pathway's id) as its episodeOfCare identifier, sender and receiver
 * Organizations with their SOR ids, the author as Practitioner and PractitionerRole, and the
 * Provenance of a new message. Every id is derived from the note, so an export is repeatable.
 */
export function toCareCommunication(input: CareCommunicationInput, directory: Directory): Bundle {
  const { note, citizen, pathwayId } = input;
  const seed = `${pathwayId}/${note.noteId}/${input.receiverOrganisationId}`;
  const senderOrg = directory.organisation(note.by.organisationId);
  const receiverOrg = directory.organisation(input.receiverOrganisationId);
  if (!note.to.some((party) => party.organisationId === input.receiverOrganisationId)) {
    throw new FhirProblem(404, [
      { code: 'not-found', diagnostics: 'the note is not addressed to this receiver' },
    ]);
  }
  if (!senderOrg?.sorCode || !receiverOrg?.sorCode) {
    throw new FhirProblem(422, [
      {
        code: 'business-rule',
        expression: 'Organization.identifier',
        diagnostics: 'MedCom needs the SOR code of sender and receiver',
      },
    ]);
  }
  const sender = medcomOrganization(senderOrg, seed);
  const receiver = medcomOrganization(receiverOrg, seed);
  const patient: Patient = {
    ...toFhirPatient({ ...citizen, listedWith: null }, undefined, directory),
    id: stableUuid(seed, 'patient'),
  };
  const practitioner: Practitioner = {
    resourceType: 'Practitioner',
    id: stableUuid(seed, 'practitioner'),
    name: [humanName(input.authorName)],
  };
  const role: PractitionerRole = {
    resourceType: 'PractitionerRole',
    id: stableUuid(seed, 'practitioner-role'),
    practitioner: referenceTo(practitioner),
    organization: referenceTo(sender),
    code: [{ text: note.by.actor }],
  };
  // The pathway's id is the forløbsid: MedCom carries it as the Encounter's episodeOfCare
  // identifier (medcom-careCommunication-9 and -15: present, and referenced by the Communication).
  const encounter: Encounter = {
    resourceType: 'Encounter',
    id: stableUuid(seed, 'encounter'),
    meta: { profile: [PROFILE.medcomEncounter] },
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml">Forløb ${escapeXml(pathwayId)}</div>`,
    },
    status: 'unknown',
    class: { system: CODE_SYSTEM.encounterClass, code: 'AMB' },
    subject: referenceTo(patient),
    episodeOfCare: [{ identifier: { system: IDENTIFIER.pathway, value: pathwayId } }],
    serviceProvider: referenceTo(sender),
  };
  const kind = note.kind;
  // Each text segment's own identifier: the Provenance names the segments this message adds.
  const segments = notePayloads(note).map((contentString, n) => ({
    contentString,
    identifier: `urn:uuid:${stableUuid(seed, 'segment', String(n))}`,
  }));
  const communication: Communication = {
    resourceType: 'Communication',
    id: stableUuid(seed, 'communication'),
    meta: { profile: [PROFILE.careCommunication] },
    text: {
      status: 'generated',
      div: `<div xmlns="http://www.w3.org/1999/xhtml">${escapeXml(NOTE_KIND_TEXT[kind])}</div>`,
    },
    identifier: [{ value: `urn:uuid:${stableUuid(seed, 'communication-identifier')}` }],
    status: 'unknown',
    category: [{ coding: [{ system: CODE_SYSTEM.medcomCategory, code: CATEGORY_OF[kind] }] }],
    subject: referenceTo(patient),
    encounter: referenceTo(encounter),
    topic: { coding: [{ system: CODE_SYSTEM.noteKind, code: kind }], text: NOTE_KIND_TEXT[kind] },
    sent: note.at,
    payload: segments.map(({ contentString, identifier }) => ({
      contentString,
      extension: [
        { url: EXTENSION.payloadDate, valueDateTime: note.at },
        { url: EXTENSION.payloadIdentifier, valueIdentifier: { value: identifier } },
        { url: EXTENSION.payloadAuthor, valueReference: referenceTo(role) },
      ],
    })),
  };
  const header: MessageHeader = {
    resourceType: 'MessageHeader',
    id: stableUuid(seed, 'message-header'),
    meta: { profile: [PROFILE.careCommunicationHeader] },
    eventCoding: { system: CODE_SYSTEM.medcomMessageEvent, code: 'care-communication-message' },
    destination: [primaryDestination(receiver, endpointOf(receiverOrg, ''))],
    sender: referenceTo(sender),
    source: { endpoint: endpointOf(senderOrg, '') },
    focus: [referenceTo(communication)],
    definition: CARE_COMMUNICATION_DEFINITION,
  };
  const provenance: Provenance = {
    resourceType: 'Provenance',
    id: stableUuid(seed, 'provenance'),
    meta: { profile: [PROFILE.careCommunicationProvenance] },
    target: [referenceTo(header)],
    occurredDateTime: note.at,
    recorded: note.at,
    activity: { coding: [{ system: CODE_SYSTEM.medcomActivity, code: 'new-message' }] },
    agent: [{ who: referenceTo(sender) }],
    // entity[payload] (medcom-careCommunication-provenance): one per segment this message adds,
    // by the segment's identifier (Communication.payload.extension[identifier]), not the
    // Communication's; a new message adds every segment.
    entity: segments.map(({ identifier }) => ({
      role: 'source' as const,
      what: { identifier: { value: identifier } },
    })),
  };
  return messageBundle(stableUuid(seed, 'bundle'), PROFILE.careCommunicationMessage, note.at, [
    header,
    communication,
    patient,
    encounter,
    sender,
    receiver,
    practitioner,
    role,
    provenance,
  ]);
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
