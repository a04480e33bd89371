import type { Advice, InterventionState, ReferralState } from '@rygforlob/domain';
import type { AdviceAction, AdviceJoin, I18n, Me } from '@rygforlob/ui';

/**
 * The case page's sections, by stable element id: an advice card's button moves to one of them
 * (issue 14; the shared AdvicePanel opens it if folded, scrolls to it and focuses its first field).
 */
export const SECTION = {
  referral: 'case-referral',
  answer: 'case-answer',
  grade: 'case-grade',
  start: 'case-start',
  freeChoice: 'case-free-choice',
  conversation: 'case-conversation',
  offers: 'case-offers',
  sleep: 'case-sleep',
  sessions: 'case-sessions',
  closingNote: 'case-closing-note',
} as const;
export const courseSection = (interventionId: string) => `case-course-${interventionId}`;

/** What the case page shows: the newest referral to this organisation and its courses. */
export interface CaseShown {
  me: Me;
  referral: ReferralState | undefined;
  courses: InterventionState[];
}

/**
 * Where the municipality answers each piece of advice it sees. adviceFor gives a municipality only
 * the advice it owns, and the domain addresses these to it: R140-GRADE (p.44) → the grading;
 * CLK-R140-START (p.55) → the start of the course; R140-7-DAYS (p.55) → the citizen's free choice;
 * PLAN-REVIEW (p.26, three sessions without progress) → that course's sessions; P119-CLOSE (p.54)
 * and R140-CLOSE (p.55) → the closing note. A §140 plan not yet received is received first. Advice
 * about a referral or course the page does not show (an earlier one) gets no button.
 */
export function rehabAdviceAction(advice: Advice, shown: CaseShown, t: I18n['t']): AdviceAction | undefined {
  const { me, referral, courses } = shown;
  if (advice.owner !== me.organisationId || !referral) return undefined;
  const about = (subject: string | undefined) => subject === referral.referralId;
  const accepted = referral.status === 'accepted';
  const received = (section: string, key: 'grade' | 'start' | 'choice'): AdviceAction | undefined =>
    referral.status === 'sent'
      ? { section: SECTION.answer, label: t('rehab.advice.action.receive') }
      : accepted
        ? { section, label: t(`rehab.advice.action.${key}`) }
        : undefined;
  const started = courses.length > 0;
  switch (advice.rule) {
    case 'R140-GRADE':
      return about(advice.subject) ? received(SECTION.grade, 'grade') : undefined;
    case 'CLK-R140-START':
      return about(advice.subject) && !started && !referral.freeChoiceProvider
        ? received(SECTION.start, 'start')
        : undefined;
    case 'R140-7-DAYS':
      return about(advice.subject) && !started ? received(SECTION.freeChoice, 'choice') : undefined;
    case 'PLAN-REVIEW': {
      const course = courses.find((c) => c.interventionId === advice.subject && !c.ended);
      return course && accepted
        ? { section: courseSection(course.interventionId), label: t('rehab.advice.action.course') }
        : undefined;
    }
    case 'P119-CLOSE':
    case 'R140-CLOSE': {
      const ours = about(advice.subject) || courses.some((c) => c.interventionId === advice.subject);
      return ours && accepted && started
        ? {
            section: SECTION.closingNote,
            label: t(
              advice.rule === 'R140-CLOSE' ? 'rehab.advice.action.close140' : 'rehab.advice.action.close119',
            ),
          }
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * R140-7-DAYS and CLK-R140-START (p.55) state the same 7 days: one card, the clock's (it carries
 * the deadline), with what R140-7-DAYS adds (the citizen's free choice) and its button, both codes
 * behind "Hvorfor?" (issue 14: the 7-day rule was said three times on a §140 case).
 */
export function rehabAdviceJoin(advice: Advice, t: I18n['t']): AdviceJoin | undefined {
  return advice.rule === 'R140-7-DAYS'
    ? { into: 'CLK-R140-START', text: t('rehab.advice.freeChoiceAdds') }
    : undefined;
}
