import type { Observation, ObservationComponent, QuestionnaireResponse } from '@medplum/fhirtypes';
import type { QuestionnaireScore } from '@rygforlob/domain';
import { CODE_SYSTEM, RYGFORLOB_BASE } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';
import type { PathwaySlice } from './episode-of-care.ts';
import { factId } from './ids.ts';

const INSTRUMENT_NAME: Record<QuestionnaireScore['instrument'], string> = {
  startback: 'STarT Back Screening Tool',
  rmdq: 'Roland-Morris Disability Questionnaire',
  odi: 'Oswestry Disability Index',
  psqi: 'Pittsburgh Sleep Quality Index',
};

const code = (value: string, display?: string) => ({
  coding: [{ system: CODE_SYSTEM.score, code: value, ...(display ? { display } : {}) }],
});

/**
 * LOINC where it has the score (loinc.org: STarT Back panel 91349-1, ODI panel 97908-8); RMDQ
 * and PSQI totals have no LOINC code we could find, so only our code system codes them.
 */
const LOINC = {
  startbackTotal: { code: '91351-7', display: 'Total score [STarT Back]' },
  startbackDistress: { code: '91350-9', display: 'Distress subscore [STarT Back]' },
  startbackRisk: { code: '91352-5', display: 'STarT Back Screening risk level' },
  odiScore: { code: '97909-6', display: 'Oswestry disability index score ODI' },
} as const;
/** LOINC answer list LL3578-3 (the STarT Back risk level). */
const STARTBACK_RISK_ANSWER = { low: 'LA9194-7', medium: 'LA8982-6', high: 'LA9193-9' } as const;
const LOINC_QUESTIONNAIRE: Partial<Record<QuestionnaireScore['instrument'], string>> = {
  startback: 'http://loinc.org/q/91349-1',
  odi: 'http://loinc.org/q/97908-8',
};
const TOTAL_LOINC: Partial<Record<QuestionnaireScore['instrument'], { code: string; display: string }>> = {
  startback: LOINC.startbackTotal,
  odi: LOINC.odiScore,
};
const loinc = (term: { code: string; display: string }) => ({ system: CODE_SYSTEM.loinc, ...term });

/** The score's main value and its parts, as Observation value and components (spec §3.4). */
function scoreParts(
  score: QuestionnaireScore,
): Pick<Observation, 'valueQuantity' | 'component' | 'interpretation'> {
  switch (score.instrument) {
    case 'startback':
      return {
        valueQuantity: { value: score.score.total, unit: 'score' },
        interpretation: [code(`startback-risk-${score.score.risk}`)],
        component: [
          {
            code: { coding: [loinc(LOINC.startbackDistress), ...code('startback-psychosocial').coding] },
            valueQuantity: { value: score.score.psychosocial, unit: 'score' },
          },
          {
            code: { coding: [loinc(LOINC.startbackRisk)] },
            valueCodeableConcept: {
              coding: [{ system: CODE_SYSTEM.loinc, code: STARTBACK_RISK_ANSWER[score.score.risk] }],
              text: score.score.risk,
            },
          },
        ],
      };
    case 'rmdq':
      return {
        valueQuantity: { value: score.score.score, unit: 'score' },
        component: [
          { code: code('rmdq-version'), valueString: score.score.version },
          { code: code('rmdq-max'), valueQuantity: { value: score.score.max, unit: 'score' } },
        ],
      };
    case 'odi':
      return {
        valueQuantity: {
          value: score.score.index,
          unit: '%',
          system: 'http://unitsofmeasure.org',
          code: '%',
        },
        interpretation: [code(`odi-band-${score.score.band}`)],
        component: [{ code: code('odi-sections-answered'), valueInteger: score.score.sectionsAnswered }],
      };
    case 'psqi': {
      const components: ObservationComponent[] = Object.entries(score.score.components).map(
        ([name, value]) => ({
          code: code(`psqi-${name}`),
          ...(typeof value === 'number'
            ? { valueInteger: value }
            : { dataAbsentReason: { text: 'ikke besvaret' } }),
        }),
      );
      return {
        ...(score.score.global === null
          ? {}
          : { valueQuantity: { value: score.score.global, unit: 'score' } }),
        component: components,
      };
    }
  }
}

/**
 * Each completed questionnaire as a QuestionnaireResponse, and its score as an Observation
 * derived from it: coded in LOINC where LOINC has the score, and always in our code system.
 */
export function toFhirQuestionnaires(
  slice: PathwaySlice,
  directory: Directory,
): { responses: QuestionnaireResponse[]; observations: Observation[] } {
  const responses: QuestionnaireResponse[] = [];
  const observations: Observation[] = [];
  for (const completed of slice.state.questionnaires) {
    const id = factId(slice.pathwayId, completed.seq);
    const author = organisationReference(directory, completed.by.organisationId);
    responses.push({
      resourceType: 'QuestionnaireResponse',
      id,
      questionnaire:
        LOINC_QUESTIONNAIRE[completed.instrument] ??
        `${RYGFORLOB_BASE}/Questionnaire/${completed.instrument}`,
      status: 'completed',
      subject: { reference: `Patient/${slice.citizenId}` },
      authored: completed.at,
      author,
    });
    if (!completed.score) continue;
    const parts = scoreParts(completed.score);
    observations.push({
      resourceType: 'Observation',
      id,
      status: 'final',
      category: [{ coding: [{ system: CODE_SYSTEM.observationCategory, code: 'survey' }] }],
      code: {
        coding: [
          ...(TOTAL_LOINC[completed.instrument]
            ? [loinc(TOTAL_LOINC[completed.instrument] as { code: string; display: string })]
            : []),
          ...code(completed.instrument, INSTRUMENT_NAME[completed.instrument]).coding,
        ],
        text: INSTRUMENT_NAME[completed.instrument],
      },
      subject: { reference: `Patient/${slice.citizenId}` },
      effectiveDateTime: completed.at,
      performer: [author],
      derivedFrom: [{ reference: `QuestionnaireResponse/${id}` }],
      ...parts,
    });
  }
  return { responses, observations };
}
