import { explainScope, ScopeQuestionSchema } from '../../index.ts';
import {
  type CliCommand,
  CliFailure,
  NowSchema,
  parseCommandArgs,
  parseInput,
  printJson,
  readJsonInput,
  requireOption,
} from '../io.ts';

export const scopeInputSchema = ScopeQuestionSchema;

export const scopeCommand: CliCommand = {
  name: 'scope',
  summary: 'Is a citizen with a complaint within the program? Every SCOPE-* reason, explained (§1)',
  help: `Usage: pnpm cli scope --now ISO [FILE]

Input (FILE, or stdin when absent or "-"; pnpm cli schema scope):
  { "citizen": { "cpr": "DDMMYY-SSSS" | "birthDate": "YYYY-MM-DD", "municipality": "Vejle" },
    "complaint": { "painRegions": ["lumbar"|"thoracic"|"neck", ...], "legRadiation"?: bool,
                   "affectsDailyLife": bool } }
Options:
  --now ISO   the day the age is reckoned on: an ISO timestamp with offset, or a date (required)
Output: { inScope, age, reasons: [{ rule, field, params, explanation: { da, en } }] } with every
SCOPE-* reason (SCOPE-ADULT, SCOPE-REGION, SCOPE-LUMBAR, SCOPE-NOT-NECK) and what the citizen is
told. A CPR number that is malformed or names no real date is CPR-FORMAT / CPR-DATE (exit 2).`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, { now: { type: 'string' } });
    const now = parseInput(NowSchema, requireOption(values.now, '--now'), '--now');
    const question = parseInput(ScopeQuestionSchema, await readJsonInput(positionals[0], context));
    const answer = explainScope(question, now);
    if (!answer.ok) throw new CliFailure(answer.violations);
    return printJson(answer.value);
  },
};
