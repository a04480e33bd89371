import { z } from 'zod';
import {
  OdiAnswersSchema,
  PsqiAnswersSchema,
  QUESTIONNAIRE_INSTRUMENTS,
  type QuestionnaireInstrument,
  QuestionnaireInstrumentSchema,
  RmdqAnswersSchema,
  StartBackAnswersSchema,
  scoreQuestionnaire,
  type Violation,
} from '../../index.ts';
import {
  type CliCommand,
  CliFailure,
  invalid,
  parseCommandArgs,
  printJson,
  readJsonInput,
  requireOption,
} from '../io.ts';
import { SCHEMA_DOCS } from '../json-schema.ts';

export const ANSWERS_SCHEMAS: Record<QuestionnaireInstrument, z.ZodType> = {
  startback: StartBackAnswersSchema,
  rmdq: RmdqAnswersSchema,
  odi: OdiAnswersSchema,
  psqi: PsqiAnswersSchema,
};

/** The answers of any instrument, each titled with its instrument, for `schema score`. */
export const scoreInputSchema = z.union(
  QUESTIONNAIRE_INSTRUMENTS.map((instrument) =>
    ANSWERS_SCHEMAS[instrument].register(SCHEMA_DOCS, { title: instrument }),
  ),
);

export function parseInstrument(value: string | undefined): QuestionnaireInstrument {
  const given = requireOption(value, '--instrument', { allowed: [...QUESTIONNAIRE_INSTRUMENTS] });
  const parsed = QuestionnaireInstrumentSchema.safeParse(given);
  if (!parsed.success) {
    throw new CliFailure([
      invalid('--instrument', { reason: 'not-an-option', given, allowed: [...QUESTIONNAIRE_INSTRUMENTS] }),
    ]);
  }
  return parsed.data;
}

/** The domain names answers `answers.<item>`; the CLI's input IS the answers, so fields are `<item>`. */
const relativeToAnswers = (violation: Violation): Violation => {
  const field = violation.field === 'version' ? '--version' : violation.field?.replace(/^answers\.?/, '');
  const { field: _field, ...rest } = violation;
  return field ? { ...rest, field } : rest;
};

export const scoreCommand: CliCommand = {
  name: 'score',
  summary: 'Scores a questionnaire: STarT Back, RMDQ, ODI or PSQI (spec §3.4)',
  help: `Usage: pnpm cli score --instrument startback|rmdq|odi|psqi [--version 24|da-23] [FILE]

Input (FILE, or stdin when absent or "-"): the instrument's answers (pnpm cli schema score
--instrument odi): STarT Back and ODI and PSQI an object keyed by item, RMDQ an array of the
statement numbers ticked.
  --version 24|da-23   RMDQ only: the original 24 statements (default) or the Danish validated
                       23 (Q-RMDQ); the score names the version and its maximum.
Output: { instrument, score }. A bad answer is a violation of the instrument's own rule
(Q-STARTBACK, Q-RMDQ, Q-ODI, Q-PSQI) naming the item, with params.reason.`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, {
      instrument: { type: 'string' },
      version: { type: 'string' },
    });
    const instrument = parseInstrument(values.instrument);
    const answers = await readJsonInput(positionals[0], context);
    const result = scoreQuestionnaire({
      instrument,
      answers,
      ...(values.version === undefined ? {} : { version: values.version }),
    });
    if (!result.ok) throw new CliFailure(result.violations.map(relativeToAnswers));
    return printJson(result.value);
  },
};
