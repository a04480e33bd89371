import { clocksOf } from '../clocks/clocks.ts';
import { ageOn } from '../cpr/index.ts';
import { coordinatorOf, hasConsent } from '../pathway/pathway.consent.ts';
import type { PathwayState } from '../pathway/pathway.state.ts';
import type { RuleCode } from '../program/rules.ts';
import { addDays, dayOf } from '../time.ts';
import type { Advice } from './advice.schema.ts';
import {
  noImprovementAdvice,
  programAdvice,
  recordedFactsAdvice,
  structuralAdvice,
} from './advise.findings.ts';

/** Danish state pension age (folkepension) in 2024–2029: the end of working age for WORK-EARLY. */
const PENSION_AGE = 67;

// SURG-RADICULAR, TG-STENOSIS and SURG-STRUCTURAL follow what was recorded (advise.findings.ts), not a clock alone.

type Params = NonNullable<Advice['params']>;
const warning = (rule: RuleCode, params?: Params, extra?: Partial<Advice>): Advice => ({
  kind: 'warning',
  rule,
  ...(params ? { params } : {}),
  ...extra,
});
const suggestion = (rule: RuleCode, params?: Params, extra?: Partial<Advice>): Advice => ({
  kind: 'suggestion',
  rule,
  ...(params ? { params } : {}),
  ...extra,
});

/**
 * Warnings, suggestions and clocks for the pathway as of `now`. Pure: called on a viewer's
 * slice, it advises from what that viewer can see only.
 */
export function advise(state: PathwayState, now: string): Advice[] {
  if (!state.opened || state.status === 'closed') return [];
  const today = dayOf(now);
  const noImprovement = noImprovementAdvice(state, today);
  // TG-STENOSIS (p.30): the no-improvement suggestion replaces the target group's plain one, so the
  // clinician reads one note, not the same title twice.
  const triaged = triageAdvice(state).filter(
    (a) => a.kind !== 'suggestion' || a.params || !noImprovement.some((n) => n.rule === a.rule),
  );
  const advice: Advice[] = [
    ...triaged,
    ...recordedFactsAdvice(state),
    ...noImprovement,
    ...structuralAdvice(state, today),
    ...programAdvice(state),
    ...courseAdvice(state),
    ...communicationAdvice(state),
    ...employmentAdvice(state, today),
  ];

  // WORK-EARLY (p.43): working-age citizens; assess labour-market needs early.
  const birthDate = state.opened.citizen.birthDate;
  const age = birthDate <= today ? ageOn(birthDate, today) : 0;
  const workAssessed = state.assessments.some(
    (a) => a.icf.environmentalFactors?.labourMarketAttachment !== undefined,
  );
  const acuteOutstanding = advice[0]?.rule === 'TG-CAUDA';
  if (age < PENSION_AGE && state.triage && !workAssessed && !acuteOutstanding)
    advice.push(suggestion('WORK-EARLY', { age }));

  // PLAN-REVIEW (p.26–28): the agreed follow-up has passed with no new assessment or plan.
  const plan = state.plan;
  if (plan?.followUpOn && plan.followUpOn < today && !state.assessments.some((a) => a.seq > plan.seq)) {
    advice.push(warning('PLAN-REVIEW', { followUpOn: plan.followUpOn }));
  }

  for (const clock of clocksOf(state, now)) {
    if (clock.state === 'met' && !clock.late) continue;
    // R140-7-DAYS (p.55): a start the municipality cannot make in time gives the citizen free choice.
    if (clock.code === 'CLK-R140-START' && clock.state === 'overdue') {
      advice.push(
        warning(
          'R140-7-DAYS',
          { action: 'free-choice' },
          { subject: clock.subject, ...(clock.owner ? { owner: clock.owner } : {}) },
        ),
      );
    }
    advice.push({
      kind: 'clock',
      rule: clock.code,
      subject: clock.subject,
      clock,
      ...(clock.owner ? { owner: clock.owner } : {}),
    });
  }
  return advice;
}

function triageAdvice(state: PathwayState): Advice[] {
  const result = state.triage?.result;
  if (!state.triage) return [suggestion('TRIAGE-RED-FLAGS', { step: 'triage' })];
  if (!result) return [];
  const advice: Advice[] = result.raisedRisk.map((risk) =>
    warning(risk.rule, 'params' in risk ? risk.params : undefined),
  );
  const referrals = Object.values(state.referrals).filter((r) => r.seq > (state.triage?.seq ?? 0));
  switch (result.targetGroup) {
    case 'TG-CAUDA':
      // HARD (p.29): until the acute referral to FAM is sent, nothing else is advised.
      if (!referrals.some((r) => r.kind === 'acute'))
        return [warning('TG-CAUDA', { action: 'acute-referral' }), ...advice];
      break;
    case 'TG-NONMSK':
      advice.push(
        suggestion(
          'TG-NONMSK',
          result.suspectedCondition ? { suspectedCondition: result.suspectedCondition } : undefined,
        ),
      );
      break;
    case 'TG-PERSISTENT':
      advice.push(suggestion('TG-PERSISTENT'), suggestion('HOSP-REREFERRAL'));
      break;
    default:
      advice.push(suggestion(result.targetGroup));
  }
  // ICF-ASSESSMENT (p.19–21) then a plan with supported self-management at its hub (p.31).
  if (state.assessments.length === 0) advice.push(suggestion('ICF-ASSESSMENT'));
  else if (!state.plan) advice.push(suggestion('SELF-MANAGEMENT-HUB'));
  return advice;
}

function courseAdvice(state: PathwayState): Advice[] {
  const advice: Advice[] = [];
  for (const course of Object.values(state.interventions)) {
    if (course.ended) continue;
    const responses = course.sessions.map((s) => s.response);
    // MANUAL-4-5 (p.36)
    if (course.intervention === 'manual' && responses.length >= 4 && !responses.includes('improved')) {
      advice.push(
        warning(
          'MANUAL-4-5',
          { sessions: responses.length },
          { subject: course.interventionId, owner: course.by.organisationId },
        ),
      );
    }
    // PLAN-REVIEW (p.26): three sessions in a row without progress call for a change of approach.
    const lastThree = responses.slice(-3);
    if (lastThree.length === 3 && !lastThree.includes('improved') && course.intervention !== 'manual') {
      advice.push(
        suggestion(
          'PLAN-REVIEW',
          { sessions: 3 },
          { subject: course.interventionId, owner: course.by.organisationId },
        ),
      );
    }
  }
  return advice;
}

function communicationAdvice(state: PathwayState): Advice[] {
  const advice: Advice[] = [];
  const coordinator = coordinatorOf(state);
  // GP-INFORMED (p.14): other sectors act, but the citizen has not consented to inform the GP.
  if (
    coordinator &&
    !hasConsent(state, coordinator) &&
    state.events.some((e) => e.by.organisationId !== coordinator)
  ) {
    advice.push(warning('GP-INFORMED', { coordinator }));
  }
  const notesFrom = (org: string, kinds: string[], referralId?: string) =>
    state.notes.some(
      (n) =>
        n.by.organisationId === org &&
        kinds.includes(n.kind) &&
        (!referralId || !n.referralId || n.referralId === referralId),
    );

  for (const course of Object.values(state.interventions)) {
    const org = course.by.organisationId;
    // FEEDBACK-GP (p.51–52): physio and chiro report to the GP after starting, and close.
    if (
      (course.by.actor === 'physio' || course.by.actor === 'chiro') &&
      !notesFrom(org, ['feedback', 'closing-note'])
    ) {
      advice.push(suggestion('FEEDBACK-GP', undefined, { subject: course.interventionId, owner: org }));
    }
    if (!course.ended) continue;
    const closing: [string, RuleCode, string][] = [
      ['municipal-prevention', 'P119-CLOSE', 'closing-note-119'],
      ['municipal-rehab', 'R140-CLOSE', 'slutnotat-140'],
      ['hospital', 'HOSP-EPICRISIS', 'epicrisis'],
    ];
    for (const [actor, rule, kind] of closing) {
      if (course.by.actor === actor && !notesFrom(org, [kind], course.referralId)) {
        advice.push(
          suggestion(rule, undefined, { subject: course.referralId ?? course.interventionId, owner: org }),
        );
      }
    }
  }
  for (const referral of Object.values(state.referrals)) {
    if (referral.kind !== 'rehab-140' || referral.status === 'declined') continue;
    // R140-GRADE (p.44): the municipality grades the plan basic or advanced.
    if (!referral.grade)
      advice.push(
        suggestion('R140-GRADE', undefined, {
          subject: referral.referralId,
          owner: referral.to.organisationId,
        }),
      );
  }
  return advice;
}

function employmentAdvice(state: PathwayState, today: string): Advice[] {
  const advice: Advice[] = [];
  const leave = state.sickLeave;
  if (!leave) return advice;
  const owner = leave.by.organisationId;
  // FAST-TRACK (p.42)
  if (leave.expectedWeeks > 8 && !state.fastTrack)
    advice.push(suggestion('FAST-TRACK', { expectedWeeks: leave.expectedWeeks }, { owner }));
  // LAE285 (p.55): the GP's certificate for the follow-up by week 8.
  if (!Object.values(state.certificates).some((c) => c.certificate === 'LAE285')) {
    advice.push(suggestion('LAE285', { week8: addDays(leave.start, 56) }, { owner }));
  }
  // JOB-CONSENT (p.43): health information needs the citizen's consent to the jobcentre.
  if (!hasConsent(state, owner)) advice.push(suggestion('JOB-CONSENT', undefined, { owner }));
  // BENEFIT-REVIEW (p.42): a review date within four weeks.
  if (
    state.benefitReviewOn &&
    state.benefitReviewOn >= today &&
    state.benefitReviewOn <= addDays(today, 28)
  ) {
    advice.push(suggestion('BENEFIT-REVIEW', { reviewOn: state.benefitReviewOn }, { owner }));
  }
  return advice;
}
