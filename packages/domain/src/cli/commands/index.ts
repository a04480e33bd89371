import type { CliCommand } from '../io.ts';
import { adviseCommand } from './advise.ts';
import { referralCheckCommand } from './referral-check.ts';
import { rulesCommand } from './rules.ts';
import { schemaCommand, schemasCommand } from './schema.ts';
import { scoreCommand } from './score.ts';
import { sliceCommand } from './slice.ts';
import { triageCommand } from './triage.ts';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  rulesCommand,
  triageCommand,
  referralCheckCommand,
  scoreCommand,
  adviseCommand,
  sliceCommand,
  schemaCommand,
  schemasCommand,
];
