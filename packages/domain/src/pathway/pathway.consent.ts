import type { PathwayEvent } from './events.schema.ts';
import type { ConsentState, PathwayState } from './pathway.state.ts';

/** CONSENT (p.50): consents not withdrawn (nor void under CONSENT-BY), for one recipient organisation. */
export function activeConsents(state: PathwayState, organisationId: string): ConsentState[] {
  return Object.values(state.consents).filter(
    (consent) =>
      consent.recipient.organisationId === organisationId &&
      consent.withdrawnAt === undefined &&
      consent.void === undefined,
  );
}

export const hasConsent = (state: PathwayState, organisationId: string): boolean =>
  activeConsents(state, organisationId).length > 0;

/** The coordinating GP's organisation: named at opening, moved by `coordinatorChanged` (COORDINATOR-LISTING). */
export const coordinatorOf = (state: PathwayState): string | undefined => state.coordinator?.organisationId;

/** The organisations an event is addressed to (beyond its author). */
export function addresseesOf(event: PathwayEvent, state: PathwayState): string[] {
  switch (event.type) {
    case 'referralSent':
      return [event.to.organisationId];
    case 'referralAccepted':
    case 'referralDeclined':
    case 'rehabGraded':
    case 'freeChoiceRecorded': {
      // The answer goes back to whoever sent the referral.
      const referral = state.referrals[event.referralId];
      return referral ? [referral.by.organisationId] : [];
    }
    case 'noteSent':
      return event.to.map((party) => party.organisationId);
    case 'certificateRequested':
      return [event.to.organisationId];
    case 'certificateAnswered': {
      const certificate = state.certificates[event.certificateId];
      return certificate ? [certificate.by.organisationId] : [];
    }
    case 'consentGiven':
      return [event.recipient.organisationId];
    case 'questionnaireCompleted': {
      // An answer from home goes to the clinician who asked for it (Min side, issue 12).
      const request = event.requestId ? state.questionnaireRequests[event.requestId] : undefined;
      return request ? [request.by.organisationId] : [];
    }
    case 'consentWithdrawn': {
      const consent = state.consents[event.consentId];
      return consent ? [consent.recipient.organisationId] : [];
    }
    case 'coordinatorChanged':
      return [event.coordinator.organisationId];
    default:
      return [];
  }
}

/**
 * The id of a consent the program records on the citizen's behalf (with a referral or at opening):
 * `consent-<seq>` of the event it will be, unless a client already chose that id.
 */
export function recordedConsentId(state: PathwayState, seq: number): string {
  let id = `consent-${seq}`;
  for (let n = 2; state.consents[id]; n++) id = `consent-${seq}-${n}`;
  return id;
}
