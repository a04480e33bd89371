import { mkdir, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type CliCommand, CliFailure, invalid, parseCommandArgs, printJson, toJson } from '../io.ts';
import { jsonSchemaOf } from '../json-schema.ts';
import { accessLogInputSchema } from './access-log.ts';
import { adviseInputSchema } from './advise.ts';
import { decideInputDocSchema } from './decide.ts';
import { referralCheckInputSchema } from './referral-check.ts';
import { scopeInputSchema } from './scope.ts';
import { ANSWERS_SCHEMAS, parseInstrument, scoreInputSchema } from './score.ts';
import { sliceInputSchema } from './slice.ts';
import { triageInputSchema } from './triage.ts';

/** The input of every command that reads one. `rules` and `schema` read none. */
export const INPUT_SCHEMAS = {
  scope: scopeInputSchema,
  triage: triageInputSchema,
  'referral-check': referralCheckInputSchema,
  score: scoreInputSchema,
  advise: adviseInputSchema,
  decide: decideInputDocSchema,
  slice: sliceInputSchema,
  'access-log': accessLogInputSchema,
} as const satisfies Record<string, z.ZodType>;
export type CommandWithInput = keyof typeof INPUT_SCHEMAS;
export const COMMANDS_WITH_INPUT = Object.keys(INPUT_SCHEMAS) as CommandWithInput[];

/** Where `schemas --write` puts the files: packages/domain/schemas. */
export const SCHEMAS_DIR = fileURLToPath(new URL('../../../schemas/', import.meta.url));

export function commandJsonSchema(command: CommandWithInput): Record<string, unknown> {
  return jsonSchemaOf(INPUT_SCHEMAS[command], `Input of pnpm cli ${command}`);
}

function parseCommandName(name: string | undefined): CommandWithInput {
  if (!name || !(COMMANDS_WITH_INPUT as string[]).includes(name)) {
    throw new CliFailure([
      invalid('command', {
        reason: name ? 'no-input-schema' : 'missing',
        ...(name ? { given: name } : {}),
        allowed: COMMANDS_WITH_INPUT,
      }),
    ]);
  }
  return name as CommandWithInput;
}

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: "The JSON Schema of a command's input",
  help: `Usage: pnpm cli schema <command> [--instrument startback|rmdq|odi|psqi]

Prints the JSON Schema (draft 2020-12, zod's input side) of what <command> reads:
${COMMANDS_WITH_INPUT.join(', ')}.
For score, --instrument narrows it to one instrument's answers; without it, one branch per
instrument. For referral-check, one branch per referral kind with the content that kind requires.`,
  run(argv) {
    const { values, positionals } = parseCommandArgs(argv, { instrument: { type: 'string' } });
    const command = parseCommandName(positionals[0]);
    if (values.instrument !== undefined) {
      if (command !== 'score') {
        throw new CliFailure([invalid('--instrument', { reason: 'only-for-score', command })]);
      }
      const instrument = parseInstrument(values.instrument);
      return printJson(
        jsonSchemaOf(ANSWERS_SCHEMAS[instrument], `Input of pnpm cli score --instrument ${instrument}`),
      );
    }
    return printJson(commandJsonSchema(command));
  },
};

export const schemasCommand: CliCommand = {
  name: 'schemas',
  summary: 'All input JSON Schemas; --write saves them to packages/domain/schemas',
  help: `Usage: pnpm cli schemas [--write] [--out DIR]

Without --write: prints { <command>: <JSON Schema> } for ${COMMANDS_WITH_INPUT.join(', ')}.
--write      writes <command>.schema.json for each into packages/domain/schemas (or --out DIR,
             relative to the directory pnpm was started in) and prints the paths written.`,
  async run(argv, context) {
    const { values } = parseCommandArgs(argv, { write: { type: 'boolean' }, out: { type: 'string' } }, 0);
    if (!values.write) {
      if (values.out !== undefined) throw new CliFailure([invalid('--out', { reason: 'requires-write' })]);
      return printJson(Object.fromEntries(COMMANDS_WITH_INPUT.map((c) => [c, commandJsonSchema(c)])));
    }
    const dir =
      values.out === undefined
        ? SCHEMAS_DIR
        : isAbsolute(values.out)
          ? values.out
          : resolve(context.cwd, values.out);
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    for (const command of COMMANDS_WITH_INPUT) {
      const path = join(dir, `${command}.schema.json`);
      await writeFile(path, toJson(commandJsonSchema(command)));
      written.push(relative(context.cwd, path));
    }
    return printJson({ written });
  },
};
