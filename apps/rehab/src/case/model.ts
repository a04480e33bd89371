import {
  type InterventionState,
  MUNICIPAL_OFFERS,
  type MunicipalOffer,
  type PathwayState,
  type ReferralState,
} from '@rygforlob/domain';
import type { Me, PathwayHandle } from '@rygforlob/ui';

/** What every part of the case page gets. */
export interface CaseProps {
  pathway: PathwayHandle;
  me: Me;
  referral: ReferralState;
}

/** The referrals addressed to the viewer's organisation, newest first. */
export const referralsTo = (state: PathwayState, me: Me): ReferralState[] =>
  Object.values(state.referrals)
    .filter((r) => r.to.organisationId === me.organisationId)
    .sort((a, b) => b.seq - a.seq);

/** The courses this organisation runs for one referral. */
export const coursesFor = (state: PathwayState, me: Me, referralId: string): InterventionState[] =>
  Object.values(state.interventions).filter(
    (c) => c.by.organisationId === me.organisationId && c.referralId === referralId,
  );

/** The §119 offers (the domain's MUNICIPAL_OFFERS, p.45–49), in the order the form shows them. */
export const OFFERS = (Object.keys(MUNICIPAL_OFFERS) as MunicipalOffer[]).map((key) => ({
  key,
  intervention: MUNICIPAL_OFFERS[key],
}));
export type OfferKey = MunicipalOffer;

export const offerOf = (course: InterventionState): OfferKey | 'rehab' | null =>
  course.intervention === 'rehab-140' ? 'rehab' : (course.offer ?? null);

/** A fresh id the domain accepts (letters, digits and . _ : -). */
export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/** The pieces of the mutation options every command in the case page shares. */
export const commandOptions = (pathway: PathwayHandle) => ({
  onSuccess: pathway.applied,
  onError: pathway.failed,
});

export const onPathway = (pathway: PathwayHandle) => ({
  pathwayId: pathway.view?.pathwayId ?? '',
  expectedVersion: pathway.version,
});
