/**
 * Identifier systems and code systems, each with the URL that defines it. Mappers use these
 * constants, never string literals (style.md, packages/fhir).
 */

/** Our own namespace: systems Rygforløb defines where no national one exists. */
export const RYGFORLOB_BASE = 'https://rygforlob.dk/fhir';

export const IDENTIFIER = {
  /** DK-core `dk-core-cpr-identifier`: the CPR number (hl7dk/dk-core, DkCoreCprIdentifier.fsh). */
  cpr: 'urn:oid:1.2.208.176.1.2',
  /** DK-core `dk-core-sor-identifier`: Sundhedsvæsenets Organisationsregister (SORIdentifier.fsh). */
  sor: 'urn:oid:1.2.208.176.1.1',
  /** The pathway's id: the forløbsid that MedCom messages carry (EpisodeOfCare.identifier). */
  pathway: `${RYGFORLOB_BASE}/NamingSystem/pathway`,
  /** Our organisation ids (the directory's), for organisations without a SOR code. */
  organisation: `${RYGFORLOB_BASE}/NamingSystem/organisation`,
  /** Our user ids: who appended a fact (Provenance.agent). */
  user: `${RYGFORLOB_BASE}/NamingSystem/user`,
  /** Ids the sectors chose for referrals, notes, consents, prescriptions, courses. */
  record: `${RYGFORLOB_BASE}/NamingSystem/record`,
  /** RFC 4122 URNs (MedCom's message and segment identifiers). */
  urn: 'urn:ietf:rfc:3986',
} as const;

export const CODE_SYSTEM = {
  /** The program's target groups (spec §3, TG-*). No national code system holds them. */
  targetGroup: `${RYGFORLOB_BASE}/CodeSystem/target-group`,
  /** The interventions of Table 2 (p.31–32). */
  intervention: `${RYGFORLOB_BASE}/CodeSystem/intervention`,
  /** The referral kinds of Table 3. */
  referralKind: `${RYGFORLOB_BASE}/CodeSystem/referral-kind`,
  /** The kinds of note (feedback, epicrisis, closing notes, correspondence). */
  noteKind: `${RYGFORLOB_BASE}/CodeSystem/note-kind`,
  /** The program's clocks (spec §7, CLK-*), and their states (pending, due, overdue, met). */
  clock: `${RYGFORLOB_BASE}/CodeSystem/clock`,
  clockState: `${RYGFORLOB_BASE}/CodeSystem/clock-state`,
  /** Questionnaire scores and their parts: every score, beside LOINC where LOINC has it. */
  score: `${RYGFORLOB_BASE}/CodeSystem/score`,
  /** What a consent lets the recipient use the information for (CONSENT p.50, JOB-CONSENT p.43). */
  consentPurpose: `${RYGFORLOB_BASE}/CodeSystem/consent-purpose`,
  /** Actions of the audit log (pathway.get, note.send …). */
  auditAction: `${RYGFORLOB_BASE}/CodeSystem/audit-action`,
  /** DK-core municipality codes (hl7dk/dk-core aliases.fsh: $dk-core-municipality-codes). */
  dkMunicipality: 'http://hl7.dk/fhir/core/CodeSystem/dk-core-municipality-codes',
  /** ISO 3166-2 regions (DK-83: Region Syddanmark), as DK-core's RegionalSubDivisionCodes. */
  iso3166_2: 'urn:iso:std:iso:3166:-2',
  /** MedCom CareCommunication categories (medcomdk/dk-medcom-carecommunication aliases.fsh). */
  medcomCategory: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-careCommunication-categoryCodes',
  /** MedCom message events: care-communication-message, hospital-notification-message, acknowledgement-message. */
  medcomMessageEvent: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-eventCodes',
  /** MedCom Provenance activities: new-message, reply-message, admit-inpatient, discharge-inpatient-home … */
  medcomActivity: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-activityCodes',
  /** MedCom destination use (primary, cc). */
  medcomDestinationUse: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-messaging-destinationUse',
  /** MedCom acknowledgement error codes (medcomdk/dk-medcom-acknowledgement aliases.fsh). */
  medcomAckError: 'http://medcomfhir.dk/ig/terminology/CodeSystem/medcom-acknowledgement-error-codes',
  /** KL's care and social codes, as KL Gateway §140 ServiceRequests use them (hl7dk/kl-gateway-rehab). */
  klCommon: 'http://fhir.kl.dk/term/CodeSystem/CareSocialCodes',
  /** HL7 terminology used as published. */
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  /** LOINC: the consent category, and the STarT Back and ODI scores (codes read on loinc.org). */
  loinc: 'http://loinc.org',
  consentPolicy: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  /** Encounter.class (v3 ActCode AMB), as MedCom's core Encounter example has it. */
  encounterClass: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  provenanceParticipant: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  auditEventType: 'http://dicom.nema.org/resources/ontology/DCM',
  auditSourceType: 'http://terminology.hl7.org/CodeSystem/security-source-type',
  restfulInteraction: 'http://hl7.org/fhir/restful-interaction',
  auditEntityType: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  objectRole: 'http://terminology.hl7.org/CodeSystem/object-role',
  episodeOfCareType: 'http://terminology.hl7.org/CodeSystem/episodeofcare-type',
} as const;

/** Profiles we state conformance to (meta.profile): only those whose invariants our tests check. */
export const PROFILE = {
  dkCorePatient: 'http://hl7.dk/fhir/core/StructureDefinition/dk-core-patient',
  careCommunicationMessage:
    'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-message',
  careCommunicationHeader:
    'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-messageHeader',
  careCommunication:
    'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-communication',
  careCommunicationProvenance:
    'http://medcomfhir.dk/ig/carecommunication/StructureDefinition/medcom-careCommunication-provenance',
  /** MedCom core Encounter: in a CareCommunication it carries the forløbsid (episodeOfCare.identifier). */
  medcomEncounter: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-encounter',
  hospitalNotificationMessage:
    'http://medcomfhir.dk/fhir/hospitalnotification/StructureDefinition/medcom-hospitalNotification-message',
  hospitalNotificationHeader:
    'http://medcomfhir.dk/fhir/hospitalnotification/StructureDefinition/medcom-hospitalNotification-messageHeader',
  acknowledgementMessage:
    'http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-messaging-acknowledgement',
  acknowledgementHeader:
    'http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-messaging-acknowledgementHeader',
  acknowledgementOutcome:
    'http://medcomfhir.dk/ig/acknowledgement/StructureDefinition/medcom-acknowledgement-operationoutcome',
} as const;

export const EXTENSION = {
  /** DK-core: the municipality of an address. */
  municipalityCode: 'http://hl7.dk/fhir/core/StructureDefinition/dk-core-municipalityCodes',
  regionalSubDivision: 'http://hl7.dk/fhir/core/StructureDefinition/dk-core-RegionalSubDivisionCodes',
  /** MedCom messaging: the use of a destination (primary, cc). */
  destinationUse:
    'http://medcomfhir.dk/ig/messaging/StructureDefinition/medcom-messaging-destinationUseExtension',
  /** MedCom core: a payload segment's date, author and identifier. */
  payloadDate: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-datetime-extension',
  payloadAuthor: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-practitioner-extension',
  payloadIdentifier: 'http://medcomfhir.dk/ig/core/StructureDefinition/medcom-core-identifier-extension',
  /** KL Gateway: the date that must come before the service (§140: the discharge date). */
  klPreconditionDate: 'http://fhir.kl.dk/rehab/StructureDefinition/PreconditionDate',
  /** HL7's request status reason extension, as KL Gateway §140 uses it ($ExtRequestStatusReason). */
  requestStatusReason: 'http://hl7.org/fhir/StructureDefinition/request-statusReason',
} as const;

/** MedCom's CareCommunication MessageDefinition, version 5.x (medcom-carecommunication-definition-url). */
export const CARE_COMMUNICATION_DEFINITION =
  'http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition|5.0';

/** MedCom messaging endpoints are SOR addresses. */
export const sorEndpoint = (sor: string): string => `https://sor2.sum.dsdn.dk/#id=${sor}`;

/** DK-core municipality codes of the 22 municipalities of the Region of Southern Denmark (SCOPE-REGION p.6). */
export const MUNICIPALITY_CODE: Readonly<Record<string, string>> = {
  Aabenraa: '0580',
  Assens: '0420',
  Billund: '0530',
  Esbjerg: '0561',
  Fanø: '0563',
  Fredericia: '0607',
  'Faaborg-Midtfyn': '0430',
  Haderslev: '0510',
  Kerteminde: '0440',
  Kolding: '0621',
  Langeland: '0482',
  Middelfart: '0410',
  Nordfyns: '0480',
  Nyborg: '0450',
  Odense: '0461',
  Svendborg: '0479',
  Sønderborg: '0540',
  Tønder: '0550',
  Varde: '0573',
  Vejen: '0575',
  Vejle: '0630',
  Ærø: '0492',
};
export const REGION_SYDDANMARK = 'DK-83';
