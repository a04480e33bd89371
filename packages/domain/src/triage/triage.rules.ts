import type { DiagnosticCategory, TargetGroup } from '../program/target-groups.ts';
import { fail, ok, type Result, violationsFromZod } from '../violation.ts';
import { type RedFlag, type TriageInput, TriageInputSchema } from './triage.schema.ts';

/**
 * Diagnostic triage and target group (spec §3.1–3.2; source p.18–19 and p.29–30).
 *
 * Order of the rules:
 * 1. TG-CAUDA (HARD, p.29): a cauda equina sign, or paresis of grade 3 or less that arose within
 *    48 hours ("indenfor 48 timer", inclusive), overrides everything: acute referral to the local
 *    FAM (`acute`), informing the GP.
 * 2. TG-NONMSK (p.29): only the clinician's judgement `suspectedNonMsk`. Red flags never decide
 *    it: 80 % of citizens have one without any underlying condition (p.19, TRIAGE-RED-FLAGS).
 * 3. Specific MSK: nerve root → TG-NERVEROOT; stenosis → TG-STENOSIS (p.29).
 * 4. Non-specific (p.30): TG-PERSISTENT, TG-COMPLICATED or TG-UNCOMPLICATED.
 *
 * Other specific MSK findings (inflammatory, fracture, structural) have no target group of their
 * own in chapter 6. The source says a suspected specific cause "udredes ... yderligere ud fra de
 * kliniske retningslinjer på området" (p.18), and that the specific groups are otherwise handled
 * "med samme overordnede tilgang som borgere med uspecifik lænderygsbesvær" (p.29). So the
 * category is `specific-msk`, a `work-up` action is required, and the target group follows the
 * non-specific rules (persistent / complicated / uncomplicated).
 */

/**
 * Age from which TRIAGE-AGE is shown (inclusive). The source says only that the risk of a non-MSK
 * cause rises with age (p.18–19, citing Traeger et al., BMJ 2022, on people aged 60 and over) and
 * gives no number. 50 is the age from which Deyo & Diehl (J Gen Intern Med 1988, "Cancer as a
 * cause of back pain") found cancer more likely, and the usual "older age" red flag for
 * malignancy in guidelines. The lower candidate is chosen because the notice only makes the risk
 * visible; it never classifies.
 */
export const TRIAGE_AGE_THRESHOLD = 50;

/** Strength grade and onset window of the paresis part of TG-CAUDA (p.29). */
export const CAUDA_PARESIS_MAX_GRADE = 3;
export const CAUDA_PARESIS_MAX_HOURS = 48;

export type TriageAction =
  /** TG-CAUDA: acute referral to the local FAM (actor `acute`), p.29. */
  | 'acute-referral'
  /** TG-CAUDA: the GP is informed of the acute referral, p.29. */
  | 'inform-gp'
  /** TG-NONMSK and other specific MSK: refer to relevant work-up for the suspected condition, p.18, p.29. */
  | 'work-up'
  /** TG-NERVEROOT, TG-STENOSIS: thorough information on diagnosis and expected prognosis, p.29. */
  | 'inform-diagnosis-prognosis'
  /** TG-NERVEROOT: regular monitoring for cauda equina / progressive neurological deficits, p.29. */
  | 'monitor-neurology'
  /** TG-NERVEROOT, TG-STENOSIS: reassess after 4–8 weeks of relevant treatment (CLK-REASSESS-4-8W). */
  | 'reassess-4-8-weeks';

export type CaudaTrigger =
  | 'saddle-anaesthesia'
  | 'new-bladder-dysfunction'
  | 'new-bowel-dysfunction'
  | 'bilateral-leg-symptoms'
  | 'other-suspicion'
  | 'paresis-48h';

/** Shown prominently, never classifying (p.18–19). Shaped as a Violation for the i18n catalogue. */
export type RaisedRisk =
  | { rule: 'TRIAGE-CANCER-HISTORY'; field: 'previousCancer' }
  | { rule: 'TRIAGE-AGE'; field: 'age'; params: { age: number; threshold: number } };

export interface RedFlagsNote {
  rule: 'TRIAGE-RED-FLAGS';
  /** Distinct red flags, `previousCancer` counted as the flag 'previous-cancer'. */
  count: number;
  flags: RedFlag[];
}

export interface TriageResult {
  diagnosticCategory: DiagnosticCategory;
  targetGroup: TargetGroup;
  /** True only for TG-CAUDA. */
  acute: boolean;
  /** What triggered TG-CAUDA; empty otherwise. */
  caudaTriggers: CaudaTrigger[];
  requiredActions: TriageAction[];
  raisedRisk: RaisedRisk[];
  redFlagsNote?: RedFlagsNote;
  /** Echoed from the input when the clinician named one (TG-NONMSK work-up). */
  suspectedCondition?: string;
}

export function caudaTriggers(input: TriageInput): CaudaTrigger[] {
  const c = input.caudaEquina;
  const triggers: CaudaTrigger[] = [];
  if (c.saddleAnaesthesia) triggers.push('saddle-anaesthesia');
  if (c.newBladderDysfunction) triggers.push('new-bladder-dysfunction');
  if (c.newBowelDysfunction) triggers.push('new-bowel-dysfunction');
  if (c.bilateralLegSymptoms) triggers.push('bilateral-leg-symptoms');
  if (c.otherSuspicion) triggers.push('other-suspicion');
  const p = input.paresis;
  if (p && p.strengthGrade <= CAUDA_PARESIS_MAX_GRADE && p.onsetHoursAgo <= CAUDA_PARESIS_MAX_HOURS) {
    triggers.push('paresis-48h');
  }
  return triggers;
}

export function raisedRisk(input: TriageInput): RaisedRisk[] {
  const risks: RaisedRisk[] = [];
  if (input.previousCancer || input.redFlags.includes('previous-cancer')) {
    risks.push({ rule: 'TRIAGE-CANCER-HISTORY', field: 'previousCancer' });
  }
  if (input.age >= TRIAGE_AGE_THRESHOLD) {
    risks.push({
      rule: 'TRIAGE-AGE',
      field: 'age',
      params: { age: input.age, threshold: TRIAGE_AGE_THRESHOLD },
    });
  }
  return risks;
}

export function redFlagsNote(input: TriageInput): RedFlagsNote | undefined {
  const flags = new Set<RedFlag>(input.redFlags);
  if (input.previousCancer) flags.add('previous-cancer');
  if (flags.size === 0) return undefined;
  return { rule: 'TRIAGE-RED-FLAGS', count: flags.size, flags: [...flags] };
}

type Classification = Pick<TriageResult, 'diagnosticCategory' | 'targetGroup' | 'acute' | 'requiredActions'>;

function nonspecificGroup(input: TriageInput): TargetGroup {
  if (input.persistentAfterSpecialisedCare) return 'TG-PERSISTENT';
  if (Object.values(input.complicatingFactors).some(Boolean)) return 'TG-COMPLICATED';
  return 'TG-UNCOMPLICATED';
}

function classify(input: TriageInput, cauda: readonly CaudaTrigger[]): Classification {
  const findings = input.specificFindings;
  const hasOtherSpecific = findings.other.length > 0;
  if (cauda.length > 0) {
    // HARD. The category keeps the clinician's judgement (cauda equina is usually a disc
    // herniation, i.e. specific MSK, but may have a non-MSK cause); the FAM does the work-up.
    return {
      diagnosticCategory: input.suspectedNonMsk ? 'non-msk' : 'specific-msk',
      targetGroup: 'TG-CAUDA',
      acute: true,
      requiredActions: ['acute-referral', 'inform-gp'],
    };
  }
  if (input.suspectedNonMsk) {
    return {
      diagnosticCategory: 'non-msk',
      targetGroup: 'TG-NONMSK',
      acute: false,
      requiredActions: ['work-up'],
    };
  }
  const workUp: TriageAction[] = hasOtherSpecific ? ['work-up'] : [];
  if (findings.nerveRoot) {
    return {
      diagnosticCategory: 'specific-msk',
      targetGroup: 'TG-NERVEROOT',
      acute: false,
      requiredActions: [...workUp, 'inform-diagnosis-prognosis', 'monitor-neurology', 'reassess-4-8-weeks'],
    };
  }
  if (findings.stenosis) {
    return {
      diagnosticCategory: 'specific-msk',
      targetGroup: 'TG-STENOSIS',
      acute: false,
      requiredActions: [...workUp, 'inform-diagnosis-prognosis', 'reassess-4-8-weeks'],
    };
  }
  return {
    diagnosticCategory: hasOtherSpecific ? 'specific-msk' : 'nonspecific',
    targetGroup: nonspecificGroup(input),
    acute: false,
    requiredActions: workUp,
  };
}

/** Validates the input (INPUT-INVALID with field paths) and triages it. */
export function triage(input: unknown): Result<TriageResult> {
  const parsed = TriageInputSchema.safeParse(input);
  if (!parsed.success) return fail(...violationsFromZod(parsed.error.issues));
  return ok(triageParsed(parsed.data));
}

/** Triage of input that has already been validated. */
export function triageParsed(input: TriageInput): TriageResult {
  const cauda = caudaTriggers(input);
  const note = redFlagsNote(input);
  return {
    ...classify(input, cauda),
    caudaTriggers: cauda,
    raisedRisk: raisedRisk(input),
    ...(note ? { redFlagsNote: note } : {}),
    ...(input.suspectedNonMsk && input.suspectedCondition
      ? { suspectedCondition: input.suspectedCondition }
      : {}),
  };
}
