import { fold, slice } from '../../index.ts';
import {
  type CliCommand,
  CliFailure,
  EventsInputSchema,
  EXIT,
  parseCommandArgs,
  parseEvents,
  printJson,
  readJsonInput,
  requireOption,
} from '../io.ts';
import { parseViewerOption } from './viewer.ts';

export const sliceInputSchema = EventsInputSchema;

export const sliceCommand: CliCommand = {
  name: 'slice',
  summary: 'What one viewer (actor and organisation) may see of a pathway',
  help: `Usage: pnpm cli slice --viewer VIEWER [FILE]

Input (FILE, or stdin when absent or "-"): the pathway's events, as { "events": [...] } or a bare
array (pnpm cli schema slice).
Options:
  --viewer VIEWER   actor:organisationId (e.g. physio:org-physio-vejle) or JSON
                    {"actor":"physio","organisationId":"org-physio-vejle","userId":"u1"} (required)
Output: the SectorView: relation (coordinator|participant), consented, entries (full events, or
withheld stubs naming CONSENT / JOB-CONSENT) and state (the fold of what the viewer sees).
A viewer whose organisation has no relation to the pathway gets PATHWAY-STATE (reason
no-relation) on stderr and exit code 1: the API answers NOT_FOUND there.`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, { viewer: { type: 'string' } });
    const viewer = parseViewerOption(requireOption(values.viewer, '--viewer'));
    const events = parseEvents(await readJsonInput(positionals[0], context));
    const view = slice(fold(events), viewer);
    if (!view) {
      throw new CliFailure(
        [
          {
            rule: 'PATHWAY-STATE',
            field: '--viewer',
            params: { reason: 'no-relation', organisationId: viewer.organisationId },
          },
        ],
        EXIT.refused,
      );
    }
    return printJson(view);
  },
};
