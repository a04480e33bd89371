import { describe, expect, test } from 'vitest';
import { emptyPathway } from '../pathway/pathway.fold.ts';
import { Scenario, VIEWERS } from '../testing/scenario.ts';
import { type Prefilled, prefillReferral } from './referral.prefill.ts';

const AT = '2026-09-01T09:00:00+02:00';

/** A GP pathway with a paresis found at triage, an ICF assessment, a drug and a course. */
function pathwayWithHistory(): Scenario {
  const s = Scenario.planned(
    {
      paresis: { strengthGrade: 4, onsetHoursAgo: 24 * 21 },
      specificFindings: { nerveRoot: true, stenosis: false, other: [] },
      suspectedCondition: 'Diskusprolaps L5/S1 med radikulopati højre',
    },
    AT,
  );
  s.run(
    VIEWERS.gp,
    {
      type: 'assessed',
      icf: {
        bodyFunctions: {
          durationWeeks: 10,
          painLocation: 'Lænd',
          radiation: { present: true, side: 'right', belowKnee: true, description: 'Til højre fod' },
          comorbidity: { physical: 'Hypertension' },
          earlierTreatments: [{ treatment: 'Kiropraktor 2025', effect: 'unchanged' }],
          examination: { neurological: 'Nedsat følesans S1 højre' },
        },
        environmentalFactors: { work: 'Postbud, sygemeldt' },
        personalFactors: { depression: true },
      },
    },
    '2026-09-02T10:00:00+02:00',
  );
  s.run(
    VIEWERS.gp,
    {
      type: 'medicationPrescribed',
      prescriptionId: 'rx-1',
      drug: 'Paracetamol 1 g x 3',
      painCourse: 'episodic',
      discontinuationPlan: 'Trappes ned efter 2 uger',
    },
    '2026-09-02T10:05:00+02:00',
  );
  s.run(
    VIEWERS.gp,
    { type: 'interventionStarted', interventionId: 'i-1', intervention: 'exercise' },
    '2026-09-03T10:00:00+02:00',
  );
  return s;
}

const byField = (prefill: Prefilled[]) => Object.fromEntries(prefill.map((p) => [p.field, p]));

describe('prefillReferral', () => {
  test('HOSP-CONTENT: the Rygcenter referral takes condition, pain, medication, strength, findings and weeks from the pathway', () => {
    const s = pathwayWithHistory();
    const prefill = byField(prefillReferral(s.state, 'hospital', '2026-10-20'));
    expect(prefill['reason.suspectedCondition']?.value).toEqual({
      type: 'text',
      text: 'Diskusprolaps L5/S1 med radikulopati højre',
    });
    expect(prefill['reason.suspectedCondition']?.source.event).toBe('triaged');
    expect(prefill['history.painLocationAndRadiation']?.value).toEqual({
      type: 'text',
      text: 'Lænd; Til højre fod',
    });
    expect(prefill['history.otherDiseases']?.value).toEqual({ type: 'text', text: 'Hypertension' });
    expect(prefill['history.currentMedication']?.value).toEqual({
      type: 'text',
      text: 'Paracetamol 1 g x 3',
    });
    expect(prefill['history.currentMedication']?.source).toMatchObject({
      event: 'medicationPrescribed',
      organisationId: VIEWERS.gp.organisationId,
    });
    expect(prefill['objectiveFindings.strengthGrade']?.value).toEqual({ type: 'text', text: '4/5' });
    expect(prefill['objectiveFindings.sensoryDisturbance']?.value).toEqual({
      type: 'text',
      text: 'Nedsat følesans S1 højre',
    });
    expect(prefill.treatmentTried?.value).toEqual({
      type: 'courses',
      courses: [{ intervention: 'exercise', since: '2026-09-03', ended: false }],
      earlier: ['Kiropraktor 2025'],
    });
    // HOSP-PRECONDITION (p.52): 47 days since the course began are 6 whole weeks.
    expect(prefill['precondition.conservativeTreatmentWeeks']?.value).toEqual({ type: 'number', value: 6 });
    expect(prefill['history.sickLeaveAndFunction']?.value).toEqual({
      type: 'text',
      text: 'Postbud, sygemeldt',
    });
  });

  test('HOSP-CONTENT: the newest assessment that says something wins; an empty one does not erase it', () => {
    const s = pathwayWithHistory();
    s.run(VIEWERS.gp, { type: 'assessed', icf: { bodyFunctions: { painLocation: 'Lænd og balde' } } }, AT);
    s.run(VIEWERS.gp, { type: 'assessed', icf: { bodyFunctions: { painIntensity: 5 } } }, AT);
    const prefill = byField(prefillReferral(s.state, 'hospital', '2026-10-20'));
    expect(prefill['history.painLocationAndRadiation']?.value).toEqual({
      type: 'text',
      text: 'Lænd og balde',
    });
    expect(prefill['history.otherDiseases']?.value).toEqual({ type: 'text', text: 'Hypertension' });
  });

  test('PAIN-CRITERIA: the pain centre gets the onset counted back from the assessment, and the medication', () => {
    const prefill = byField(prefillReferral(pathwayWithHistory().state, 'pain-centre', '2026-10-20'));
    // Assessed 2026-09-02 with 10 weeks of pain: onset 2026-06-24.
    expect(prefill.painOnsetDate?.value).toEqual({ type: 'date', day: '2026-06-24' });
    expect(prefill.currentMedication?.value).toEqual({ type: 'text', text: 'Paracetamol 1 g x 3' });
  });

  test('PSYCHOLOGIST-CRITERIA: depression recorded in the assessment becomes the indication', () => {
    const prefill = byField(prefillReferral(pathwayWithHistory().state, 'psychologist', '2026-10-20'));
    expect(prefill.indications?.value).toEqual({ type: 'choices', values: ['depression'] });
  });

  test('P119-CONTENT: without a written suspicion the §119 referral names the target group as data', () => {
    const s = Scenario.planned({}, AT);
    const prefill = byField(prefillReferral(s.state, 'prevention-119', '2026-10-20'));
    expect(prefill.referralDiagnosis?.value).toEqual({
      type: 'targetGroup',
      targetGroup: s.state.triage?.result?.targetGroup,
    });
  });

  test('JOB-CONSENT: nothing about health is prefilled for the jobcentre; an empty pathway prefills nothing', () => {
    expect(prefillReferral(pathwayWithHistory().state, 'jobcentre-contact', '2026-10-20')).toEqual([]);
    for (const kind of ['hospital', 'physio', 'pain-centre', 'jobcentre-lae165'] as const)
      expect(prefillReferral(emptyPathway(), kind, '2026-10-20')).toEqual([]);
  });
});
