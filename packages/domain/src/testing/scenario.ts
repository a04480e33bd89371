import type { z } from 'zod';
import type { Command, Party, PathwayEvent } from '../pathway/events.schema.ts';
import { type Decision, decide } from '../pathway/pathway.decide.ts';
import { fold } from '../pathway/pathway.fold.ts';
import type { PathwayState } from '../pathway/pathway.state.ts';
import type { Viewer } from '../program/actors.ts';
import type {
  HospitalReferralContentSchema,
  RehabPlanContentSchema,
} from '../referral/referral-content.schema.ts';
import type { TriageInput } from '../triage/index.ts';
import { triageInputWith } from './triage-inputs.ts';

/** Fictitious organisations and users, one per actor, for tests and worked examples. */
const viewer = (actor: Viewer['actor'], organisationId: string): Viewer => ({
  userId: `user-${organisationId}`,
  actor,
  organisationId,
});
export const VIEWERS = {
  gp: viewer('gp', 'org-gp-vejle'),
  otherGp: viewer('gp', 'org-gp-odense'),
  physio: viewer('physio', 'org-physio-vejle'),
  chiro: viewer('chiro', 'org-chiro-kolding'),
  specialist: viewer('specialist', 'org-specialist-odense'),
  hospital: viewer('hospital', 'org-rygcenter'),
  acute: viewer('acute', 'org-fam-ouh'),
  painCentre: viewer('pain-centre', 'org-smertecenter-syd'),
  prevention: viewer('municipal-prevention', 'org-vejle-forebyggelse'),
  otherPrevention: viewer('municipal-prevention', 'org-odense-forebyggelse'),
  rehab: viewer('municipal-rehab', 'org-vejle-genoptraening'),
  jobcentre: viewer('jobcentre', 'org-jobcenter-vejle'),
} as const;

export const party = (v: Viewer): Party => ({ actor: v.actor, organisationId: v.organisationId });

/** A neutral triage (non-specific, uncomplicated) with what a test is about changed. */
export const triageInput = (patch: Partial<TriageInput> = {}): TriageInput => triageInputWith(patch);

export const openCommand = (
  overrides: { birthDate?: string; municipality?: string; consent?: boolean } = {},
): Command => ({
  type: 'pathwayOpened',
  citizen: {
    birthDate: overrides.birthDate ?? '1980-05-14',
    municipality: overrides.municipality ?? 'Vejle',
  },
  coordinator: { actor: 'gp', organisationId: VIEWERS.gp.organisationId },
  scope: { painRegions: ['lumbar'], affectsDailyLife: true },
  consentToCoordinator: overrides.consent ?? true,
});

export const hospitalContent = (): z.input<typeof HospitalReferralContentSchema> => ({
  reason: {
    suspectedCondition: 'Diskusprolaps L5/S1 med radikulopati',
    question: 'Vurdering af operationsindikation',
  },
  history: {
    symptomOnset: 'Debut for 10 uger siden efter løft',
    painLocationAndRadiation: 'Lænd med udstråling til venstre fod',
    sickLeaveAndFunction: 'Sygemeldt 4 uger, går 500 m',
    otherDiseases: 'Ingen; ingen tidligere rygkirurgi',
    currentMedication: 'Paracetamol 1 g x 3',
    fmkUpdated: true,
  },
  objectiveFindings: {
    strengthGrade: 'Dorsalfleksion storetå 4/5 venstre',
    sensoryDisturbance: 'Nedsat følesans S1 venstre',
    heightCm: 178,
    weightKg: 84,
    imagingFindings: 'Ingen billeddiagnostik',
    otherParaclinical: 'Ingen',
  },
  treatmentTried: 'Superviseret træning og smertestillende i 8 uger',
  other: {
    interpreterNeeded: false,
    phone: '+45 20 12 34 56',
    transport: 'Egen bil',
    citizenToldWhat: 'Et rygforløb på regionens sygehuse',
  },
  precondition: { conservativeTreatmentWeeks: 8, sufficientEffect: false },
  wordingConfirmed: true,
});

export const rehabPlan = (dischargeDate: string): z.input<typeof RehabPlanContentSchema> => ({
  admissionDate: dischargeDate,
  dischargeDate,
  diagnosis: 'Tilstand efter dekompression L4/L5',
  afterSurgery: true,
  healthAndFunctionSummary: 'Går med stok, selvhjulpen',
  functionalLossIcf: 'Nedsat gangdistance og løftefunktion',
  suggestions: 'Progressiv træning af ryg og ben',
  citizenGoals: 'Kunne gå tur med hunden igen',
  prognosis: 'God, drøftet med borgeren',
  citizenInformed: 'Informeret om genoptræning i kommunen',
  rehabilitationNeed: 'Almen genoptræning',
  followUpAtHospital: 'Kontrol om 3 måneder',
  contact: 'Rygcenter Syddanmark, tlf. 63 48 00 00',
  citizenWishesAndWorkConstraints: 'Ønsker træning om formiddagen',
  level: 'basic',
});

/** The GP records the citizen's consent to share with `recipient` for treatment. */
export const consentTo = (recipient: Viewer, consentId: string): Command => ({
  type: 'consentGiven',
  consentId,
  recipient: party(recipient),
  purpose: 'treatment',
});

/** The GP's LÆ 165 to the jobcentre, with the citizen's employment consent recorded with it (JOB-CONSENT). */
export const lae165Referral = (referralId = 'lae165-1'): Command => ({
  type: 'referralSent',
  referralId,
  kind: 'jobcentre-lae165',
  to: party(VIEWERS.jobcentre),
  content: {
    proposal: 'Socialmedicinsk sagsbehandling',
    workSituation: 'Pædagog',
    healthInformation: 'Lændesmerter',
  },
  recordConsent: 'employment',
});

/** The hospital's §140 rehabilitation plan to the Vejle rehabilitation team, consent recorded with it. */
export const rehabPlanReferral = (referralId = 'r-1', dischargeDate = '2026-09-01'): Command => ({
  type: 'referralSent',
  referralId,
  kind: 'rehab-140',
  to: party(VIEWERS.rehab),
  content: rehabPlan(dischargeDate),
  recordConsent: 'treatment',
});

/**
 * A pathway under construction: run commands as actors at given times, and look at the state.
 * `run` insists the command succeeds; `attempt` returns the decision.
 */
export class Scenario {
  events: PathwayEvent[] = [];

  get state(): PathwayState {
    return fold(this.events);
  }

  attempt(by: Viewer, command: Command, now: string): Decision {
    return decide(this.state, command, by, now);
  }

  run(by: Viewer, command: Command, now: string): Decision & { ok: true } {
    const decision = this.attempt(by, command, now);
    if (!decision.ok) throw new Error(`${command.type} refused: ${JSON.stringify(decision.violations)}`);
    this.events.push(...decision.events);
    return decision;
  }

  /** An opened, consented, triaged pathway with a plan that holds self-management. */
  static planned(triage: Partial<TriageInput> = {}, at = '2026-09-01T09:00:00+02:00'): Scenario {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), at);
    s.run(VIEWERS.gp, { type: 'triaged', input: triageInput(triage) }, at);
    s.run(
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [{ goal: 'At kunne cykle på arbejde igen', subGoals: ['Gå 2 km uden pause'] }],
        interventions: ['self-management', 'exercise'],
        selfManagementAgreements: 'Daglige gåture og øvelser fra pjecen',
      },
      at,
    );
    return s;
  }

  /** A planned pathway where the hospital (consented by the GP) sends a §140 plan `r-1` to the municipality. */
  static withRehabPlan(dischargeDate = '2026-09-01', at = '2026-09-01T09:00:00+02:00'): Scenario {
    const s = Scenario.planned({}, at);
    s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), at);
    s.run(VIEWERS.hospital, rehabPlanReferral('r-1', dischargeDate), at);
    return s;
  }
}
