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
            code: code('startback-psychosocial'),
            valueQuantity: { value: score.score.psychosocial, unit: 'score' },
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
 * derived from it. The scores are coded in a code system of ours: we found no LOINC code we could
 * verify for these four instruments' totals (docs/interop.md).
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
      questionnaire: `${RYGFORLOB_BASE}/Questionnaire/${completed.instrument}`,
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
        ...code(completed.instrument, INSTRUMENT_NAME[completed.instrument]),
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
