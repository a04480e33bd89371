import type { CliCommand } from '../io.ts';
import { accessLogCommand } from './access-log.ts';
import { adviseCommand } from './advise.ts';
import { decideCommand } from './decide.ts';
import { referralCheckCommand } from './referral-check.ts';
import { rulesCommand } from './rules.ts';
import { schemaCommand, schemasCommand } from './schema.ts';
import { scopeCommand } from './scope.ts';
import { scoreCommand } from './score.ts';
import { sliceCommand } from './slice.ts';
import { triageCommand } from './triage.ts';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CliCommand[] = [
  rulesCommand,
  scopeCommand,
  triageCommand,
  referralCheckCommand,
  scoreCommand,
  adviseCommand,
  decideCommand,
  sliceCommand,
  accessLogCommand,
  schemaCommand,
  schemasCommand,
];
