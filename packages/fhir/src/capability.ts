import type { CapabilityStatement } from '@medplum/fhirtypes';
import { PROFILE } from './codes.ts';

/** What `/fhir/R4` supports: read-only access to the viewer's slice, and MedCom messages in. */
export function toFhirCapabilityStatement(baseUrl: string, date: string): CapabilityStatement {
  const read = [{ code: 'read' as const }];
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    software: { name: 'Rygforløb' },
    implementation: { description: 'Rygforløb FHIR R4 API', url: baseUrl },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        security: {
          cors: false,
          description:
            'A staff session (the cookie) or an organisation system client credential (HTTP Basic, client id and secret). Every read returns the viewer slice only and is audit-logged.',
        },
        resource: [
          { type: 'Patient', supportedProfile: [PROFILE.dkCorePatient], interaction: read },
          {
            type: 'EpisodeOfCare',
            interaction: read,
            operation: [
              {
                name: 'everything',
                definition: 'http://hl7.org/fhir/OperationDefinition/EpisodeOfCare-everything',
              },
            ],
          },
          {
            type: 'AuditEvent',
            interaction: [{ code: 'search-type' }],
            searchParam: [{ name: 'patient', type: 'reference' }],
          },
        ],
        operation: [
          {
            name: 'process-message',
            definition: 'http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message',
          },
        ],
      },
    ],
    messaging: [
      {
        supportedMessage: [
          {
            mode: 'receiver',
            definition:
              'http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition',
          },
          {
            mode: 'receiver',
            definition:
              'http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComHospitalNotificationMessageDefinition',
          },
          {
            mode: 'sender',
            definition:
              'http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComCareCommunicationMessageDefinition',
          },
          {
            mode: 'sender',
            definition:
              'http://medcomfhir.dk/ig/messagedefinitions/MessageDefinition/MedComAcknowledgementMessageDefinition',
          },
        ],
      },
    ],
  };
}
