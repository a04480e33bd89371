import type { Advice, ReferralKind } from '@rygforlob/domain';
import type { AdviceAction, I18n } from '@rygforlob/ui';

type Destination =
  | { tab: 'triage' | 'plan' | 'treatment' | 'notes' | 'consent' }
  | { tab: 'assessment'; focus: 'icf' }
  | { tab: 'referral'; kind: ReferralKind };

/**
 * Where each piece of advice is answered in the clinic (issue 14: every advice card carries the
 * action that answers it). Rule codes with their program pages where the rules are implemented.
 */
const DESTINATIONS: Record<string, Destination> = {
  'TG-CAUDA': { tab: 'referral', kind: 'acute' }, // p.29
  'TRIAGE-RED-FLAGS': { tab: 'triage' }, // p.17
  'ICF-ASSESSMENT': { tab: 'assessment', focus: 'icf' }, // p.19-21
  'CLK-REASSESS-4-8W': { tab: 'assessment', focus: 'icf' }, // p.29-30
  'WORK-EARLY': { tab: 'assessment', focus: 'icf' }, // p.43
  'SELF-MANAGEMENT-HUB': { tab: 'plan' }, // p.31
  'CLK-MED-DAYS': { tab: 'treatment' }, // p.37
  'CLK-MED-3-4W': { tab: 'treatment' },
  'MANUAL-4-5': { tab: 'treatment' }, // p.36
  'CLK-MANUAL-4-5': { tab: 'treatment' },
  'FEEDBACK-GP': { tab: 'notes' }, // p.51-52
  'HOSP-EPICRISIS': { tab: 'notes' },
  'GP-INFORMED': { tab: 'consent' }, // p.14
  'CLK-HOSP-6-8W': { tab: 'referral', kind: 'hospital' }, // p.52
  'HOSP-REREFERRAL': { tab: 'referral', kind: 'hospital' },
  'CLK-STRUCT-6M': { tab: 'referral', kind: 'hospital' }, // p.39
  'SURG-RADICULAR': { tab: 'referral', kind: 'hospital' },
  'SURG-STRUCTURAL': { tab: 'referral', kind: 'hospital' },
  'SURG-NONSPECIFIC': { tab: 'referral', kind: 'hospital' },
  'CLK-PAIN-6M': { tab: 'referral', kind: 'pain-centre' }, // p.48
};

/** Element ids of the forms an advice card's button lands on (issue 14). */
export const REFERRAL_COMPOSER = 'referral-composer';
export const medicationFollowUp = (prescriptionId: string) => `rx-followup-${prescriptionId}`;

/**
 * The button on an advice card: the tab (and form) that answers it. Advice owned by another
 * organisation (e.g. the municipality's closing note) gets none here. PLAN-REVIEW is a warning
 * when the follow-up passed (a new assessment) and a suggestion after sessions without progress
 * (change the plan).
 */
export function clinicAdviceAction(
  advice: Advice,
  pathwayId: string,
  organisationId: string,
  t: I18n['t'],
  term: I18n['term'],
): AdviceAction | undefined {
  if (advice.owner && advice.owner !== organisationId) return undefined;
  const destination: Destination | undefined =
    advice.rule === 'PLAN-REVIEW'
      ? advice.kind === 'warning'
        ? { tab: 'assessment', focus: 'icf' }
        : { tab: 'plan' }
      : DESTINATIONS[advice.rule];
  if (!destination) return undefined;
  const base = `/pathway/${pathwayId}?tab=${destination.tab}`;
  // The button lands on the form that answers the card, its first field focused (issue 14).
  if ('kind' in destination)
    return {
      to: `${base}&kind=${destination.kind}`,
      focus: REFERRAL_COMPOSER,
      label: t('clinic.advice.action.referral', { kind: term('referralKind', destination.kind) }),
    };
  // A medication clock (CLK-MED-DAYS, CLK-MED-3-4W, p.37) is about one prescription: its follow-up.
  if (advice.rule.startsWith('CLK-MED-') && advice.subject)
    return {
      to: base,
      focus: medicationFollowUp(advice.subject),
      label: t('clinic.advice.action.medication'),
    };
  if ('focus' in destination)
    return { to: `${base}&focus=${destination.focus}`, label: t('clinic.advice.action.assessment') };
  return { to: base, label: t(`clinic.advice.action.${destination.tab}`) };
}
