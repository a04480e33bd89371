import { z } from 'zod';
import { ActorSchema, CommandSchema, decide, fold, PathwayEventSchema } from '../../index.ts';
import {
  type CliCommand,
  parseCommandArgs,
  parseInput,
  printJson,
  readJsonInput,
  requireOption,
} from '../io.ts';
import { CliViewerSchema } from './viewer.ts';

/**
 * What `decide` reads. The command is left to `decide` itself, so a malformed command is answered
 * exactly as the API answers it (INPUT-INVALID naming the field), not by the CLI's parser.
 */
export const decideInputSchema = z.strictObject({
  /** The pathway so far (may be empty, for pathwayOpened). */
  events: z.array(PathwayEventSchema).default([]),
  /** One command (pnpm cli schema decide shows every kind). */
  command: z.unknown(),
  /** Who asks: the actor and organisation the API would take from the session. */
  viewer: CliViewerSchema,
  /**
   * The directory's entry of each organisation involved (its actor and municipality), as the API
   * reads it: with it, RECIPIENT-ACTOR and HOME-MUNICIPALITY are judged as the API judges them.
   */
  directory: z
    .record(
      z.string(),
      z.strictObject({ actor: ActorSchema.optional(), municipality: z.string().optional() }),
    )
    .optional(),
  /** The citizen register's facts (the GP the citizen is listed with): COORDINATOR-LISTING. */
  register: z.strictObject({ citizenId: z.string().min(1), listedWith: z.string().nullable() }).optional(),
});

/** The documented input (pnpm cli schema decide): the command as the domain's CommandSchema. */
export const decideInputDocSchema = decideInputSchema.extend({ command: CommandSchema });

/** Events are stamped with the moment: a timestamp with offset, as the API's clock gives. */
const MomentSchema = z.iso.datetime({ offset: true });

export const decideCommand: CliCommand = {
  name: 'decide',
  summary: 'Rules one command against a pathway as the API does: events to append, or violations',
  help: `Usage: pnpm cli decide --now ISO [FILE]

Input (FILE, or stdin when absent or "-"; pnpm cli schema decide):
  { "events"?: PathwayEvent[], "command": Command, "viewer": { "actor", "organisationId", "userId"? },
    "directory"?: { "<organisationId>": { "actor"?, "municipality"? } },
    "register"?: { "citizenId", "listedWith": "<GP organisationId>" | null } }
Options:
  --now ISO   the moment of the command: an ISO timestamp with offset (required)
Output: decide(fold(events), command, viewer, now): { ok: true, events, warnings } (the events it
would append, stamped with seq, at and by) or { ok: false, violations, warnings } with each
violation's rule, field and params. With "directory" RECIPIENT-ACTOR and HOME-MUNICIPALITY, with
"register" COORDINATOR-LISTING are judged as the API judges them (it reads both). A refusal is an
answer: the exit code is 0 whenever decide ran.`,
  async run(argv, context) {
    const { values, positionals } = parseCommandArgs(argv, { now: { type: 'string' } });
    const now = parseInput(MomentSchema, requireOption(values.now, '--now'), '--now');
    const input = parseInput(decideInputSchema, await readJsonInput(positionals[0], context));
    const { directory, register } = input;
    const decision = decide(fold(input.events), input.command, input.viewer, now, {
      ...(directory
        ? {
            municipalityOf: (id: string) => directory[id]?.municipality,
            actorOf: (id: string) => directory[id]?.actor,
          }
        : {}),
      ...(register ? { register } : {}),
    });
    return printJson(decision);
  },
};
