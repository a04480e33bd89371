import { conservativePhase } from '../clocks/clocks.ts';
import { checkImagingOrder } from '../imaging/index.ts';
import { hasConsent } from '../pathway/pathway.consent.ts';
import type { PathwayState } from '../pathway/pathway.state.ts';
import type { Viewer } from '../program/actors.ts';
import { RECIPIENT_ACTOR, type ReferralKind, referralPermission } from '../program/referral-matrix.ts';
import type { RuleCode } from '../program/rules.ts';
import { addMonths, dayOf, daysBetween } from '../time.ts';
import { type Violation, violationsFromZod } from '../violation.ts';
import { CONTENT_RULE, REFERRAL_CONTENT_SCHEMAS, type ReferralContent } from './referral-content.schema.ts';

export interface ReferralDraft {
  kind: ReferralKind;
  to: { actor: string; organisationId: string };
  content: unknown;
}

export interface ReferralCheck {
  /** HARD rules that block sending. */
  violations: Violation[];
  /** Rules the program recommends: shown, never blocking. */
  warnings: Violation[];
}

/**
 * Everything the program says about one referral before it is sent (chapter 8, p.50–56):
 * the route (Table 3), the required content, consent, and the kind's own rules.
 * `consentPending` is true when the same command also records the citizen's consent.
 */
export function checkReferral(
  state: PathwayState,
  viewer: Viewer,
  draft: ReferralDraft,
  now: string,
  consentPending = false,
): ReferralCheck {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];

  // REFERRAL-ROUTE (Table 3, p.51): closed routes name the program's way forward.
  const permission = referralPermission(viewer.actor, draft.kind);
  if (!permission.allowed) {
    violations.push({
      // IMG-REFERRER (p.22, Table 1) is the route rule of imaging: name it.
      rule: draft.kind === 'imaging' ? 'IMG-REFERRER' : 'REFERRAL-ROUTE',
      field: 'kind',
      params: { kind: draft.kind, routes: [...permission.routes] },
    });
    return { violations, warnings };
  }
  if (draft.to.actor !== RECIPIENT_ACTOR[draft.kind]) {
    violations.push({
      rule: 'REFERRAL-ROUTE',
      field: 'to.actor',
      params: { kind: draft.kind, expected: RECIPIENT_ACTOR[draft.kind] },
    });
  }

  // CONSENT (p.50), JOB-CONSENT (p.43) for the jobcentre.
  if (!consentPending && !hasConsent(state, draft.to.organisationId)) {
    const rule: RuleCode = RECIPIENT_ACTOR[draft.kind] === 'jobcentre' ? 'JOB-CONSENT' : 'CONSENT';
    violations.push({ rule, field: 'consent', params: { recipient: draft.to.organisationId } });
  }

  const schema = REFERRAL_CONTENT_SCHEMAS[draft.kind];
  const parsed = schema.safeParse(draft.content);
  if (!parsed.success) {
    const rule: RuleCode =
      (CONTENT_RULE as Partial<Record<ReferralKind, RuleCode>>)[draft.kind] ?? 'INPUT-INVALID';
    violations.push(
      ...violationsFromZod(parsed.error.issues, 'content').map((violation) => ({
        ...violation,
        rule: fieldRule(violation.field) ?? rule,
      })),
    );
    return { violations, warnings };
  }

  const kindCheck = KIND_RULES[draft.kind]?.(parsed.data as never, { state, viewer, now });
  violations.push(...(kindCheck?.violations ?? []));
  warnings.push(...(kindCheck?.warnings ?? []));
  return { violations, warnings };
}

/** Parts of the hospital form that carry a rule of their own (p.52–53). */
function fieldRule(field: string | undefined): RuleCode | undefined {
  if (field?.startsWith('content.precondition')) return 'HOSP-PRECONDITION';
  return undefined;
}

interface Context {
  state: PathwayState;
  viewer: Viewer;
  now: string;
}
type KindRule<K extends ReferralKind> = (
  content: ReferralContent[K],
  context: Context,
) => Partial<ReferralCheck>;

const hospital: KindRule<'hospital'> = (content, { state, viewer }) => {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];
  // HOSP-PRECONDITION (p.52): 6–8 weeks of conservative treatment without effect, or worrying symptoms.
  const pre = content.precondition;
  if ('conservativeTreatmentWeeks' in pre) {
    if (pre.conservativeTreatmentWeeks < 6) {
      violations.push({
        rule: 'HOSP-PRECONDITION',
        field: 'content.precondition.conservativeTreatmentWeeks',
        params: { weeks: pre.conservativeTreatmentWeeks, minimum: 6 },
      });
    }
    if (pre.sufficientEffect) {
      violations.push({ rule: 'HOSP-PRECONDITION', field: 'content.precondition.sufficientEffect' });
    }
  }
  // HOSP-WORDING (p.53, "bør"): the citizen hears "a back course at the region's hospitals", not a specialty.
  if (!content.wordingConfirmed) warnings.push({ rule: 'HOSP-WORDING', field: 'content.wordingConfirmed' });
  // HOSP-REREFERRAL (p.30, "bør"): after a finished hospital course, re-refer only with a significant
  // change AND an untried relevant treatment. A recommendation, so a warning; and a hospital
  // department referring on during its own course is not re-referring.
  // A citizen triaged TG-PERSISTENT has, by definition, finished the hospital's work-up ("efter
  // endt sygehusudredning", p.30), possibly in an earlier pathway.
  const afterHospital = finishedHospitalCourse(state) || state.triage?.input.persistentAfterSpecialisedCare;
  if (afterHospital && !inOwnHospitalCourse(state, viewer)) {
    const re = content.rereferral;
    if (!re?.significantChange) {
      warnings.push({ rule: 'HOSP-REREFERRAL', field: 'content.rereferral.significantChange' });
    }
    if (!re?.untriedTreatment.trim()) {
      warnings.push({ rule: 'HOSP-REREFERRAL', field: 'content.rereferral.untriedTreatment' });
    }
  }
  return { violations, warnings };
};

/** A hospital course that has ended: its intervention ended, or the hospital sent its epicrisis (p.53). */
function finishedHospitalCourse(state: PathwayState): boolean {
  return (
    Object.values(state.interventions).some((c) => c.by.actor === 'hospital' && c.ended) ||
    state.notes.some((n) => n.kind === 'epicrisis' && n.by.actor === 'hospital')
  );
}

/** The viewer is a hospital department whose own course (or accepted referral) is still running. */
function inOwnHospitalCourse(state: PathwayState, viewer: Viewer): boolean {
  if (viewer.actor !== 'hospital') return false;
  const own = viewer.organisationId;
  const discharged = state.notes.some((n) => n.kind === 'epicrisis' && n.by.organisationId === own);
  return (
    Object.values(state.interventions).some((c) => c.by.organisationId === own && !c.ended) ||
    (!discharged &&
      Object.values(state.referrals).some(
        (r) => r.kind === 'hospital' && r.to.organisationId === own && r.status === 'accepted',
      ))
  );
}

const painCentre: KindRule<'pain-centre'> = (content, { now }) => {
  const violations: Violation[] = [];
  // PAIN-CRITERIA (p.48–49, p.56): all four criteria, pain for more than 6 months (CLK-PAIN-6M).
  for (const [criterion, holds] of Object.entries(content.criteria)) {
    if (!holds) violations.push({ rule: 'PAIN-CRITERIA', field: `content.criteria.${criterion}` });
  }
  const sixMonthsAt = addMonths(content.painOnsetDate, 6);
  if (dayOf(now) <= sixMonthsAt) {
    violations.push({
      rule: 'PAIN-CRITERIA',
      field: 'content.painOnsetDate',
      params: { sixMonthsAt, clock: 'CLK-PAIN-6M' },
    });
  }
  return { violations };
};

const prevention119: KindRule<'prevention-119'> = (content) => ({
  // P119-CRITERIA (p.54) are recommendations: warn for each that does not hold.
  warnings: Object.entries(content.criteria)
    .filter(([, holds]) => !holds)
    .map(([criterion]) => ({ rule: 'P119-CRITERIA' as const, field: `content.criteria.${criterion}` })),
});

const rehab140: KindRule<'rehab-140'> = (content, { now }) => {
  const warnings: Violation[] = [];
  const violations: Violation[] = [];
  // R140-SAME-DAY (p.55): the plan is sent on the day of discharge.
  if (dayOf(now) !== content.dischargeDate) {
    warnings.push({
      rule: 'R140-SAME-DAY',
      field: 'content.dischargeDate',
      params: { dischargeDate: content.dischargeDate, sentOn: dayOf(now) },
    });
  }
  if (content.dischargeDate < content.admissionDate) {
    violations.push({
      rule: 'INPUT-INVALID',
      field: 'content.dischargeDate',
      params: { reason: 'before admission' },
    });
  }
  return { warnings, violations };
};

const imaging: KindRule<'imaging'> = (content, { state, viewer, now }) => {
  // IMG-REFERRER, IMG-INDICATION, IMG-CHIRO-INFORMS-GP (p.22–25, p.52), read against the pathway:
  // its triage (a suspected non-MSK cause is an indication) and its conservative treatment so far.
  const { start } = conservativePhase(state);
  const check = checkImagingOrder(
    { actor: viewer.actor, indications: content.indications },
    {
      targetGroup: state.triage?.result?.targetGroup,
      treatmentWeeks: start ? Math.floor(daysBetween(start.at, now) / 7) : 0,
      latestChange: start
        ? [...state.assessments].reverse().find((a) => a.reassessment && a.seq > start.seq)?.reassessment
            ?.change
        : undefined,
    },
  );
  const actions = check.actions.map(
    (a): Violation => ({ rule: a.rule, params: { action: a.action, to: a.to } }),
  );
  return { violations: check.violations, warnings: [...check.warnings, ...actions] };
};

const KIND_RULES: { [K in ReferralKind]?: KindRule<K> } = {
  hospital,
  'pain-centre': painCentre,
  'prevention-119': prevention119,
  'rehab-140': rehab140,
  imaging,
};
