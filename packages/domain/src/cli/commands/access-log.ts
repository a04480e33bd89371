import { z } from 'zod';
import {
  accessLogScope,
  CITIZEN_ORGANISATION_PREFIX,
  citizenViewer,
  fold,
  PathwayEventSchema,
  type Viewer,
} from '../../index.ts';
import {
  type CliCommand,
  CliFailure,
  EXIT,
  parseCommandArgs,
  parseInput,
  printJson,
  readJsonInput,
  requireOption,
} from '../io.ts';
import { parseViewerOption } from './viewer.ts';

/** A citizen and their pathways, as the API reads them from the register and the event store. */
export const accessLogInputSchema = z.strictObject({
  citizenId: z.string().min(1),
  pathways: z.array(z.strictObject({ id: z.string().min(1), events: z.array(PathwayEventSchema) })),
});

/** `citizen:<citizenId>` as the signed-in citizen (the citizen app's viewer). */
const asViewer = (viewer: Viewer): Viewer =>
  viewer.actor === 'citizen' && viewer.organisationId.startsWith(CITIZEN_ORGANISATION_PREFIX)
    ? citizenViewer(viewer.userId, viewer.organisationId.slice(CITIZEN_ORGANISATION_PREFIX.length))
    : viewer;

export const accessLogCommand: CliCommand = {
  name: 'access-log',
  summary: "Who may read a citizen's access log, and which of its rows (AUDIT-ACCESS)",
  help: `Usage: pnpm cli access-log --viewer VIEWER [FILE]

Input (FILE, or stdin when absent or "-"; pnpm cli schema access-log):
  { "citizenId", "pathways": [{ "id", "events": PathwayEvent[] }] }
Options:
  --viewer VIEWER   actor:organisationId, or citizen:citizen:<citizenId> for the citizen (required)
Output: { ok: true, scope: "citizen" } (the whole log, the citizen's own) or { ok: true, scope:
"coordinated", pathwayIds } (the coordinating GP: the rows of the pathways it coordinates now).
Anyone else gets AUDIT-ACCESS on stderr and exit code 1: the API answers FORBIDDEN there.`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, { viewer: { type: 'string' } });
    const viewer = asViewer(parseViewerOption(requireOption(values.viewer, '--viewer')));
    const input = parseInput(accessLogInputSchema, await readJsonInput(positionals[0], context));
    const scope = accessLogScope(
      viewer,
      input.citizenId,
      input.pathways.map(({ id, events }) => ({ id, state: fold(events) })),
    );
    if (!scope.ok) throw new CliFailure([scope.violation], EXIT.refused);
    return printJson(scope);
  },
};
