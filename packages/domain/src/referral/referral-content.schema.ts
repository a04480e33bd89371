import { z } from 'zod';

// Strict objects throughout (issue 9): referral content is stored, so a key the form does not
// name is refused with its field, never kept; each text has a size cap.
import { ImagingIndicationSchema } from '../imaging/index.ts';
import { ActorSchema } from '../program/actors.ts';
import { recordIdSchema, storableString } from '../text.ts';

const text = storableString().trim().min(1).max(10_000);
const isoDate = z.iso.date();

/** HOSP-CONTENT (p.52–53): what a referral to the joint triage must contain. */
export const HospitalReferralContentSchema = z.strictObject({
  reason: z.strictObject({ suspectedCondition: text, question: text }),
  history: z.strictObject({
    symptomOnset: text,
    painLocationAndRadiation: text,
    sickLeaveAndFunction: text,
    otherDiseases: text,
    currentMedication: text,
    /** FMK (the shared medication card) updated before referral. */
    fmkUpdated: z.literal(true),
  }),
  objectiveFindings: z.strictObject({
    strengthGrade: text,
    sensoryDisturbance: text,
    heightCm: z.number().min(100).max(250),
    weightKg: z.number().min(25).max(400),
    imagingFindings: text,
    otherParaclinical: text,
  }),
  treatmentTried: text,
  other: z.strictObject({
    interpreterNeeded: z.boolean(),
    interpreterLanguage: storableString().max(100).optional(),
    phone: z.string().regex(/^\+?[0-9 ]{8,15}$/, 'a phone number of 8 digits, optionally with country code'),
    transport: text,
    citizenToldWhat: text,
  }),
  /** HOSP-PRECONDITION (p.52): weeks of conservative treatment without sufficient effect, or worrying symptoms. */
  precondition: z.union([
    z.strictObject({ conservativeTreatmentWeeks: z.number().min(0).max(520), sufficientEffect: z.boolean() }),
    z.strictObject({ worryingSymptoms: text }),
  ]),
  /** HOSP-WORDING (p.53): the referrer confirms the citizen was told "a back course at the region's hospitals". */
  wordingConfirmed: z.boolean(),
  /** HOSP-REREFERRAL (p.30): only with an earlier hospital course. */
  rereferral: z
    .object({ significantChange: z.boolean(), untriedTreatment: storableString().max(5_000) })
    .optional(),
});

/** P119-CONTENT (p.54): XREF15 to a clarifying conversation. */
export const Prevention119ContentSchema = z.strictObject({
  referralDiagnosis: text,
  clinicalInformation: text,
  purpose: text,
  history: text,
  practicalCircumstances: text,
  otherMunicipalOffers: z.array(text),
  interpreterNeeded: z.boolean(),
  /** P119-CLOSE (p.54): who else gets the closing note, e.g. a hospital doctor; the GP always does. */
  copyTo: z
    .array(z.strictObject({ actor: ActorSchema, organisationId: recordIdSchema }))
    .max(5)
    .optional(),
  /** P119-CRITERIA (p.54): recommended, so the domain warns rather than blocks. */
  criteria: z.strictObject({
    practiceCourseTried: z.boolean(),
    aimPreventWorsening: z.boolean(),
    courseJudgedHelpful: z.boolean(),
  }),
});

/** R140-PLAN-CONTENT (p.44, p.55; spec §9): the rehabilitation plan ("genoptræningsplan"). */
export const RehabPlanContentSchema = z.strictObject({
  admissionDate: isoDate,
  dischargeDate: isoDate,
  diagnosis: text,
  afterSurgery: z.boolean(),
  healthAndFunctionSummary: text,
  functionalLossIcf: text,
  suggestions: text,
  citizenGoals: text,
  prognosis: text,
  citizenInformed: text,
  rehabilitationNeed: text,
  followUpAtHospital: text,
  contact: text,
  citizenWishesAndWorkConstraints: storableString().max(10_000),
  level: z.enum(['basic', 'advanced', 'specialised']),
  /** R140-7-DAYS: the hospital may set a later start with a clinical reason. */
  laterStart: z.strictObject({ date: isoDate, clinicalReason: text }).optional(),
});

/** LAE165-CONTENT (p.55): the GP's proposal for social-medical case handling. */
export const Lae165ContentSchema = z.strictObject({
  proposal: text,
  workSituation: text,
  sickLeave: z.strictObject({ since: isoDate, extent: z.enum(['full', 'partial']) }).optional(),
  healthInformation: text,
});

/** PAIN-CRITERIA (p.48–49, p.56): all four criteria and pain for over 6 months. */
export const PainCentreContentSchema = z.strictObject({
  painOnsetDate: isoDate,
  criteria: z.strictObject({
    primaryTreatmentNoEffect: z.boolean(),
    diagnosticallyClarified: z.boolean(),
    seriousConsequences: z.boolean(),
    socialOrPsychologicalProblems: z.boolean(),
  }),
  clinicalInformation: text,
  currentMedication: text,
});

/** PSYCHOLOGIST-CRITERIA (p.41, p.54). */
export const PsychologistContentSchema = z.strictObject({
  indications: z.array(z.enum(['depression', 'fear-of-movement', 'emotional-barriers'])).min(1),
  clinicalInformation: text,
});

/** IMG-INDICATION (p.22–25). */
export const ImagingContentSchema = z.strictObject({
  modality: z.enum(['xray', 'mr', 'ct']),
  indications: z.array(ImagingIndicationSchema),
  question: text,
});

/** Practice-sector referrals (DNHF, REF06), occupational medicine, jobcentre contact, acute. */
export const GeneralReferralContentSchema = z.strictObject({
  reason: text,
  clinicalInformation: text,
});

export const REFERRAL_CONTENT_SCHEMAS = {
  physio: GeneralReferralContentSchema,
  chiro: GeneralReferralContentSchema,
  specialist: GeneralReferralContentSchema,
  hospital: HospitalReferralContentSchema,
  'pain-centre': PainCentreContentSchema,
  'prevention-119': Prevention119ContentSchema,
  'rehab-140': RehabPlanContentSchema,
  'jobcentre-contact': GeneralReferralContentSchema,
  'jobcentre-lae165': Lae165ContentSchema,
  psychologist: PsychologistContentSchema,
  'occupational-medicine': GeneralReferralContentSchema,
  imaging: ImagingContentSchema,
  acute: GeneralReferralContentSchema,
} as const;

/** The rule whose required content a kind's schema encodes, for violations. */
export const CONTENT_RULE = {
  hospital: 'HOSP-CONTENT',
  'prevention-119': 'P119-CONTENT',
  'rehab-140': 'R140-PLAN-CONTENT',
  'jobcentre-lae165': 'LAE165-CONTENT',
  'pain-centre': 'PAIN-CRITERIA',
  psychologist: 'PSYCHOLOGIST-CRITERIA',
} as const;

export type ReferralContent = {
  [K in keyof typeof REFERRAL_CONTENT_SCHEMAS]: z.infer<(typeof REFERRAL_CONTENT_SCHEMAS)[K]>;
};
