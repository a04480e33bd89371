import type { Consent, Organization, Patient, Reference } from '@medplum/fhirtypes';
import { CODE_SYSTEM } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';
import type { PathwaySlice } from './episode-of-care.ts';
import { factId } from './ids.ts';

/** HL7 v3 ParticipationType: the information recipient. */
const INFORMATION_RECIPIENT = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType';

/**
 * Each consent the viewer may see (CONSENT p.50, JOB-CONSENT p.43) as a Consent: the recipient
 * organisation and the purpose in the provision, who gave it (the citizen, or the professional
 * who recorded it on the citizen's behalf) as performer, and the recording organisation. A
 * withdrawn consent is inactive from the moment of withdrawal.
 */
export function toFhirConsents(slice: PathwaySlice, directory: Directory): Consent[] {
  return Object.values(slice.state.consents).map((consent) => {
    // `fold` upcasts facts stored before `givenBy` existed (issue 8), so the state always says.
    const byCitizen = consent.givenBy === 'citizen' || consent.by.actor === 'citizen';
    // Who recorded it: the envelope's author (the citizen's own sign-in, or the professional).
    const recorder = organisationReference(directory, consent.by.organisationId);
    const performer: Reference<Patient | Organization>[] = byCitizen
      ? [{ reference: `Patient/${slice.citizenId}` }]
      : [recorder];
    // CONSENT-BY: a consent the recipient recorded for itself counts for nothing: rejected.
    const status: Consent['status'] = consent.void ? 'rejected' : consent.withdrawnAt ? 'inactive' : 'active';
    return {
      resourceType: 'Consent',
      id: factId(slice.pathwayId, consent.seq),
      status,
      scope: { coding: [{ system: CODE_SYSTEM.consentScope, code: 'patient-privacy' }] },
      category: [{ coding: [{ system: CODE_SYSTEM.loinc, code: '59284-0', display: 'Patient Consent' }] }],
      patient: { reference: `Patient/${slice.citizenId}` },
      dateTime: consent.at,
      performer,
      ...(consent.by.actor === 'citizen' ? {} : { organization: [recorder] }),
      policyRule: { coding: [{ system: CODE_SYSTEM.consentPolicy, code: 'OPTIN' }] },
      provision: {
        type: 'permit',
        period: { start: consent.at, ...(consent.withdrawnAt ? { end: consent.withdrawnAt } : {}) },
        actor: [
          {
            role: {
              coding: [{ system: INFORMATION_RECIPIENT, code: 'IRCP', display: 'information recipient' }],
            },
            reference: organisationReference(directory, consent.recipient.organisationId),
          },
        ],
        purpose: [{ system: CODE_SYSTEM.consentPurpose, code: consent.purpose }],
      },
    };
  });
}
