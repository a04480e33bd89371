import { readFile } from 'node:fs/promises';
import { isRuleCode, RULES, type RuleInfo, ruleInfo } from '../../index.ts';
import { rulesMarkdown } from '../catalogue.ts';
import { type CliCommand, CliFailure, invalid, parseCommandArgs, printJson, printText } from '../io.ts';

/** The repository's copy of the program, whose section headings the catalogue links to. */
const SPEC = new URL('../../../../../docs/program/rsd-2023.md', import.meta.url);

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
  help: `Usage: pnpm cli rules [CODE...] [--format json|table] [--markdown]

Lists the rules of the RSD 2023 program (RULES): code, the program's page, the spec section,
whether it is HARD (blocks) and a one-line description. Reads no input.

Arguments:
  CODE...          only these rule codes, in the order given (e.g. TG-CAUDA HOSP-CONTENT)
Options:
  --format json    a JSON array (default)
  --format table   aligned columns for humans
  --markdown       the rule catalogue as Markdown, each rule linked to its section of
                   docs/program/rsd-2023.md and to the region's publication; committed as
                   docs/program/rules.md (pnpm cli rules --markdown > docs/program/rules.md; pnpm format)`,
  async run(argv) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { format: { type: 'string' }, markdown: { type: 'boolean' } },
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
    if (values.markdown) {
      if (values.format !== undefined) {
        throw new CliFailure([invalid('--markdown', { reason: 'not-with', option: '--format' })]);
      }
      const spec = await readFile(SPEC, 'utf8').catch(() => '');
      return printText(rulesMarkdown(rules, spec));
    }
    return format === 'table' ? printText(table(rules)) : printJson(rules);
  },
};
