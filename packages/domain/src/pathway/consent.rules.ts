import type { Viewer } from '../program/actors.ts';
import { isCitizenViewer } from '../program/actors.ts';
import type { Violation } from '../violation.ts';
import { purposeFits } from './access-matrix.ts';
import type { CommandOf, Party } from './events.schema.ts';
import { coordinatorOf } from './pathway.consent.ts';
import { relationOf } from './pathway.slice.ts';
import type { PathwayState } from './pathway.state.ts';

const consentBy = (reason: string, field = 'recipient'): Violation => ({
  rule: 'CONSENT-BY',
  field,
  params: { reason },
});

/** How a consent comes with another command: with a referral to its addressee, or the jobcentre's request. */
export type ConsentVehicle = { referralTo: Party } | { certificateRequest: true } | { opening: true };

/**
 * CONSENT-BY (p.50, issue 8): consent is the citizen's act. The citizen gives it through their
 * own sign-in. A professional records it on the citizen's behalf only where their organisation
 * already has a care relation and shares with the recipient: the coordinating GP, or the sender
 * of a referral for its addressee. The recipient never records a consent for itself (the one
 * exception: the jobcentre sends the citizen's signed employment consent with its own LÆ 285
 * request, which shows it no clinical fact); the jobcentre records nothing else.
 * CONSENT-PURPOSE (p.43, p.50): treatment for health organisations, employment for the jobcentre.
 */
export function consentGivenViolations(
  state: PathwayState,
  consent: { recipient: Party; purpose: 'treatment' | 'employment'; givenBy?: string | undefined },
  viewer: Viewer,
  vehicle?: ConsentVehicle,
): Violation[] {
  const violations: Violation[] = [];
  if (!purposeFits(consent.purpose, consent.recipient.actor)) {
    violations.push({
      rule: 'CONSENT-PURPOSE',
      field: 'purpose',
      params: { purpose: consent.purpose, actor: consent.recipient.actor },
    });
  }
  const citizen = isCitizenViewer(viewer);
  if (consent.givenBy !== undefined && consent.givenBy !== (citizen ? 'citizen' : 'professional')) {
    violations.push(consentBy('given-by-is-the-signed-in-party', 'givenBy'));
  }
  if (citizen) return violations;
  const org = viewer.organisationId;
  const ownRecipient = consent.recipient.organisationId === org;
  if (vehicle && 'certificateRequest' in vehicle) {
    if (!(viewer.actor === 'jobcentre' && ownRecipient && consent.purpose === 'employment')) {
      violations.push(consentBy('request-consent-is-the-requesters-employment-consent'));
    }
    return violations;
  }
  if (vehicle && 'opening' in vehicle) return violations;
  if (viewer.actor === 'jobcentre') violations.push(consentBy('jobcentre-only-with-its-request'));
  else if (!purposeFits('treatment', viewer.actor)) violations.push(consentBy('not-a-health-professional'));
  else if (ownRecipient) violations.push(consentBy('recipient-records-for-itself'));
  else if (!sharesWith(state, org, consent.recipient.organisationId, vehicle)) {
    violations.push(consentBy('no-care-relation-sharing-with-recipient'));
  }
  return violations;
}

/**
 * The coordinator shares with anyone; a referral's sender shares with its addressee; and every
 * related health organisation informs the coordinator (GP-INFORMED p.14).
 */
function sharesWith(state: PathwayState, org: string, recipient: string, vehicle?: ConsentVehicle): boolean {
  if (coordinatorOf(state) === org) return true;
  if (
    coordinatorOf(state) === recipient &&
    relationOf(state, { userId: '-', actor: 'gp', organisationId: org })
  ) {
    return true;
  }
  if (vehicle && 'referralTo' in vehicle) return vehicle.referralTo.organisationId === recipient;
  return Object.values(state.referrals).some(
    (referral) =>
      !referral.selfReferral &&
      referral.by.organisationId === org &&
      referral.to.organisationId === recipient,
  );
}

/**
 * CONSENT-BY for a withdrawal (p.50, issue 8): the citizen's, or recorded on the citizen's behalf
 * by the organisation that recorded the consent or by the coordinator; and the recipient may
 * record that the citizen withdrew it from the recipient itself (it only narrows its own view).
 * Nobody else: no related party withdraws another organisation's consent.
 */
export function consentWithdrawnViolations(
  state: PathwayState,
  cmd: CommandOf<'consentWithdrawn'>,
  viewer: Viewer,
): Violation[] {
  const consent = state.consents[cmd.consentId];
  if (!consent || isCitizenViewer(viewer)) return [];
  const org = viewer.organisationId;
  if (consent.by.organisationId === org || coordinatorOf(state) === org) return [];
  if (consent.recipient.organisationId === org) return [];
  return [consentBy('only-citizen-recorder-or-coordinator', 'consentId')];
}
