import { advise, fold } from '../../index.ts';
import {
  type CliCommand,
  EventsInputSchema,
  NowSchema,
  parseCommandArgs,
  parseEvents,
  parseInput,
  printJson,
  readJsonInput,
  requireOption,
} from '../io.ts';

export const adviseInputSchema = EventsInputSchema;

export const adviseCommand: CliCommand = {
  name: 'advise',
  summary: "Warnings, suggestions and clocks for a pathway's events as of --now",
  help: `Usage: pnpm cli advise --now ISO [FILE]

Input (FILE, or stdin when absent or "-"): the pathway's events, as { "events": [...] } or a bare
array (pnpm cli schema advise).
Options:
  --now ISO   the moment to advise for: an ISO timestamp with offset, or a date (required)
Output: advise(fold(events), now): an array of { kind: warning|suggestion|clock, rule, params?,
subject?, owner?, clock? }. A closed pathway gets no advice.`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, { now: { type: 'string' } });
    const now = parseInput(NowSchema, requireOption(values.now, '--now'), '--now');
    const events = parseEvents(await readJsonInput(positionals[0], context));
    return printJson(advise(fold(events), now));
  },
};
