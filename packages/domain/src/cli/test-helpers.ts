import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Violation } from '../index.ts';
import { runCli, type Stdin } from './run.ts';

/** packages/domain, found from this file. */
export const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** The repository root: the nearest directory up with pnpm-workspace.yaml. */
export function repoRoot(from = PACKAGE_DIR): string {
  let dir = from;
  while (!existsSync(join(dir, 'pnpm-workspace.yaml'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON. */
  json: () => unknown;
  /** The violations printed on stderr. */
  violations: () => Violation[];
}

/** Runs the CLI in-process; relative files resolve against packages/domain unless `cwd` says otherwise. */
export async function cli(argv: string[], stdin?: Stdin, cwd = PACKAGE_DIR): Promise<Ran> {
  const out = await runCli(argv, stdin ?? '', { cwd });
  return {
    ...out,
    json: () => JSON.parse(out.stdout),
    violations: () => (JSON.parse(out.stderr) as { error: { violations: Violation[] } }).error.violations,
  };
}

/** Runs with a JSON value on stdin. */
export const cliWith = (argv: string[], input: unknown) => cli(argv, JSON.stringify(input));
