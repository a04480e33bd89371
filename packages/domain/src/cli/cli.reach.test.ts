import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleInfo, type Violation } from '../index.ts';
import { toJson } from './io.ts';
import { NOT_SHOWN, reachCases } from './reach.cases.ts';
import { runCli } from './run.ts';
import { PACKAGE_DIR, repoRoot } from './test-helpers.ts';

/**
 * Every rule code is reachable from the command line (issue 10): each worked example in
 * examples/rules/ is run as `pnpm cli …` and must name its rules (a HARD rule as a violation);
 * together they name every code in RULES, but for NOT_SHOWN with its reason. The README's table
 * lists them. `UPDATE_EXAMPLES=1` rewrites the input files and the table.
 */
const UPDATE = process.env.UPDATE_EXAMPLES === '1';
const DIR = join(PACKAGE_DIR, 'examples/rules');
const README = join(PACKAGE_DIR, 'README.md');
const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';
const cases = reachCases();
const fileOf = (name: string) => `packages/domain/examples/rules/${name}.json`;
const lineOf = (c: (typeof cases)[number]) => `pnpm cli ${c.argv.join(' ')} ${fileOf(c.name)}`;

function table(): string {
  const rows = cases.map((c) => {
    const rules = [...(c.blocks ?? []), ...c.shows.filter((r) => !c.blocks?.includes(r))];
    const shown = rules.map((r) => (c.blocks?.includes(r) ? `**${r}**` : r)).join(', ') || '—';
    return `| ${shown} | ${c.note} | \`${lineOf(c)}\` |`;
  });
  return [
    START,
    '',
    '| rules (**refused**) | example | command |',
    '| --- | --- | --- |',
    ...rows,
    '',
    END,
  ].join('\n');
}

if (UPDATE) {
  mkdirSync(DIR, { recursive: true });
  for (const c of cases) writeFileSync(join(DIR, `${c.name}.json`), toJson(c.input));
  const readme = readFileSync(README, 'utf8');
  writeFileSync(README, readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), table()));
  execFileSync(join(repoRoot(), 'node_modules/.bin/biome'), ['format', '--write', DIR, README]);
}

describe('every rule on the command line (examples/rules)', () => {
  for (const c of cases) {
    it(`${[...(c.blocks ?? []), ...c.shows].join(' ') || 'PLAN-APPROACH'}: ${c.note}`, async () => {
      const file = join(DIR, `${c.name}.json`);
      expect(JSON.parse(readFileSync(file, 'utf8')), `${file} is stale`).toEqual(JSON.parse(toJson(c.input)));
      const ran = await runCli([...c.argv, fileOf(c.name)], undefined, { cwd: repoRoot() });
      const output = `${ran.stdout}${ran.stderr}`;
      for (const rule of c.shows) expect(output, rule).toContain(`"${rule}"`);
      if (c.blocks) {
        const parsed = JSON.parse(ran.stdout || ran.stderr) as {
          ok?: boolean;
          violations?: Violation[];
          error?: { violations: Violation[] };
        };
        const violations = parsed.violations ?? parsed.error?.violations ?? [];
        if (parsed.ok !== undefined) expect(parsed.ok).toBe(false);
        for (const rule of c.blocks) expect(violations.map((v) => v.rule)).toContain(rule);
      } else {
        expect(ran.code).toBe(0);
        if (c.argv[0] === 'decide') expect(JSON.parse(ran.stdout)).toMatchObject({ ok: true });
      }
    });
  }

  it('only HARD rules block: every violation in every example names a HARD rule', async () => {
    for (const c of cases) {
      const ran = await runCli([...c.argv, fileOf(c.name)], undefined, { cwd: repoRoot() });
      const parsed = JSON.parse(ran.stdout || ran.stderr) as {
        violations?: Violation[];
        error?: { violations: Violation[] };
      };
      for (const v of parsed.violations ?? parsed.error?.violations ?? [])
        expect(ruleInfo(v.rule).hard, `${c.name}: ${v.rule}`).toBe(true);
    }
  });

  it('together the examples name every rule code of RULES (else a reason in NOT_SHOWN)', () => {
    const shown = new Set(cases.flatMap((c) => [...c.shows, ...(c.blocks ?? [])]));
    const missing = RULES.map((r) => r.code).filter((code) => !shown.has(code) && !NOT_SHOWN[code]);
    expect(missing).toEqual([]);
  });

  it('the README lists every example, and examples/rules holds exactly them', () => {
    // Compared as biome lays tables out: cell padding and rule lengths aside.
    const plain = (text: string) => text.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');
    expect(plain(readFileSync(README, 'utf8'))).toContain(plain(table()));
    expect(readdirSync(DIR).sort()).toEqual(cases.map((c) => `${c.name}.json`).sort());
  });
});
