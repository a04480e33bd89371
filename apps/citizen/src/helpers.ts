import type { PathwayState } from '@rygforlob/domain';

/**
 * The organisations that help me, besides my practice (the coordinator): whoever runs an
 * intervention of mine, wrote my plan, or was referred to (not declined, not a self-referral),
 * each once, in that order. Min plan shows each with its phone number.
 */
export function helperOrganisations(state: PathwayState, coordinator: string): string[] {
  const ids = [
    ...Object.values(state.interventions)
      .filter((i) => !i.ended)
      .map((i) => i.by.organisationId),
    ...(state.plan ? [state.plan.by.organisationId] : []),
    ...Object.values(state.referrals)
      .filter((r) => r.status !== 'declined' && !r.selfReferral)
      .map((r) => r.to.organisationId),
  ];
  return [...new Set(ids)].filter((id) => id !== coordinator && !id.startsWith('citizen:'));
}
