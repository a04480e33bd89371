import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type PathwayEvent, PathwayEventSchema, type Violation, violationsFromZod } from '../index.ts';

/**
 * What every command shares: reading JSON from a file or stdin, parsing options and input with
 * zod, and printing JSON. Errors are the domain's violations (codes and fields, never prose),
 * printed to stderr as `{ error: { violations } }`.
 */

/** stdin as a string (tests), a lazy reader (the real entry; undefined when it is a terminal), or absent. */
export type Stdin = string | (() => Promise<string | undefined>) | undefined;

export interface CliContext {
  /** The directory a relative file argument is resolved against. */
  cwd: string;
  stdin: Stdin;
}

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliCommand {
  name: string;
  /** One line for the overview. */
  summary: string;
  /** The full `--help` text. */
  help: string;
  run(argv: string[], context: CliContext): Promise<CliOutput> | CliOutput;
}

/** 0: done; 1: the domain refused (e.g. a viewer with no relation to the pathway); 2: bad input or usage. */
export const EXIT = { ok: 0, refused: 1, badInput: 2 } as const;

/** Thrown by a command to stop with violations; `runCli` prints them. */
export class CliFailure extends Error {
  constructor(
    readonly violations: Violation[],
    readonly code: number = EXIT.badInput,
  ) {
    super(violations.map((v) => `${v.rule}${v.field ? ` ${v.field}` : ''}`).join(', '));
  }
}

export const invalid = (field: string, params: NonNullable<Violation['params']>): Violation => ({
  rule: 'INPUT-INVALID',
  field,
  params,
});

export const toJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
export const printJson = (value: unknown): CliOutput => ({
  code: EXIT.ok,
  stdout: toJson(value),
  stderr: '',
});
export const printText = (text: string): CliOutput => ({
  code: EXIT.ok,
  stdout: text.endsWith('\n') ? text : `${text}\n`,
  stderr: '',
});
export const printError = (violations: Violation[], code: number = EXIT.badInput): CliOutput => ({
  code,
  stdout: '',
  stderr: toJson({ error: { violations } }),
});

/** Reads and parses the JSON input: the file argument (relative to `cwd`), or stdin when absent or `-`. */
export async function readJsonInput(file: string | undefined, context: CliContext): Promise<unknown> {
  const source = file === undefined || file === '-' ? 'stdin' : file;
  let raw: string | undefined;
  if (file === undefined || file === '-') {
    raw = typeof context.stdin === 'function' ? await context.stdin() : context.stdin;
  } else {
    try {
      raw = await readFile(isAbsolute(file) ? file : resolve(context.cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
      throw new CliFailure([invalid('file', { reason: 'unreadable', path: file, code })]);
    }
  }
  if (raw === undefined || raw.trim() === '') {
    throw new CliFailure([invalid('input', { reason: 'missing', source })]);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new CliFailure([
      invalid('input', { reason: 'invalid-json', source, detail: (error as Error).message }),
    ]);
  }
}

/** Parses with a zod schema or throws INPUT-INVALID violations naming each field (under `prefix`). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix?: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new CliFailure(violationsFromZod(parsed.error.issues, prefix));
  return parsed.data;
}

type OptionTypes = Record<string, { type: 'string' | 'boolean' }>;
type OptionValues<O extends OptionTypes> = {
  [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

const ARG_REASONS: Record<string, string> = {
  ERR_PARSE_ARGS_UNKNOWN_OPTION: 'unknown-option',
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE: 'invalid-option-value',
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL: 'unexpected-argument',
};

/** Options and at most `maxPositionals` positionals; a bad option is INPUT-INVALID naming it. */
export function parseCommandArgs<O extends OptionTypes>(
  argv: string[],
  options: O,
  maxPositionals = 1,
): { values: OptionValues<O>; positionals: string[] } {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    const { code = '', message } = error as NodeJS.ErrnoException;
    const option = /'(--?[\w-]+)/.exec(message)?.[1];
    throw new CliFailure([
      invalid(option ?? 'argv', { reason: ARG_REASONS[code] ?? 'invalid-arguments', detail: message }),
    ]);
  }
  const extra = parsed.positionals.slice(maxPositionals);
  if (extra.length > 0) {
    throw new CliFailure(
      extra.map((argument) => invalid('argv', { reason: 'unexpected-argument', argument })),
    );
  }
  return { values: parsed.values as OptionValues<O>, positionals: parsed.positionals };
}

/** A required option's value, or INPUT-INVALID naming the option. */
export function requireOption(
  value: string | undefined,
  option: string,
  params: Violation['params'] = {},
): string {
  if (value === undefined || value === '')
    throw new CliFailure([invalid(option, { reason: 'missing', ...params })]);
  return value;
}

/** `now` as the domain takes it: an ISO timestamp with offset, or a calendar date. */
export const NowSchema = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

/** Pathway events as a bare array or as `{ events: [...] }`; fields are named in the shape given. */
export const EventsInputSchema = z.union([
  z.array(PathwayEventSchema),
  z.strictObject({ events: z.array(PathwayEventSchema) }),
]);

export function parseEvents(input: unknown): PathwayEvent[] {
  if (Array.isArray(input)) return parseInput(z.array(PathwayEventSchema), input);
  return parseInput(z.strictObject({ events: z.array(PathwayEventSchema) }), input).events;
}
