import { conservativePhase } from '../clocks/clocks.ts';
import { ageOn } from '../cpr/index.ts';
import type { PathwayState } from '../pathway/pathway.state.ts';
import type { RuleCode } from '../program/rules.ts';
import type { TargetGroup } from '../program/target-groups.ts';
import { checkScope } from '../scope/scope.rules.ts';
import { addDays, addMonths, dayOf, daysBetween } from '../time.ts';
import type { Advice } from './advice.schema.ts';

type Params = NonNullable<Advice['params']>;

/** The target groups whose course is reassessed after 4–8 weeks, and what the program suggests then. */
const NO_IMPROVEMENT: Partial<Record<TargetGroup, { rule: RuleCode; consider: string[] }>> = {
  // TG-NERVEROOT (p.29–30), SURG-RADICULAR (p.39): MR imaging or a hospital assessment.
  'TG-NERVEROOT': { rule: 'SURG-RADICULAR', consider: ['imaging', 'hospital'] },
  // TG-STENOSIS (p.30): "MR-scanning eller henvisning til sygehus".
  'TG-STENOSIS': { rule: 'TG-STENOSIS', consider: ['mr', 'hospital'] },
};

const NONSPECIFIC: readonly TargetGroup[] = ['TG-UNCOMPLICATED', 'TG-COMPLICATED', 'TG-PERSISTENT'];

/**
 * TG-NERVEROOT, TG-STENOSIS (p.29–30), SURG-RADICULAR (p.39): no satisfactory improvement after
 * 4–8 weeks of relevant treatment → consider MR or a hospital assessment. What the reassessment
 * found decides, not whether the reassessment clock was met: a reassessment from week 4 on that
 * found the course unchanged or worse keeps the suggestion; one that found it better ends it.
 * Without any reassessment from week 4, the suggestion comes when the 8 weeks have passed.
 * Nothing is suggested once the pathway has moved on (an imaging or hospital referral, or a
 * hospital course since the conservative treatment started).
 */
export function noImprovementAdvice(state: PathwayState, today: string): Advice[] {
  const targetGroup = state.triage?.result?.targetGroup;
  const next = targetGroup ? NO_IMPROVEMENT[targetGroup] : undefined;
  const { start, hospitalFrom } = conservativePhase(state);
  if (!next || !start || hospitalFrom) return [];
  const startedOn = dayOf(start.at);
  const fourWeeks = addDays(startedOn, 28);
  if (today < fourWeeks) return [];
  const movedOn = Object.values(state.referrals).some(
    (r) => r.seq > start.seq && (r.kind === 'hospital' || r.kind === 'imaging'),
  );
  if (movedOn) return [];
  const finding = [...state.assessments]
    .reverse()
    .find((a) => a.reassessment && a.seq > start.seq && dayOf(a.at) >= fourWeeks)?.reassessment;
  if (finding?.change === 'better') return [];
  if (!finding && today <= addDays(startedOn, 56)) return [];
  const params: Params = {
    consider: next.consider,
    weeks: Math.floor(daysBetween(startedOn, today) / 7),
    ...(finding ? { change: finding.change } : {}),
    ...(finding?.pain !== undefined ? { pain: finding.pain } : {}),
    ...(finding?.function ? { function: finding.function } : {}),
  };
  return [{ kind: 'suggestion', rule: next.rule, params }];
}

/**
 * SURG-STRUCTURAL (p.39): structural change (scoliosis, kyphosis, spondylolisthesis, severe
 * degeneration, fracture sequelae) where, after six months of conservative treatment, there is
 * still no improvement AND the pain needs fixed daily prescription medication or significantly
 * limits daily activities (job-threatened or sick-listed included): consider imaging or a
 * hospital assessment. A reassessment since the treatment started that found the course better
 * ends the suggestion; so does a hospital course.
 */
export function structuralAdvice(state: PathwayState, today: string): Advice[] {
  if (!state.triage?.input.specificFindings.other.includes('structural')) return [];
  const { start, hospitalFrom } = conservativePhase(state);
  if (!start || hospitalFrom || today < addMonths(dayOf(start.at), 6)) return [];
  const finding = [...state.assessments]
    .reverse()
    .find((a) => a.reassessment && a.seq > start.seq)?.reassessment;
  if (finding?.change === 'better') return [];
  const because: string[] = [];
  // "fast daglig receptpligtig medicinsk smertebehandling": a prescription for persistent pain.
  if (Object.values(state.prescriptions).some((rx) => rx.painCourse === 'persistent'))
    because.push('daily-medication');
  if (state.triage.input.complicatingFactors.significantFunctionalLimitation)
    because.push('significant-limitation');
  if (state.sickLeave) because.push('sick-leave');
  if (because.length === 0) return [];
  return [
    { kind: 'suggestion', rule: 'SURG-STRUCTURAL', params: { consider: ['imaging', 'hospital'], because } },
  ];
}

/**
 * Facts recorded outside `decide` (imported messages, older versions of the system) can break a
 * rule that `decide` would have refused: each is a warning naming the rule, so nobody acts on
 * them unawares. SCOPE-* (p.6–10) at the opening, PARTIAL-LEAVE (p.42) on the sick leave,
 * SURG-NONSPECIFIC (p.39) on a plan or course.
 */
export function recordedFactsAdvice(state: PathwayState): Advice[] {
  const advice: Advice[] = [];
  const opened = state.opened;
  // A slice whose opening is withheld has no scope answers (issue 8): nothing to judge there.
  if (opened?.scope) {
    const openedOn = dayOf(opened.at);
    const age = opened.citizen.birthDate <= openedOn ? ageOn(opened.citizen.birthDate, openedOn) : 0;
    for (const violation of checkScope({
      age,
      municipality: opened.citizen.municipality,
      answers: opened.scope,
    })) {
      advice.push({
        kind: 'warning',
        rule: violation.rule,
        params: { recorded: 'pathwayOpened', ...violation.params },
      });
    }
  }
  const leave = state.sickLeave;
  if (leave?.extent === 'partial' && (leave.hoursPerWeek ?? 0) < 4) {
    advice.push({
      kind: 'warning',
      rule: 'PARTIAL-LEAVE',
      params: {
        recorded: 'sickLeaveRegistered',
        ...(leave.hoursPerWeek === undefined ? { reason: 'missing' } : { given: leave.hoursPerWeek }),
        minimum: 4,
      },
      owner: leave.by.organisationId,
    });
  }
  const targetGroup = state.triage?.result?.targetGroup;
  if (targetGroup && NONSPECIFIC.includes(targetGroup)) {
    const planned = state.plan?.interventions.includes('back-surgery') ?? false;
    const course = Object.values(state.interventions).find(
      (c) => c.intervention === 'back-surgery' && !c.ended && c.seq > (state.triage?.seq ?? 0),
    );
    if (planned || course) {
      advice.push({
        kind: 'warning',
        rule: 'SURG-NONSPECIFIC',
        params: { targetGroup },
        ...(course ? { subject: course.interventionId } : {}),
      });
    }
  }
  return advice;
}

/**
 * Chapter-by-chapter additions (docs/program/README.md): RISK-FACTORS (p.17) shows the latest
 * assessment's risk factors for long-lasting disabling pain, so the plan can answer them; S56
 * (p.42) suggests the §56 arrangement to a citizen on sick leave with a long-lasting course
 * (complicated or persistent), until it is applied for.
 */
export function programAdvice(state: PathwayState): Advice[] {
  const advice: Advice[] = [];
  const latest = state.assessments.at(-1);
  if (latest && latest.riskFactors.length > 0) {
    advice.push({
      kind: 'suggestion',
      rule: 'RISK-FACTORS',
      params: { factors: latest.riskFactors.map(String) },
    });
  }
  const targetGroup = state.triage?.result?.targetGroup;
  if (
    state.sickLeave &&
    !state.s56AppliedOn &&
    (targetGroup === 'TG-COMPLICATED' || targetGroup === 'TG-PERSISTENT')
  ) {
    advice.push({ kind: 'suggestion', rule: 'S56', owner: state.sickLeave.by.organisationId });
  }
  return advice;
}
