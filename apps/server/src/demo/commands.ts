import {
  addDays,
  type CaudaEquinaSigns,
  type Command,
  type ComplicatingFactors,
  type IcfAssessment,
  type Intervention,
  type MunicipalOffer,
  type OtherSpecificMsk,
  type RedFlag,
  type ReferralKind,
  type StartBackAnswers,
} from '@rygforlob/domain';
import { partyOf, type Username } from './organisations.ts';
import type { StepCommand, StepContext } from './story.ts';

/**
 * Commands for demo stories, in the words a clinician would use. Each returns exactly the
 * domain's `Command`; dates are given relative to the step ("in 14 days"), so the demo stays
 * current whatever day it is seeded.
 */

/** The citizen comes to the pathway; the coordinating GP gets consent at once. */
export const open =
  (coordinator: Username, regions: ('lumbar' | 'thoracic' | 'neck')[] = ['lumbar']): StepCommand =>
  ({ citizen }) => ({
    type: 'pathwayOpened',
    citizen: { birthDate: citizen.birthDate, municipality: citizen.municipality },
    coordinator: { actor: 'gp', organisationId: partyOf(coordinator).organisationId },
    scope: { painRegions: regions, affectsDailyLife: true },
    consentToCoordinator: true,
  });

export interface TriageSpec {
  cauda?: Partial<CaudaEquinaSigns>;
  paresis?: { strengthGrade: number; onsetHoursAgo: number };
  redFlags?: RedFlag[];
  previousCancer?: boolean;
  nonMsk?: string;
  nerveRoot?: boolean;
  stenosis?: boolean;
  other?: OtherSpecificMsk[];
  complicating?: Partial<ComplicatingFactors>;
  persistent?: boolean;
}

/** The diagnostic triage; the age comes from the CPR number on the day. */
export const triage =
  (spec: TriageSpec = {}): StepCommand =>
  ({ age }: StepContext) => ({
    type: 'triaged',
    input: {
      caudaEquina: {
        saddleAnaesthesia: false,
        newBladderDysfunction: false,
        newBowelDysfunction: false,
        bilateralLegSymptoms: false,
        otherSuspicion: false,
        ...spec.cauda,
      },
      paresis: spec.paresis ?? null,
      redFlags: spec.redFlags ?? [],
      previousCancer: spec.previousCancer ?? false,
      age,
      suspectedNonMsk: spec.nonMsk !== undefined,
      ...(spec.nonMsk ? { suspectedCondition: spec.nonMsk } : {}),
      specificFindings: {
        nerveRoot: spec.nerveRoot ?? false,
        stenosis: spec.stenosis ?? false,
        other: spec.other ?? [],
      },
      complicatingFactors: {
        longLasting: false,
        significantFunctionalLimitation: false,
        psychosocial: false,
        comorbidity: false,
        ...spec.complicating,
      },
      persistentAfterSpecialisedCare: spec.persistent ?? false,
    },
  });

export const assess = (icf: IcfAssessment): Command => ({ type: 'assessed', icf });

/** STarT Back: the statements the citizen agreed with, and how bothersome the pain was. */
export function startBack(
  agreed: (keyof Omit<StartBackAnswers, 'bothersomeness'>)[],
  bothersomeness: StartBackAnswers['bothersomeness'],
): Command {
  const items = [
    'referredLegPain',
    'comorbidPain',
    'disabilityWalking',
    'disabilityDressing',
    'fear',
    'anxiety',
    'catastrophising',
    'depression',
  ] as const;
  const answers = Object.fromEntries(items.map((item) => [item, agreed.includes(item)])) as Omit<
    StartBackAnswers,
    'bothersomeness'
  >;
  return {
    type: 'questionnaireCompleted',
    questionnaire: { instrument: 'startback', answers: { ...answers, bothersomeness } },
  };
}

/** ODI 2.1a: sections 0–5 in the form's order (pain, personal care, lifting, walking, sitting, standing, sleeping, sex life, social life, travelling). */
export function odi(scores: (number | null)[]): Command {
  const keys = [
    'painIntensity',
    'personalCare',
    'lifting',
    'walking',
    'sitting',
    'standing',
    'sleeping',
    'sexLife',
    'socialLife',
    'travelling',
  ] as const;
  return {
    type: 'questionnaireCompleted',
    questionnaire: {
      instrument: 'odi',
      answers: Object.fromEntries(keys.map((k, i) => [k, scores[i] ?? null])),
    },
  };
}

export const plan =
  (p: {
    goals: { goal: string; subGoals?: string[] }[];
    interventions: Intervention[];
    agreements: string;
    followUpInDays?: number;
    approach?: 'stepped' | 'stratified';
  }): StepCommand =>
  ({ today }) => ({
    type: 'planUpdated',
    approach: p.approach ?? 'stepped',
    goals: p.goals.map((g) => ({ goal: g.goal, subGoals: g.subGoals ?? [] })),
    interventions: p.interventions,
    selfManagementAgreements: p.agreements,
    ...(p.followUpInDays !== undefined ? { followUpOn: addDays(today, p.followUpInDays) } : {}),
  });

type Content = Record<string, unknown>;

/** A referral; `consent` records the citizen's consent to the recipient in the same act. */
export const refer =
  (
    referralId: string,
    kind: ReferralKind,
    to: Username,
    content: Content | ((context: StepContext) => Content),
    consent: 'treatment' | 'employment' | null = 'treatment',
    selfReferral = false,
  ): StepCommand =>
  (context) => ({
    type: 'referralSent',
    referralId,
    kind,
    to: partyOf(to),
    content: typeof content === 'function' ? content(context) : content,
    selfReferral,
    ...(consent ? { recordConsent: consent } : {}),
  });

export const accept = (referralId: string): Command => ({ type: 'referralAccepted', referralId });
export const decline = (referralId: string, reason: string, route?: 'via-gp' | 'ask-gp'): Command => ({
  type: 'referralDeclined',
  referralId,
  reason,
  ...(route ? { route } : {}),
});

export const start = (
  interventionId: string,
  intervention: Intervention,
  referralId?: string,
  offer?: MunicipalOffer,
): Command => ({
  type: 'interventionStarted',
  interventionId,
  intervention,
  ...(referralId ? { referralId } : {}),
  ...(offer ? { offer } : {}),
});
export const session = (
  interventionId: string,
  response: 'improved' | 'unchanged' | 'worse',
  note?: string,
): Command => ({
  type: 'sessionRecorded',
  interventionId,
  response,
  ...(note ? { note } : {}),
});
export const end = (interventionId: string, outcome: string): Command => ({
  type: 'interventionEnded',
  interventionId,
  outcome,
});

export const prescribe = (
  prescriptionId: string,
  drug: string,
  discontinuationPlan: string,
  painCourse: 'episodic' | 'persistent' = 'episodic',
  specialCaseReason?: string,
): Command => ({
  type: 'medicationPrescribed',
  prescriptionId,
  drug,
  painCourse,
  discontinuationPlan,
  ...(specialCaseReason ? { specialCaseReason } : {}),
});
export const followUp = (prescriptionId: string, effect: string, sideEffects = 'Ingen'): Command => ({
  type: 'medicationFollowedUp',
  prescriptionId,
  effect,
  sideEffects,
});

type NoteKind =
  | 'feedback'
  | 'epicrisis'
  | 'closing-note-119'
  | 'slutnotat-140'
  | 'closing-note'
  | 'correspondence'
  | 'information';
export const note = (
  noteId: string,
  kind: NoteKind,
  to: Username[],
  content: {
    text: string;
    reason?: string;
    summary?: string;
    agreements?: string;
    followUpBy?: 'sender' | 'gp';
  },
  referralId?: string,
): Command => ({
  type: 'noteSent',
  noteId,
  kind,
  to: to.map(partyOf),
  content,
  ...(referralId ? { referralId } : {}),
});

export const consent = (
  consentId: string,
  to: Username,
  purpose: 'treatment' | 'employment' = 'treatment',
): Command => ({
  type: 'consentGiven',
  consentId,
  recipient: partyOf(to),
  purpose,
});

export const withdraw = (consentId: string): Command => ({ type: 'consentWithdrawn', consentId });

export const grade = (referralId: string, level: 'basic' | 'advanced'): Command => ({
  type: 'rehabGraded',
  referralId,
  grade: level,
});
export const close = (reason: string): Command => ({ type: 'pathwayClosed', reason });
