import type { CodeableConcept, Condition, Reference, ServiceRequest } from '@medplum/fhirtypes';
import type { ReferralState } from '@rygforlob/domain';
import { CODE_SYSTEM, EXTENSION, IDENTIFIER } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';
import type { PathwaySlice } from './episode-of-care.ts';
import { factId } from './ids.ts';

/** KL's CareSocialCodes for a §140 plan's level (hl7dk/kl-gateway-rehab 140CodeSystem.fsh). */
const KL_140 = {
  /** The service type KL's own GGOP example uses. */
  serviceType: '7fc66c15-0cb3-4c89-9e18-f3a01e6a6592',
  almen: 'ffd81f78-352e-4589-a195-5350dd1df2a4',
  basal: '8b962281-2ab6-4b10-9c91-4bac592d6d49',
  avanceret: 'b679c454-2da2-46dd-9425-0e52d4aa2bf3',
  specialiseret: '0c8e2bfc-1350-45d1-90da-c07e2645d073',
  fritValg: '3796fa11-305f-47d6-b164-45b05489afb2',
} as const;

/** KL's §119 service type "Sundhedsfremme og forebyggelse" (hl7dk/kl-gateway-prevention 119CodeSystem.fsh). */
const KL_119_SERVICE_TYPE = 'a71921ea-fe83-441d-933b-cc21d0b3c8c3';

const kl = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: CODE_SYSTEM.klCommon, code, display }],
});

interface RehabPlan {
  dischargeDate?: string;
  level?: 'basic' | 'advanced' | 'specialised';
  laterStart?: { date: string };
  diagnosis?: string;
}

/** The §140 plan's level as KL's categories: the hospital's level, refined by the municipality's grade. */
function rehabCategories(referral: ReferralState): CodeableConcept[] {
  const plan = referral.content as RehabPlan;
  if (plan.level === 'specialised') return [kl(KL_140.specialiseret, 'specialiseret')];
  const grade = referral.grade ?? plan.level;
  return [
    kl(KL_140.almen, 'almen'),
    ...(grade === 'advanced'
      ? [kl(KL_140.avanceret, 'avanceret')]
      : grade === 'basic'
        ? [kl(KL_140.basal, 'basal')]
        : []),
  ];
}

const statusOf = (referral: ReferralState): ServiceRequest['status'] =>
  referral.status === 'declined' ? 'revoked' : 'active';

/**
 * Each referral the viewer may see as a ServiceRequest. A §140 rehabilitation plan takes the shape
 * of KL Gateway's `klgateway-140-servicerequest` (intent plan, the discharge date as
 * PreconditionDate, KL's level categories, no performer or identifier); a §119 referral that of
 * `klgateway-119-servicerequest` (KL's prevention service type, no performer, category or note);
 * every other kind names its recipient as performer.
 */
export function toFhirServiceRequests(slice: PathwaySlice, directory: Directory): ServiceRequest[] {
  const reason: Reference<Condition>[] = slice.state.triage?.result
    ? [{ reference: `Condition/${factId(slice.pathwayId, slice.state.triage.seq)}` }]
    : [];
  return Object.values(slice.state.referrals).map((referral): ServiceRequest => {
    const common = {
      resourceType: 'ServiceRequest' as const,
      id: factId(slice.pathwayId, referral.seq),
      status: statusOf(referral),
      subject: { reference: `Patient/${slice.citizenId}` },
      authoredOn: referral.at,
      requester: organisationReference(directory, referral.by.organisationId),
      ...(reason.length ? { reasonReference: reason } : {}),
    };
    const kind: CodeableConcept = { coding: [{ system: CODE_SYSTEM.referralKind, code: referral.kind }] };
    if (referral.kind === 'rehab-140') {
      const plan = referral.content as RehabPlan;
      return {
        ...common,
        intent: 'plan',
        code: {
          coding: [{ system: CODE_SYSTEM.klCommon, code: KL_140.serviceType }, ...(kind.coding ?? [])],
        },
        category: rehabCategories(referral),
        ...(plan.laterStart ? { occurrencePeriod: { start: plan.laterStart.date } } : {}),
        extension: [
          ...(plan.dischargeDate
            ? [{ url: EXTENSION.klPreconditionDate, valueDate: plan.dischargeDate }]
            : []),
          // R140-7-DAYS: the citizen's free choice of a private provider, as KL's status reason.
          ...(referral.freeChoiceProvider
            ? [{ url: EXTENSION.requestStatusReason, valueCodeableConcept: kl(KL_140.fritValg, 'FritValg') }]
            : []),
        ],
      };
    }
    if (referral.kind === 'prevention-119') {
      // klgateway-119-servicerequest: intent plan; identifier, category, performer and note 0..0.
      return {
        ...common,
        intent: 'plan',
        code: {
          coding: [{ system: CODE_SYSTEM.klCommon, code: KL_119_SERVICE_TYPE }, ...(kind.coding ?? [])],
        },
      };
    }
    return {
      ...common,
      identifier: [{ system: IDENTIFIER.record, value: referral.referralId }],
      intent: 'order',
      code: kind,
      performer: [organisationReference(directory, referral.to.organisationId)],
      ...(referral.declineReason ? { note: [{ text: referral.declineReason }] } : {}),
    };
  });
}
