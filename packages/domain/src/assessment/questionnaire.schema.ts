import { z } from 'zod';
import { fail, ok, type Result, violationsFromZod } from '../violation.ts';
import { OdiAnswersSchema, OdiScoreSchema, scoreOdi } from './questionnaires/odi.ts';
import { PsqiAnswersSchema, PsqiScoreSchema, scorePsqi } from './questionnaires/psqi.ts';
import { RmdqAnswersSchema, RmdqScoreSchema, RmdqVersionSchema, scoreRmdq } from './questionnaires/rmdq.ts';
import { StartBackAnswersSchema, StartBackScoreSchema, scoreStartBack } from './questionnaires/startback.ts';

/** The questionnaires the program names (spec §3.4): STarT Back p.27, RMDQ and ODI p.20, PSQI p.47. */
export const QuestionnaireInstrumentSchema = z.enum(['startback', 'rmdq', 'odi', 'psqi']);
export type QuestionnaireInstrument = z.infer<typeof QuestionnaireInstrumentSchema>;
export const QUESTIONNAIRE_INSTRUMENTS = QuestionnaireInstrumentSchema.options;

/** A completed questionnaire as submitted: the instrument and its raw answers. */
export const QuestionnaireInputSchema = z.discriminatedUnion('instrument', [
  z.strictObject({ instrument: z.literal('startback'), answers: StartBackAnswersSchema }),
  // Q-RMDQ: the version is recorded with the answers; forms recorded before versions were the original 24.
  z.strictObject({
    instrument: z.literal('rmdq'),
    version: RmdqVersionSchema.default('24'),
    answers: RmdqAnswersSchema,
  }),
  z.strictObject({ instrument: z.literal('odi'), answers: OdiAnswersSchema }),
  z.strictObject({ instrument: z.literal('psqi'), answers: PsqiAnswersSchema }),
]);
export type QuestionnaireInput = z.infer<typeof QuestionnaireInputSchema>;

/** A scored questionnaire: the instrument and its score, e.g. for a pathway's state. */
export const QuestionnaireScoreSchema = z.discriminatedUnion('instrument', [
  z.strictObject({ instrument: z.literal('startback'), score: StartBackScoreSchema }),
  z.strictObject({ instrument: z.literal('rmdq'), score: RmdqScoreSchema }),
  z.strictObject({ instrument: z.literal('odi'), score: OdiScoreSchema }),
  z.strictObject({ instrument: z.literal('psqi'), score: PsqiScoreSchema }),
]);
export type QuestionnaireScore = z.infer<typeof QuestionnaireScoreSchema>;

/** The bare score of any of the four instruments. */
export type InstrumentScore = QuestionnaireScore['score'];

// The envelope is checked loosely first so that a bad answer is reported under the instrument's
// own rule code (Q-ODI, field answers.lifting) rather than as a union mismatch.
const EnvelopeSchema = z.strictObject({
  instrument: QuestionnaireInstrumentSchema,
  /** RMDQ only: `24` or `da-23` (Q-RMDQ). */
  version: z.unknown().optional(),
  answers: z.unknown().optional(),
});

const withInstrument = <I extends QuestionnaireInstrument, S>(
  instrument: I,
  result: Result<S>,
): Result<{ instrument: I; score: S }> => (result.ok ? ok({ instrument, score: result.value }) : result);

/**
 * Scores a submitted questionnaire (spec §3.4). A malformed envelope (unknown instrument, extra
 * keys) is INPUT-INVALID; bad answers are violations of the instrument's rule naming the item.
 */
export function scoreQuestionnaire(input: unknown): Result<QuestionnaireScore> {
  const envelope = EnvelopeSchema.safeParse(input);
  if (!envelope.success) return fail(...violationsFromZod(envelope.error.issues));
  const { instrument, answers, version } = envelope.data;
  if (version !== undefined && instrument !== 'rmdq') {
    return fail({ rule: 'INPUT-INVALID', field: 'version', params: { reason: 'only-for-rmdq' } });
  }
  switch (instrument) {
    case 'startback':
      return withInstrument(instrument, scoreStartBack(answers));
    case 'rmdq':
      return withInstrument(instrument, scoreRmdq(answers, version ?? '24'));
    case 'odi':
      return withInstrument(instrument, scoreOdi(answers));
    case 'psqi':
      return withInstrument(instrument, scorePsqi(answers));
  }
}
