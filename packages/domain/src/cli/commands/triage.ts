import { TriageInputSchema, triageParsed } from '../../index.ts';
import { type CliCommand, parseCommandArgs, parseInput, printJson, readJsonInput } from '../io.ts';

export const triageInputSchema = TriageInputSchema;

export const triageCommand: CliCommand = {
  name: 'triage',
  summary: 'Diagnostic triage and target group of a TriageInput (spec §3.1-3.2)',
  help: `Usage: pnpm cli triage [FILE]

Input (FILE, or stdin when absent or "-"): a TriageInput (pnpm cli schema triage). Every boolean
is required: for the HARD rule TG-CAUDA a missing answer is INPUT-INVALID, never "no".
Output: the TriageResult: diagnosticCategory, targetGroup, acute, caudaTriggers,
requiredActions, raisedRisk (TRIAGE-CANCER-HISTORY, TRIAGE-AGE) and redFlagsNote.`,
  async run(argv, context) {
    const { positionals } = parseCommandArgs(argv, {});
    // triage() validates the same way; parsing here names an unknown key's field (see io.ts).
    const input = parseInput(TriageInputSchema, await readJsonInput(positionals[0], context));
    return printJson(triageParsed(input));
  },
};
