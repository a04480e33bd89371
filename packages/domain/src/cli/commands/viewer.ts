import { z } from 'zod';
import { ActorSchema, type Viewer } from '../../index.ts';
import { CliFailure, invalid, parseInput } from '../io.ts';

/** A viewer as the CLI takes it: `userId` may be left out (it does not change any rule). */
export const CliViewerSchema = z.strictObject({
  actor: ActorSchema,
  organisationId: z.string().min(1),
  userId: z.string().min(1).default('cli'),
});

/** `--viewer` as JSON (`{"actor":"physio","organisationId":"org-physio-vejle"}`) or `actor:organisationId`. */
export function parseViewerOption(value: string): Viewer {
  if (value.trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(value);
    } catch (error) {
      throw new CliFailure([
        invalid('--viewer', { reason: 'invalid-json', detail: (error as Error).message }),
      ]);
    }
    return parseInput(CliViewerSchema, json, '--viewer');
  }
  const colon = value.indexOf(':');
  if (colon < 0) {
    throw new CliFailure([
      invalid('--viewer', { reason: 'invalid-format', expected: 'actor:organisationId or JSON' }),
    ]);
  }
  return parseInput(
    CliViewerSchema,
    { actor: value.slice(0, colon), organisationId: value.slice(colon + 1) },
    '--viewer',
  );
}
