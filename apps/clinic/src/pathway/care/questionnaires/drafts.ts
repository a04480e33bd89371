import type {
  OdiAnswers,
  PsqiAnswers,
  QuestionnaireInput,
  QuestionnaireInstrument,
  QuestionnaireScore,
  RmdqAnswers,
  StartBackAnswers,
} from '@rygforlob/domain';
import { useI18n } from '@rygforlob/ui';

/** Answers as the form holds them while the citizen answers: STarT Back may be incomplete. */
export interface Drafts {
  startback: Partial<StartBackAnswers>;
  rmdq: RmdqAnswers;
  odi: OdiAnswers;
  psqi: PsqiAnswers;
}

export const EMPTY_DRAFTS: Drafts = { startback: {}, rmdq: [], odi: {}, psqi: {} };

/** The questionnaire as the domain scores it and the API takes it. */
export function toInput(instrument: QuestionnaireInstrument, drafts: Drafts): QuestionnaireInput {
  switch (instrument) {
    case 'startback':
      // Incomplete answers are scored (and refused) by the domain item by item.
      return { instrument, answers: drafts.startback as StartBackAnswers };
    case 'rmdq':
      // Q-RMDQ: this form shows the original 24 statements; the version is recorded with the answers.
      return { instrument, version: '24', answers: drafts.rmdq };
    case 'odi':
      return { instrument, answers: drafts.odi };
    case 'psqi':
      return { instrument, answers: drafts.psqi };
  }
}

/** A score in one line, as the clinician reads it. */
export function useScoreText() {
  const { t } = useI18n();
  return (scored: QuestionnaireScore): string => {
    switch (scored.instrument) {
      case 'startback': {
        const { risk, total, psychosocial } = scored.score;
        return t('clinic.care.sb.result', { risk: t(`clinic.care.sb.risk.${risk}`), total, psychosocial });
      }
      case 'rmdq':
        return t('clinic.care.rmdq.result', { score: scored.score.score });
      case 'odi': {
        const { index, band, sectionsAnswered } = scored.score;
        return t('clinic.care.odi.result', {
          index,
          band: t(`clinic.care.odi.band.${band}`),
          answered: sectionsAnswered,
        });
      }
      case 'psqi': {
        const { global, poorSleeper, components } = scored.score;
        if (global === null) {
          const missing = Object.values(components).filter((c) => c === null).length;
          return t('clinic.care.psqi.partial', { n: missing });
        }
        return t('clinic.care.psqi.result', {
          global,
          verdict: t(poorSleeper ? 'clinic.care.psqi.poor' : 'clinic.care.psqi.good'),
        });
      }
    }
  };
}
