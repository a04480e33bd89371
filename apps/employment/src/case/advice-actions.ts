import type { Advice } from '@rygforlob/domain';
import type { AdviceAction, AdviceJoin, I18n } from '@rygforlob/ui';
import type { CaseTab } from './use-case.ts';

/**
 * Where the jobcentre answers each piece of advice (issue 14: every advice card carries the action
 * that answers it). FAST-TRACK and CLK-SICK-8W (p.42): the fast-track request on the sick-leave
 * tab; CLK-FASTTRACK (p.42): the meeting within 14 days; LAE285 (p.55): the certificates;
 * JOB-CONSENT (p.43): the consent; PARTIAL-LEAVE, BENEFIT-REVIEW (p.42): the sick leave.
 * FAST-TRACK and CLK-SICK-8W answer the same act, so they are one card (employmentAdviceJoin).
 */
type Action = 'fastTrack' | 'meetings' | 'certificates' | 'consent' | 'sickLeave';
const DESTINATIONS: Record<string, { tab: Exclude<CaseTab, 'overview'>; action: Action }> = {
  'FAST-TRACK': { tab: 'sickLeave', action: 'fastTrack' },
  'CLK-SICK-8W': { tab: 'sickLeave', action: 'fastTrack' },
  'CLK-FASTTRACK': { tab: 'meetings', action: 'meetings' },
  LAE285: { tab: 'certificates', action: 'certificates' },
  'JOB-CONSENT': { tab: 'consent', action: 'consent' },
  'PARTIAL-LEAVE': { tab: 'sickLeave', action: 'sickLeave' },
  'BENEFIT-REVIEW': { tab: 'sickLeave', action: 'sickLeave' },
};

/** The fast-track request's form (SickLeaveTab), where its advice card's button lands. */
export const FAST_TRACK_FORM = 'fast-track-request';

export function employmentAdviceAction(
  advice: Advice,
  pathwayId: string,
  organisationId: string,
  t: I18n['t'],
): AdviceAction | undefined {
  if (advice.owner && advice.owner !== organisationId) return undefined;
  const destination = DESTINATIONS[advice.rule];
  if (!destination) return undefined;
  return {
    to: `/case/${pathwayId}?tab=${destination.tab}`,
    // "Registrér fast track" lands on the request's date, "Anmodet den" (issue 14).
    ...(destination.action === 'fastTrack' ? { focus: FAST_TRACK_FORM } : {}),
    label: t(`employment.advice.action.${destination.action}`),
  };
}

/**
 * FAST-TRACK and CLK-SICK-8W (p.42) ask the caseworker for the same act, a fast-track request,
 * and both stand while leave is expected over 8 weeks and none is recorded: one card, the clock's
 * (it carries the deadline, week 8), with what FAST-TRACK adds (the meeting within 2 weeks) and
 * both codes behind "Hvorfor?", one button (issue 14: not two identical "Registrér fast track").
 */
export function employmentAdviceJoin(advice: Advice, t: I18n['t']): AdviceJoin | undefined {
  return advice.rule === 'FAST-TRACK'
    ? { into: 'CLK-SICK-8W', text: t('employment.advice.fastTrackAdds') }
    : undefined;
}
