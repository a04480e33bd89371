import { z } from 'zod';
import { storableString } from '../text.ts';
import { fail, ok, type Result, violationsFromZod } from '../violation.ts';

/**
 * ICF assessment (rule ICF-ASSESSMENT, program p.19–21, spec §3.3): five components and a
 * summary. A clinical record: almost everything is optional, free text keeps the citizen's own
 * words, and unknown keys are rejected so a misspelt field is not silently lost.
 */
const text = storableString().max(4000);
const shortText = storableString().max(500);
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { message: 'duplicate-item' });

export const RadiationSchema = z
  .strictObject({
    present: z.boolean(),
    side: z.enum(['left', 'right', 'both']).optional(),
    belowKnee: z.boolean().optional(),
    description: text.optional(),
  })
  .superRefine((r, ctx) => {
    if (r.present) return;
    for (const key of ['side', 'belowKnee'] as const) {
      if (r[key] !== undefined) ctx.addIssue({ code: 'custom', message: 'requires-radiation', path: [key] });
    }
  });

export const TreatmentEffectSchema = z.enum(['better', 'unchanged', 'worse', 'unknown']);

export const EarlierTreatmentSchema = z.strictObject({
  treatment: shortText.min(1),
  effect: TreatmentEffectSchema.optional(),
  notes: text.optional(),
});

export const BodyFunctionsSchema = z.strictObject({
  /** Duration of the current episode in whole weeks. */
  durationWeeks: z.number().int().min(0).max(5200).optional(),
  /** Pain intensity on the 0–10 numeric rating scale. */
  painIntensity: z.number().int().min(0).max(10).optional(),
  painLocation: text.optional(),
  radiation: RadiationSchema.optional(),
  /** Pain elsewhere in the body at the same time (p.17 physical risk factor). */
  painElsewhere: z.boolean().optional(),
  /** The citizen's own understanding of the pain and its causes. */
  ownUnderstanding: text.optional(),
  activityAtWork: text.optional(),
  activityAtLeisure: text.optional(),
  energy: text.optional(),
  sleep: text.optional(),
  comorbidity: z.strictObject({ physical: text.optional(), mental: text.optional() }).optional(),
  earlierTreatments: z.array(EarlierTreatmentSchema).max(50).optional(),
  expectations: text.optional(),
  examination: z
    .strictObject({
      movementBehaviour: text.optional(),
      neurological: text.optional(),
      notes: text.optional(),
    })
    .optional(),
});

/** Self-reported activity limitations named by the program (p.20). */
export const ActivityLimitationSchema = z.enum([
  'standing',
  'sitting',
  'lifting',
  'housework',
  'walking',
  'hygiene',
]);
export type ActivityLimitation = z.infer<typeof ActivityLimitationSchema>;

export const ActivitiesSchema = z.strictObject({
  limitations: uniqueList(ActivityLimitationSchema, 6).optional(),
  /** Limitations and barriers in the citizen's own words. */
  description: text.optional(),
});

export const FearOfMovementSchema = z.enum(['none', 'some', 'marked']);

export const ParticipationSchema = z.strictObject({
  work: text.optional(),
  leisure: text.optional(),
  social: text.optional(),
  /** Worry about harming the back / fear of movement (p.20); "marked" matters for p.41, 54. */
  fearOfMovement: FearOfMovementSchema.optional(),
  fearOfMovementNotes: text.optional(),
});

export const LabourMarketAttachmentSchema = z.enum([
  'employed',
  'self-employed',
  'unemployed',
  'student',
  'flexjob',
  'disability-pension',
  'retired',
  'other',
]);

export const SickLeaveSchema = z.strictObject({
  weeks: z.number().int().min(0).max(520),
  extent: z.enum(['full', 'partial']),
  /** For partial sick leave: hours absent per week. */
  hoursAbsentPerWeek: z.number().min(0).max(168).optional(),
});

export const EnvironmentalFactorsSchema = z.strictObject({
  labourMarketAttachment: LabourMarketAttachmentSchema.optional(),
  work: text.optional(),
  sickLeave: SickLeaveSchema.optional(),
  workplaceAdjustment: text.optional(),
  partialReturnToWork: text.optional(),
  socialRelations: text.optional(),
  finances: text.optional(),
  supportAtHome: text.optional(),
  transport: text.optional(),
  otherMunicipalEfforts: text.optional(),
  pendingCompensationCase: z.boolean().optional(),
});

export const PersonalFactorsSchema = z.strictObject({
  coping: text.optional(),
  /** The citizen's understanding of the pain. */
  understanding: text.optional(),
  depression: z.boolean().optional(),
  anxiety: z.boolean().optional(),
  overweight: z.boolean().optional(),
  heartLungDisease: z.boolean().optional(),
  smoking: z.boolean().optional(),
  lowPhysicalActivity: z.boolean().optional(),
  notes: text.optional(),
});

/** Risk factors for long-lasting disabling low back pain, grouped as on p.17 (spec §3.3). */
export const RISK_FACTOR_GROUPS = {
  physical: [
    'radiating-leg-pain',
    'high-pain-intensity',
    'markedly-reduced-function',
    'long-duration',
    'pain-elsewhere',
    'poor-general-health',
  ],
  psychological: [
    'depression',
    'worry',
    'insecurity',
    'helplessness',
    'unhelpful-illness-beliefs',
    'unhelpful-expectations',
    'poor-coping',
  ],
  social: ['low-education', 'low-income', 'workplace-social-factors'],
  lifestyle: ['smoking', 'overweight', 'low-physical-activity'],
} as const;
export type RiskFactorGroup = keyof typeof RISK_FACTOR_GROUPS;

export const RiskFactorSchema = z.enum([
  ...RISK_FACTOR_GROUPS.physical,
  ...RISK_FACTOR_GROUPS.psychological,
  ...RISK_FACTOR_GROUPS.social,
  ...RISK_FACTOR_GROUPS.lifestyle,
]);
export type RiskFactor = z.infer<typeof RiskFactorSchema>;
export const RISK_FACTORS = RiskFactorSchema.options;

export function riskFactorGroup(factor: RiskFactor): RiskFactorGroup {
  const groups = Object.keys(RISK_FACTOR_GROUPS) as RiskFactorGroup[];
  const group = groups.find((g) => (RISK_FACTOR_GROUPS[g] as readonly RiskFactor[]).includes(factor));
  if (!group) throw new Error(`unknown risk factor ${factor}`);
  return group;
}

export const IcfSummarySchema = z.strictObject({
  improvementFactors: text.optional(),
  worseningFactors: text.optional(),
  resources: text.optional(),
  treatmentOptions: text.optional(),
  workplaceAdjustments: text.optional(),
  comorbidityEfforts: text.optional(),
  /** Risk factors the clinician judges present beyond those derived from the record. */
  riskFactors: uniqueList(RiskFactorSchema, RISK_FACTORS.length).optional(),
});

export const IcfAssessmentSchema = z.strictObject({
  bodyFunctions: BodyFunctionsSchema.optional(),
  activities: ActivitiesSchema.optional(),
  participation: ParticipationSchema.optional(),
  environmentalFactors: EnvironmentalFactorsSchema.optional(),
  personalFactors: PersonalFactorsSchema.optional(),
  summary: IcfSummarySchema.optional(),
});
export type IcfAssessment = z.infer<typeof IcfAssessmentSchema>;

/** The five ICF components, then the summary, in the program's order (p.19–21). */
export const ICF_SECTIONS = [
  'bodyFunctions',
  'activities',
  'participation',
  'environmentalFactors',
  'personalFactors',
  'summary',
] as const satisfies ReadonlyArray<keyof IcfAssessment>;
export type IcfSection = (typeof ICF_SECTIONS)[number];

/** Parses an ICF record; a malformed one is INPUT-INVALID naming the field under `prefix`. */
export function parseIcfAssessment(input: unknown, prefix = 'icf'): Result<IcfAssessment> {
  const parsed = IcfAssessmentSchema.safeParse(input);
  return parsed.success ? ok(parsed.data) : fail(...violationsFromZod(parsed.error.issues, prefix));
}

/** Thresholds for deriving risk factors; the program names the factors but gives no numbers. */
export const HIGH_PAIN_INTENSITY = 7;
export const LONG_DURATION_WEEKS = 12;

/**
 * Risk factors (RISK-FACTORS, p.17) the record shows, plus those the clinician marked in the
 * summary; deduplicated, in the order of RISK_FACTORS. Factors the record cannot show (e.g.
 * education, income) come only from the clinician.
 */
export function riskFactorsFromIcf(icf: IcfAssessment): RiskFactor[] {
  const body = icf.bodyFunctions;
  const personal = icf.personalFactors;
  const fear = icf.participation?.fearOfMovement;
  const found = new Set<RiskFactor>(icf.summary?.riskFactors ?? []);
  const add = (condition: boolean | undefined, factor: RiskFactor) => {
    if (condition) found.add(factor);
  };
  add(body?.radiation?.present, 'radiating-leg-pain');
  add(body?.painIntensity !== undefined && body.painIntensity >= HIGH_PAIN_INTENSITY, 'high-pain-intensity');
  add(body?.durationWeeks !== undefined && body.durationWeeks >= LONG_DURATION_WEEKS, 'long-duration');
  add(body?.painElsewhere, 'pain-elsewhere');
  add(personal?.heartLungDisease, 'poor-general-health');
  add(personal?.depression, 'depression');
  add(personal?.anxiety, 'worry');
  add(fear === 'some' || fear === 'marked', 'worry');
  add(personal?.smoking, 'smoking');
  add(personal?.overweight, 'overweight');
  add(personal?.lowPhysicalActivity, 'low-physical-activity');
  return RISK_FACTORS.filter((f) => found.has(f));
}

function hasContent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === 'object') return Object.values(value).some(hasContent);
  return true; // numbers and booleans: `false` is a recorded finding, not an empty field
}

/**
 * The ICF components (and the summary) with no content, for an ICF-ASSESSMENT suggestion:
 * absent, or holding only blank text and empty lists.
 */
export function missingIcfComponents(icf: IcfAssessment): IcfSection[] {
  return ICF_SECTIONS.filter((section) => !hasContent(icf[section]));
}
