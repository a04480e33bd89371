import type { Command, EventType } from '@rygforlob/domain';
import type { z } from 'zod';
import { OnPathwaySchema, runCommand } from '../pathway-access.ts';
import { authedProcedure } from '../trpc.ts';

/**
 * A mutation that proposes one fact to a pathway: its input is the domain's payload schema for
 * that event (so the API and the domain cannot disagree on a field) plus the pathway id.
 */
export function commandProcedure<S extends z.ZodRawShape>(
  type: EventType,
  payload: z.ZodObject<S>,
  action: string,
) {
  // No output validator (issue 11: it parsed the whole pathway view again on every append, 2.3 %
  // of the server's CPU per note.send on PGlite): the view is pathway.get's, built field by field
  // by present(), and read-output.test.ts holds every viewer's answer to CommandResultSchema.
  return authedProcedure.input(OnPathwaySchema.extend(payload.shape)).mutation(({ ctx, input }) => {
    const { pathwayId, expectedVersion, ...fields } = input as z.infer<typeof OnPathwaySchema> &
      Record<string, unknown>;
    const command = { type, ...fields } as Command;
    return runCommand(
      ctx,
      { pathwayId, ...(expectedVersion === undefined ? {} : { expectedVersion }) },
      command,
      action,
    );
  });
}
