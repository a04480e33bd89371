import type { IcfAssessment, QuestionnaireScore, RiskFactor } from '../assessment/index.ts';
import type { Viewer } from '../program/actors.ts';
import type { Intervention, MunicipalOffer } from '../program/interventions.ts';
import type { ReferralKind } from '../program/referral-matrix.ts';
import type { ScopeAnswers } from '../scope/scope.rules.ts';
import { dayOf } from '../time.ts';
import type { TriageInput, TriageResult } from '../triage/index.ts';
import type { EventOf, Party, PathwayEvent, Reassessment } from './events.schema.ts';

/** When and by whom a fact was appended. */
export interface Stamp {
  seq: number;
  at: string;
  by: Viewer;
}

export interface InterventionState extends Stamp {
  interventionId: string;
  intervention: Intervention;
  referralId?: string;
  offer?: MunicipalOffer;
  /** The day the course began, when it was recorded later (see courseStartDay). */
  startedOn?: string;
  sessions: { seq: number; at: string; response: 'improved' | 'unchanged' | 'worse' }[];
  /** Sessions the citizen did not come to. */
  missed: { seq: number; at: string }[];
  ended?: { at: string; outcome: string };
}

/** The day a course began: the day its start names (recorded later), else the record's day. */
export const courseStartDay = (course: Pick<InterventionState, 'at' | 'startedOn'>): string =>
  course.startedOn ?? dayOf(course.at);

export interface PrescriptionState extends Stamp {
  prescriptionId: string;
  drug: string;
  painCourse: 'episodic' | 'persistent';
  followUps: { at: string }[];
}

export interface ReferralState extends Stamp {
  referralId: string;
  kind: ReferralKind;
  to: Party;
  content: Record<string, unknown>;
  selfReferral: boolean;
  status: 'sent' | 'accepted' | 'declined';
  answeredAt?: string;
  declineReason?: string;
  grade?: 'basic' | 'advanced';
  freeChoiceProvider?: string;
  /** When the citizen's free choice of a private provider was recorded (R140-7-DAYS). */
  freeChoiceAt?: string;
}

export interface QuestionnaireRequestState extends Stamp {
  requestId: string;
  instrument: QuestionnaireScore['instrument'];
  /** When the citizen's answer came (its seq), if it has. */
  answered?: { seq: number; at: string };
}

export interface ConsentState extends Stamp {
  consentId: string;
  recipient: Party;
  purpose: 'treatment' | 'employment';
  /** The citizen through their own sign-in, or a professional on the citizen's behalf (`by` recorded it). */
  givenBy: 'citizen' | 'professional';
  /**
   * Why a stored consent counts for nothing under CONSENT-BY (facts from before the rule): the
   * recipient recorded it for itself. Such a consent never shows the recipient anything.
   */
  void?: 'recorded-by-recipient';
  withdrawnAt?: string;
}

export interface CertificateState extends Stamp {
  certificateId: string;
  certificate: 'LAE285' | 'opportunity-statement';
  to: Party;
  dueBy: string;
  answered?: { at: string; abilityToWork: string; considerations: string };
}

export interface MeetingState extends Stamp {
  meetingId: string;
  purpose: 'fast-track' | 'follow-up';
  on: string;
  held?: { at: string; notes: string };
}

/** The pathway as its events make it: everything here is derived, nothing is stored. */
export interface PathwayState {
  /** The seq of the last event: the version an append expects. */
  version: number;
  /**
   * The opening. In a viewer's slice whose opening is withheld (issue 8) it holds what anyone
   * related may know (when, by whom, the citizen's birth date and municipality, the coordinator)
   * and `scope: null`: the scope answers (pain regions) are clinical.
   */
  opened:
    | (Stamp &
        Omit<EventOf<'pathwayOpened'>, keyof Stamp | 'type' | 'scope'> & { scope: ScopeAnswers | null })
    | null;
  status: 'open' | 'closed';
  /** The coordinating GP: named at opening, moved only by `coordinatorChanged` (COORDINATOR-LISTING). */
  coordinator: Party | null;
  /** When the pathway closed; `reason` is absent in a slice whose closing is withheld (clinical). */
  closed?: { at: string; reason?: string };
  triage: (Stamp & { input: TriageInput; result: TriageResult | null }) | null;
  assessments: (Stamp & { icf: IcfAssessment; riskFactors: RiskFactor[]; reassessment?: Reassessment })[];
  questionnaires: (Stamp & {
    instrument: QuestionnaireScore['instrument'];
    score: QuestionnaireScore | null;
    /** The request it answers (answered at home by the citizen). */
    requestId?: string;
  })[];
  /** What clinicians asked the citizen to answer at home, by request id (Min side). */
  questionnaireRequests: Record<string, QuestionnaireRequestState>;
  plan: (Stamp & Omit<EventOf<'planUpdated'>, keyof Stamp | 'type'>) | null;
  interventions: Record<string, InterventionState>;
  prescriptions: Record<string, PrescriptionState>;
  referrals: Record<string, ReferralState>;
  notes: (Stamp & Omit<EventOf<'noteSent'>, keyof Stamp | 'type'>)[];
  consents: Record<string, ConsentState>;
  sickLeave: (Stamp & Omit<EventOf<'sickLeaveRegistered'>, keyof Stamp | 'type'>) | null;
  fastTrack: (Stamp & { requestedBy: 'employer' | 'employee'; requestedOn: string }) | null;
  meetings: Record<string, MeetingState>;
  certificates: Record<string, CertificateState>;
  s56AppliedOn?: string;
  benefitReviewOn?: string;
  /** Every event in order, for the timeline and the slices. */
  events: PathwayEvent[];
}
