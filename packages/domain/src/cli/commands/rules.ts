import { isRuleCode, RULES, type RuleInfo, ruleInfo } from '../../index.ts';
import { type CliCommand, CliFailure, invalid, parseCommandArgs, printJson, printText } from '../io.ts';

const FORMATS = ['json', 'table'] as const;

/** Aligned columns for humans; the description is last and never cut. */
function table(rules: readonly RuleInfo[]): string {
  const header = { code: 'CODE', page: 'PAGE', section: 'SECTION', hard: 'HARD', description: 'DESCRIPTION' };
  const rows = [header, ...rules.map((r) => ({ ...r, hard: r.hard ? 'HARD' : '' }))];
  const width = (key: 'code' | 'page' | 'section' | 'hard') =>
    Math.max(...rows.map((row) => row[key].length));
  const widths = { code: width('code'), page: width('page'), section: width('section'), hard: width('hard') };
  return rows
    .map((row) =>
      [
        row.code.padEnd(widths.code),
        row.page.padEnd(widths.page),
        row.section.padEnd(widths.section),
        row.hard.padEnd(widths.hard),
        row.description,
      ].join('  '),
    )
    .join('\n');
}

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'Every rule code of RSD 2023 with its page, section, HARD flag and description',
  help: `Usage: pnpm cli rules [CODE...] [--format json|table]

Lists the rules of the RSD 2023 program (RULES): code, the program's page, the spec section,
whether it is HARD (blocks) and a one-line description. Reads no input.

Arguments:
  CODE...          only these rule codes, in the order given (e.g. TG-CAUDA HOSP-CONTENT)
Options:
  --format json    a JSON array (default)
  --format table   aligned columns for humans`,
  run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { format: { type: 'string' } },
      Number.POSITIVE_INFINITY,
    );
    const format = values.format ?? 'json';
    if (!(FORMATS as readonly string[]).includes(format)) {
      throw new CliFailure([
        invalid('--format', { reason: 'not-an-option', given: format, allowed: [...FORMATS] }),
      ]);
    }
    const unknown = positionals.filter((code) => !isRuleCode(code));
    if (unknown.length > 0) {
      throw new CliFailure(unknown.map((code) => invalid('code', { reason: 'unknown-rule', code })));
    }
    const rules: RuleInfo[] = (
      positionals.length > 0 ? positionals.filter(isRuleCode).map(ruleInfo) : RULES
    ).map(({ code, page, section, hard, description }) => ({ code, page, section, hard, description }));
    return format === 'table' ? printText(table(rules)) : printJson(rules);
  },
};
