import { COMMANDS } from './commands/index.ts';
import { CliFailure, type CliOutput, invalid, printError, printText, type Stdin } from './io.ts';

export type { CliOutput, Stdin } from './io.ts';

const NAMES = COMMANDS.map((command) => command.name);

const OVERVIEW = `Rygforløb domain CLI: the RSD 2023 low back pain program's rules, from the shell.

Usage: pnpm cli <command> [options] [FILE]
       pnpm cli <command> --help

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(16)}${c.summary}`).join('\n')}

Input: JSON from FILE (relative to the directory pnpm was started in) or from stdin when FILE is
absent or "-". Output: JSON on stdout, 2-space indented.
Errors: { "error": { "violations": [{ "rule", "field", "params" }] } } on stderr: the rule code,
the field's path and the reason in params (pnpm cli rules explains each code).
Exit codes: 0 done; 1 the domain refused (slice: no relation); 2 bad input or usage.`;

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

/**
 * The CLI as a function, for tests and the entry (main.ts): argv without `node main.ts`, stdin
 * as a string or a lazy reader. Relative files resolve against `cwd` (default: INIT_CWD, the
 * directory pnpm was started in, else the process's cwd).
 */
export async function runCli(
  argv: readonly string[],
  stdin?: Stdin,
  options: { cwd?: string } = {},
): Promise<CliOutput> {
  const context = { cwd: options.cwd ?? process.env.INIT_CWD ?? process.cwd(), stdin };
  const [name, ...rest] = argv;
  if (name === undefined) {
    return printError([invalid('command', { reason: 'missing', allowed: NAMES })]);
  }
  if (isHelp(name) || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    return printText(topic ? topic.help : OVERVIEW);
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    return printError([invalid('command', { reason: 'unknown-command', given: name, allowed: NAMES })]);
  }
  if (rest.some(isHelp)) return printText(command.help);
  try {
    return await command.run(rest, context);
  } catch (error) {
    if (error instanceof CliFailure) return printError(error.violations, error.code);
    throw error;
  }
}
