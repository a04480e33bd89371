import type { Advice } from '@rygforlob/domain';
import type { AdviceAction, I18n } from '@rygforlob/ui';
import type { CaseTab } from './use-case.ts';

/**
 * Where the jobcentre answers each piece of advice (issue 14: every advice card carries the action
 * that answers it). FAST-TRACK (p.42) and its clock: a meeting; LAE285 (p.55): the certificates;
 * JOB-CONSENT (p.43): the consent; PARTIAL-LEAVE, CLK-SICK-8W, BENEFIT-REVIEW (p.42): the sick leave.
 */
const DESTINATIONS: Record<string, Exclude<CaseTab, 'overview'>> = {
  'FAST-TRACK': 'meetings',
  'CLK-FASTTRACK': 'meetings',
  LAE285: 'certificates',
  'JOB-CONSENT': 'consent',
  'PARTIAL-LEAVE': 'sickLeave',
  'CLK-SICK-8W': 'sickLeave',
  'BENEFIT-REVIEW': 'sickLeave',
};

export function employmentAdviceAction(
  advice: Advice,
  pathwayId: string,
  organisationId: string,
  t: I18n['t'],
): AdviceAction | undefined {
  if (advice.owner && advice.owner !== organisationId) return undefined;
  const tab = DESTINATIONS[advice.rule];
  if (!tab) return undefined;
  return { to: `/case/${pathwayId}?tab=${tab}`, label: t(`employment.advice.action.${tab}`) };
}
