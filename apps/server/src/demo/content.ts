import {
  addDays,
  addMonths,
  type GeneralReferralContentSchema,
  type HospitalReferralContentSchema,
  type ImagingContentSchema,
  type Lae165ContentSchema,
  type PainCentreContentSchema,
  type Prevention119ContentSchema,
  type PsychologistContentSchema,
  type RehabPlanContentSchema,
} from '@rygforlob/domain';
import type { z } from 'zod';
import type { StepContext } from './story.ts';

/**
 * Referral content in the shapes the program requires (the domain's *ContentSchema), with the
 * case-specific parts as arguments and the routine parts filled in. Typed by the domain's
 * schemas, so a demo referral cannot lack a field the program demands.
 */
type In<S extends z.ZodType> = z.input<S>;

/** DNHF, REF06, occupational medicine, jobcentre contact, acute: reason and clinical information. */
export const general = (
  reason: string,
  clinicalInformation: string,
): In<typeof GeneralReferralContentSchema> => ({
  reason,
  clinicalInformation,
});

export interface HospitalCase {
  suspectedCondition: string;
  question: string;
  onset: string;
  radiation: string;
  function: string;
  otherDiseases?: string;
  medication: string;
  strength: string;
  sensory: string;
  heightCm: number;
  weightKg: number;
  imaging: string;
  treatmentTried: string;
  weeks: number;
  phone: string;
}

/** HOSP-CONTENT (p.52–53): the referral to Rygcenter Syddanmark's joint triage. */
export const hospital = (c: HospitalCase): In<typeof HospitalReferralContentSchema> => ({
  reason: { suspectedCondition: c.suspectedCondition, question: c.question },
  history: {
    symptomOnset: c.onset,
    painLocationAndRadiation: c.radiation,
    sickLeaveAndFunction: c.function,
    otherDiseases: c.otherDiseases ?? 'Ingen kendte; ingen tidligere rygkirurgi',
    currentMedication: c.medication,
    fmkUpdated: true,
  },
  objectiveFindings: {
    strengthGrade: c.strength,
    sensoryDisturbance: c.sensory,
    heightCm: c.heightCm,
    weightKg: c.weightKg,
    imagingFindings: c.imaging,
    otherParaclinical: 'Ingen',
  },
  treatmentTried: c.treatmentTried,
  other: {
    interpreterNeeded: false,
    phone: c.phone,
    transport: 'Egen bil',
    citizenToldWhat: 'Et rygforløb på regionens sygehuse',
  },
  precondition: { conservativeTreatmentWeeks: c.weeks, sufficientEffect: false },
  wordingConfirmed: true,
});

/** P119-CONTENT (p.54): XREF15 to a clarifying conversation in the citizen's municipality. */
export const prevention119 = (p: {
  diagnosis: string;
  clinical: string;
  purpose: string;
  history: string;
  practical: string;
  otherOffers?: string[];
}): In<typeof Prevention119ContentSchema> => ({
  referralDiagnosis: p.diagnosis,
  clinicalInformation: p.clinical,
  purpose: p.purpose,
  history: p.history,
  practicalCircumstances: p.practical,
  otherMunicipalOffers: p.otherOffers ?? [],
  interpreterNeeded: false,
  criteria: { practiceCourseTried: true, aimPreventWorsening: true, courseJudgedHelpful: true },
});

/** R140-PLAN-CONTENT (p.44, p.55): the genoptræningsplan, sent on the day of discharge. */
export const rehabPlan =
  (p: {
    admittedDaysBefore: number;
    diagnosis: string;
    summary: string;
    loss: string;
    goals: string;
    wishes: string;
    level: 'basic' | 'advanced';
  }) =>
  ({ today }: StepContext): In<typeof RehabPlanContentSchema> => ({
    admissionDate: addDays(today, -p.admittedDaysBefore),
    dischargeDate: today,
    diagnosis: p.diagnosis,
    afterSurgery: true,
    healthAndFunctionSummary: p.summary,
    functionalLossIcf: p.loss,
    suggestions: 'Progressiv træning af ryg- og benmuskulatur, gangtræning, råd om løft og hvile',
    citizenGoals: p.goals,
    prognosis: 'God; drøftet med borgeren',
    citizenInformed: 'Informeret om genoptræning i kommunen og om frit valg af leverandør',
    rehabilitationNeed: p.level === 'basic' ? 'Almen genoptræning' : 'Avanceret genoptræning',
    followUpAtHospital: 'Telefonisk kontrol om 3 måneder',
    contact: 'Rygcenter Syddanmark, tlf. 63 48 00 00',
    citizenWishesAndWorkConstraints: p.wishes,
    level: p.level,
  });

/** LAE165-CONTENT (p.55): the GP's proposal for social-medical collaboration. */
export const lae165 =
  (p: { proposal: string; work: string; health: string; sickLeaveDaysAgo?: number }) =>
  ({ date }: StepContext): In<typeof Lae165ContentSchema> => ({
    proposal: p.proposal,
    workSituation: p.work,
    healthInformation: p.health,
    ...(p.sickLeaveDaysAgo !== undefined
      ? { sickLeave: { since: date(p.sickLeaveDaysAgo), extent: 'full' as const } }
      : {}),
  });

/** PAIN-CRITERIA (p.48–49, p.56): all four criteria, and pain for more than six months. */
export const painCentre =
  (p: { painForMonths: number; clinical: string; medication: string }) =>
  ({ today }: StepContext): In<typeof PainCentreContentSchema> => ({
    painOnsetDate: addMonths(today, -p.painForMonths),
    criteria: {
      primaryTreatmentNoEffect: true,
      diagnosticallyClarified: true,
      seriousConsequences: true,
      socialOrPsychologicalProblems: true,
    },
    clinicalInformation: p.clinical,
    currentMedication: p.medication,
  });

export const psychologist = (
  indications: In<typeof PsychologistContentSchema>['indications'],
  clinicalInformation: string,
): In<typeof PsychologistContentSchema> => ({ indications, clinicalInformation });

export const imaging = (
  modality: 'xray' | 'mr' | 'ct',
  indications: In<typeof ImagingContentSchema>['indications'],
  question: string,
): In<typeof ImagingContentSchema> => ({ modality, indications, question });
