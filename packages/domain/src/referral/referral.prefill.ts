import type { IcfAssessment } from '../assessment/index.ts';
import type { PathwayEvent } from '../pathway/events.schema.ts';
import type { PathwayState, Stamp } from '../pathway/pathway.state.ts';
import type { Intervention } from '../program/interventions.ts';
import type { ReferralKind } from '../program/referral-matrix.ts';
import type { TargetGroup } from '../program/target-groups.ts';
import { dayOf, daysBetween } from '../time.ts';

/**
 * Referral drafts from what the pathway already knows (issue 14: the GP retyped 17 fields of the
 * Rygcenter referral although the pathway held most of them). Pure: the caller passes the state
 * as the referrer sees it and today's date. Each value says where it came from, so the composer
 * can show its source; the clinician can change every value before sending, and the referral's
 * own rules (HOSP-CONTENT p.52-53, P119-CONTENT p.54, PAIN-CRITERIA p.48-49, LAE165-CONTENT
 * p.43, PSYCHOLOGIST-CRITERIA p.41) still judge what is sent. Free text is copied as the
 * clinician wrote it; what needs words (a target group, a course) is returned as data for the
 * app to word in the reader's language.
 */
export type PrefillValue =
  | { type: 'text'; text: string }
  | { type: 'number'; value: number }
  | { type: 'date'; day: string }
  | { type: 'choice'; value: string }
  | { type: 'choices'; values: string[] }
  | { type: 'targetGroup'; targetGroup: TargetGroup }
  | {
      type: 'courses';
      courses: { intervention: Intervention; since: string; ended: boolean }[];
      /** Earlier treatments as the assessment recorded them (free text). */
      earlier: string[];
    };

/** The fact a value was taken from: its event, when, and by which organisation. */
export interface PrefillSource {
  event: PathwayEvent['type'];
  seq: number;
  at: string;
  organisationId: string;
}

export interface Prefilled {
  /** The referral content's field path, e.g. `history.currentMedication`. */
  field: string;
  value: PrefillValue;
  source: PrefillSource;
}

const sourceOf = (event: PathwayEvent['type'], stamp: Stamp): PrefillSource => ({
  event,
  seq: stamp.seq,
  at: stamp.at,
  organisationId: stamp.by.organisationId,
});

const joined = (parts: (string | undefined)[]): string =>
  parts
    .map((p) => p?.trim())
    .filter(Boolean)
    .join('; ');

/** The newest assessment that says something about `pick`, with what it says. */
function fromAssessments<T>(
  state: PathwayState,
  pick: (icf: IcfAssessment) => T | undefined,
): { value: T; source: PrefillSource } | undefined {
  for (const assessment of [...state.assessments].reverse()) {
    const value = pick(assessment.icf);
    if (value !== undefined && value !== '') return { value, source: sourceOf('assessed', assessment) };
  }
  return undefined;
}

const text = (field: string, found: { value: string; source: PrefillSource } | undefined): Prefilled[] =>
  found ? [{ field, value: { type: 'text', text: found.value }, source: found.source }] : [];

/** Pain location and radiation as the assessment wrote them (ICF b280, p.19-21). */
const painText = (icf: IcfAssessment) =>
  joined([icf.bodyFunctions?.painLocation, icf.bodyFunctions?.radiation?.description]) || undefined;

const comorbidityText = (icf: IcfAssessment) =>
  joined([icf.bodyFunctions?.comorbidity?.physical, icf.bodyFunctions?.comorbidity?.mental]) || undefined;

/** Every drug prescribed in the pathway, newest last (MED-FOLLOWUP p.37 keeps them on record). */
function medication(state: PathwayState, field: string): Prefilled[] {
  const prescriptions = Object.values(state.prescriptions).sort((a, b) => a.seq - b.seq);
  const last = prescriptions.at(-1);
  if (!last) return [];
  return [
    {
      field,
      value: { type: 'text', text: prescriptions.map((p) => p.drug).join('; ') },
      source: sourceOf('medicationPrescribed', last),
    },
  ];
}

/** The courses started in the pathway, with when they started and whether they ended. */
function courses(state: PathwayState, field: string): Prefilled[] {
  const started = Object.values(state.interventions).sort((a, b) => a.seq - b.seq);
  const earlier = fromAssessments(state, (icf) =>
    icf.bodyFunctions?.earlierTreatments?.length
      ? icf.bodyFunctions.earlierTreatments.map((e) => e.treatment)
      : undefined,
  );
  const first = started[0];
  if (!first && !earlier) return [];
  return [
    {
      field,
      value: {
        type: 'courses',
        courses: started.map((c) => ({
          intervention: c.intervention,
          since: dayOf(c.at),
          ended: c.ended !== undefined,
        })),
        earlier: earlier?.value ?? [],
      },
      source: first ? sourceOf('interventionStarted', first) : (earlier as { source: PrefillSource }).source,
    },
  ];
}

/** Whole weeks of treatment since the first course began (HOSP-PRECONDITION p.52: 6-8 weeks). */
function treatmentWeeks(state: PathwayState, field: string, today: string): Prefilled[] {
  const first = Object.values(state.interventions).sort((a, b) => a.seq - b.seq)[0];
  if (!first) return [];
  const weeks = Math.floor(daysBetween(dayOf(first.at), today) / 7);
  return [{ field, value: { type: 'number', value: weeks }, source: sourceOf('interventionStarted', first) }];
}

/** The triage's suspected condition in the clinician's words, or its target group. */
function condition(state: PathwayState, field: string): Prefilled[] {
  const triage = state.triage;
  if (!triage) return [];
  const source = sourceOf('triaged', triage);
  if (triage.input.suspectedCondition)
    return [{ field, value: { type: 'text', text: triage.input.suspectedCondition }, source }];
  const group = triage.result?.targetGroup;
  return group ? [{ field, value: { type: 'targetGroup', targetGroup: group }, source }] : [];
}

/** The weakest muscle group's MRC grade from the triage's neurological examination. */
function strength(state: PathwayState, field: string): Prefilled[] {
  const paresis = state.triage?.input.paresis;
  if (!state.triage || !paresis) return [];
  return [
    {
      field,
      value: { type: 'text', text: `${paresis.strengthGrade}/5` },
      source: sourceOf('triaged', state.triage),
    },
  ];
}

/** When the pain began: the newest assessment's episode length counted back from its day. */
function painOnset(state: PathwayState, field: string): Prefilled[] {
  for (const assessment of [...state.assessments].reverse()) {
    const weeks = assessment.icf.bodyFunctions?.durationWeeks;
    if (weeks === undefined) continue;
    const day = dayOf(assessment.at);
    const onset = new Date(`${day}T12:00:00Z`);
    onset.setUTCDate(onset.getUTCDate() - weeks * 7);
    return [
      {
        field,
        value: { type: 'date', day: onset.toISOString().slice(0, 10) },
        source: sourceOf('assessed', assessment),
      },
    ];
  }
  return [];
}

/** PSYCHOLOGIST-CRITERIA (p.41): the indications the assessment already recorded. */
function psychologistIndications(state: PathwayState, field: string): Prefilled[] {
  const found = fromAssessments(state, (icf) => {
    const values = [
      ...(icf.personalFactors?.depression ? ['depression'] : []),
      ...(icf.participation?.fearOfMovement === 'marked' ? ['fear-of-movement'] : []),
    ];
    return values.length ? values : undefined;
  });
  return found ? [{ field, value: { type: 'choices', values: found.value }, source: found.source }] : [];
}

/** LAE165-CONTENT (p.43): the sick leave the jobcentre registered, if this viewer sees it. */
function sickLeave(state: PathwayState): Prefilled[] {
  const leave = state.sickLeave;
  if (!leave) return [];
  const source = sourceOf('sickLeaveRegistered', leave);
  return [
    { field: 'sickLeave.since', value: { type: 'date', day: leave.start }, source },
    { field: 'sickLeave.extent', value: { type: 'choice', value: leave.extent }, source },
  ];
}

/**
 * What the pathway can fill in of a referral of `kind`, field by field, with each value's source.
 * Fields the pathway knows nothing about are left out: the clinician writes them.
 */
export function prefillReferral(state: PathwayState, kind: ReferralKind, today: string): Prefilled[] {
  const clinical = (field: string) => text(field, fromAssessments(state, painText));
  switch (kind) {
    case 'hospital':
      return [
        ...condition(state, 'reason.suspectedCondition'),
        ...clinical('history.painLocationAndRadiation'),
        ...text(
          'history.sickLeaveAndFunction',
          fromAssessments(
            state,
            (icf) => joined([icf.environmentalFactors?.work, icf.participation?.work]) || undefined,
          ),
        ),
        ...text('history.otherDiseases', fromAssessments(state, comorbidityText)),
        ...medication(state, 'history.currentMedication'),
        ...strength(state, 'objectiveFindings.strengthGrade'),
        ...text(
          'objectiveFindings.sensoryDisturbance',
          fromAssessments(state, (icf) => icf.bodyFunctions?.examination?.neurological),
        ),
        ...courses(state, 'treatmentTried'),
        ...treatmentWeeks(state, 'precondition.conservativeTreatmentWeeks', today),
      ];
    case 'prevention-119':
      return [
        ...condition(state, 'referralDiagnosis'),
        ...clinical('clinicalInformation'),
        ...courses(state, 'history'),
      ];
    case 'pain-centre':
      return [
        ...painOnset(state, 'painOnsetDate'),
        ...clinical('clinicalInformation'),
        ...medication(state, 'currentMedication'),
      ];
    case 'psychologist':
      return [...psychologistIndications(state, 'indications'), ...clinical('clinicalInformation')];
    case 'jobcentre-lae165':
      return [
        ...sickLeave(state),
        ...text(
          'workSituation',
          fromAssessments(state, (icf) => icf.environmentalFactors?.work),
        ),
      ];
    case 'imaging':
    case 'rehab-140':
    case 'jobcentre-contact':
      // Imaging asks for an indication only the referrer can judge; a §140 plan is the hospital's;
      // the jobcentre gets health information only as the clinician writes it (JOB-CONSENT p.43).
      return [];
    default:
      return [...condition(state, 'reason'), ...clinical('clinicalInformation')];
  }
}
