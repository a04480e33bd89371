import { z } from 'zod';
import { storableString } from '../text.ts';

/**
 * Input of the diagnostic triage (spec §3.1–3.2; source chapter 4, p.18–19, and chapter 6,
 * p.29–30). All booleans are required, never defaulted: for the HARD rule (TG-CAUDA) the
 * clinician must have answered each question, a missing answer is INPUT-INVALID, not "no".
 */

/**
 * Red flags (source p.19, "Røde flag"). The source names the five most frequently mentioned of
 * the 46 in the literature (its ref. 26, Verhagen et al. 2016); the others are signs of the
 * specific causes the source itself lists (p.8–10: fracture, cancer, infection, systemic disease,
 * intra-abdominal causes e.g. abdominal aortic aneurysm) and of the imaging indication
 * "progressive neurological deficits" (p.22–25, p.29).
 *
 * Age is deliberately not a flag: it is entered as `age` and TRIAGE-AGE is derived from it, so the
 * two can never disagree. Cauda equina signs are not flags either: they are the HARD rule TG-CAUDA
 * and have their own fields.
 */
export const RED_FLAGS = [
  { code: 'trauma', da: 'Traume', page: '19', mostNamed: true },
  { code: 'steroid-use', da: 'Brug af steroider', page: '19', mostNamed: true },
  { code: 'previous-cancer', da: 'Tidligere cancer', page: '19', mostNamed: true },
  { code: 'unintended-weight-loss', da: 'Utilsigtet vægttab', page: '19', mostNamed: true },
  { code: 'night-pain', da: 'Nattesmerter', page: '19', mostNamed: true },
  { code: 'fever', da: 'Feber (mistanke om infektion)', page: '8-10', mostNamed: false },
  {
    code: 'systemically-unwell',
    da: 'Almen sygdomsfølelse (systemisk sygdom)',
    page: '8-10',
    mostNamed: false,
  },
  {
    code: 'abdominal-symptoms',
    da: 'Abdominale symptomer, fx pulserende udfyldning (abdominal aorta aneurisme)',
    page: '8-10',
    mostNamed: false,
  },
  {
    code: 'progressive-neurological-deficit',
    da: 'Progredierende neurologiske udfald',
    page: '22-25, 29',
    mostNamed: false,
  },
] as const;

export const RedFlagSchema = z.enum(RED_FLAGS.map((f) => f.code) as [RedFlag, ...RedFlag[]]);
export type RedFlag = (typeof RED_FLAGS)[number]['code'];

/** Specific musculoskeletal findings other than nerve root involvement and stenosis (p.18, p.39). */
export const OtherSpecificMskSchema = z.enum([
  /** Inflammatory back disease ("inflammatorisk rygsygdom", p.8–10, p.18). */
  'inflammatory',
  /** Fracture without a suspected underlying non-MSK cause (p.18); osteoporotic → suspectedNonMsk. */
  'fracture',
  /** Structural change: scoliosis, kyphosis, spondylolisthesis, severe degeneration (p.39). */
  'structural',
]);
export type OtherSpecificMsk = z.infer<typeof OtherSpecificMskSchema>;

/** Signs of cauda equina syndrome (p.29): any one of them is a suspicion. */
export const CaudaEquinaSignsSchema = z.strictObject({
  saddleAnaesthesia: z.boolean(),
  newBladderDysfunction: z.boolean(),
  newBowelDysfunction: z.boolean(),
  bilateralLegSymptoms: z.boolean(),
  /** The clinician suspects cauda equina on other grounds (e.g. sexual dysfunction, anal tone). */
  otherSuspicion: z.boolean(),
});
export type CaudaEquinaSigns = z.infer<typeof CaudaEquinaSignsSchema>;

/** The weakest muscle group found: MRC strength grade 0–5, and when the weakness arose. */
export const ParesisSchema = z.strictObject({
  strengthGrade: z.number().int().min(0).max(5),
  onsetHoursAgo: z
    .number()
    .min(0)
    .max(24 * 365 * 100),
});
export type Paresis = z.infer<typeof ParesisSchema>;

export const SpecificFindingsSchema = z.strictObject({
  /** Suspected nerve root involvement, e.g. disc herniation with radiculopathy (p.29). */
  nerveRoot: z.boolean(),
  /** Suspected lumbar spinal stenosis: walking-related leg pain and/or significant limitation (p.29). */
  stenosis: z.boolean(),
  other: z.array(OtherSpecificMskSchema),
});
export type SpecificFindings = z.infer<typeof SpecificFindingsSchema>;

/** What makes non-specific low back pain complicated (p.30). */
export const ComplicatingFactorsSchema = z.strictObject({
  longLasting: z.boolean(),
  significantFunctionalLimitation: z.boolean(),
  psychosocial: z.boolean(),
  comorbidity: z.boolean(),
});
export type ComplicatingFactors = z.infer<typeof ComplicatingFactorsSchema>;

export const TriageInputSchema = z.strictObject({
  caudaEquina: CaudaEquinaSignsSchema,
  /** null when the neurological examination found no paresis. */
  paresis: ParesisSchema.nullable(),
  redFlags: z.array(RedFlagSchema),
  /** A previous cancer diagnosis (TRIAGE-CANCER-HISTORY, p.18–19); same meaning as the flag. */
  previousCancer: z.boolean(),
  /** Whole years (see cpr `ageOn`). */
  age: z.number().int().min(0).max(130),
  /** The clinician's overall judgement: the ONLY thing that makes a triage non-msk (p.19, p.29). */
  suspectedNonMsk: z.boolean(),
  /** The suspected condition, e.g. "malignitet", "spondylodiscitis", to direct the work-up. */
  suspectedCondition: storableString().trim().min(1).max(500).optional(),
  specificFindings: SpecificFindingsSchema,
  complicatingFactors: ComplicatingFactorsSchema,
  /** Still in need of supported self-management after hospital, rehabilitation or pain centre (p.30). */
  persistentAfterSpecialisedCare: z.boolean(),
});
export type TriageInput = z.infer<typeof TriageInputSchema>;
