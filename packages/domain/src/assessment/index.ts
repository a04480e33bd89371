/** Assessment (spec §3.3–3.4): ICF record, risk factors, and questionnaire scoring. */
export * from './icf.schema.ts';
export * from './questionnaire.schema.ts';
export type { AnswerRejection } from './questionnaires/answers.ts';
export {
  ODI_SECTIONS,
  type OdiAnswers,
  OdiAnswersSchema,
  type OdiBand,
  OdiBandSchema,
  type OdiScore,
  OdiScoreSchema,
  type OdiSection,
  odiBand,
  scoreOdi,
} from './questionnaires/odi.ts';
export {
  hoursInBed,
  latencyMinutesScore,
  type PsqiAnswers,
  PsqiAnswersSchema,
  type PsqiComponents,
  type PsqiScore,
  PsqiScoreSchema,
  scorePsqi,
  sleepDurationScore,
  sleepEfficiencyScore,
} from './questionnaires/psqi.ts';
export {
  RMDQ_ITEM_COUNT,
  RMDQ_ITEMS,
  type RmdqAnswers,
  RmdqAnswersSchema,
  type RmdqScore,
  RmdqScoreSchema,
  type RmdqVersion,
  RmdqVersionSchema,
  scoreRmdq,
} from './questionnaires/rmdq.ts';
export {
  type Bothersomeness,
  BothersomenessSchema,
  type StartBackAnswers,
  StartBackAnswersSchema,
  type StartBackRisk,
  StartBackRiskSchema,
  type StartBackScore,
  StartBackScoreSchema,
  scoreStartBack,
  startBackRisk,
} from './questionnaires/startback.ts';
