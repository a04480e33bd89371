import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RULES } from '../index.ts';
import { triageInput } from '../testing/scenario.ts';
import { cli, cliWith, PACKAGE_DIR, repoRoot } from './test-helpers.ts';

const codesOf = (output: unknown) => (output as { code: string }[]).map((rule) => rule.code);

/**
 * Rule codes the spec names: first cells of its tables, "RULE X, Y" mentions and "- X:" bullets,
 * in sections 1-7 (8 and 9 name other programs and message standards such as REF01).
 */
function specRuleCodes(spec: string): string[] {
  const body = spec.split(/^## 8\./m)[0] ?? '';
  const codeShaped = /^(?:[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+|[A-Z]+\d+)$/;
  const codes = new Set<string>();
  for (const [, code = ''] of body.matchAll(/^\|\s*`?([A-Z][A-Z0-9-]*)`?\s*\|/gm)) {
    if (codeShaped.test(code)) codes.add(code);
  }
  for (const [, list = ''] of body.matchAll(/\bRULES? ([A-Z][A-Z0-9-]+(?:, [A-Z][A-Z0-9-]+)*)/g)) {
    for (const code of list.split(', ')) codes.add(code);
  }
  // Bullets must look like codes: "- RMDQ: 24 statements" names a questionnaire, not a rule.
  for (const [, code = ''] of body.matchAll(/^- ([A-Z][A-Z0-9-]*):/gm)) {
    if (codeShaped.test(code)) codes.add(code);
  }
  return [...codes];
}

const root = repoRoot();
/** The repository's own copy of the program's rules. */
const SPEC = join(root, 'docs/program/rsd-2023.md');

describe('rules', () => {
  it('lists every rule code with page, section, hard and description', async () => {
    const ran = await cli(['rules']);
    expect(ran.code).toBe(0);
    expect(ran.json()).toEqual(
      RULES.map(({ code, page, section, hard, description }) => ({ code, page, section, hard, description })),
    );
  });

  it('lists every rule code named in the spec (docs/program/rsd-2023.md)', async () => {
    const spec = readFileSync(SPEC, 'utf8');
    const specCodes = specRuleCodes(spec);
    expect(specCodes).toEqual(
      expect.arrayContaining(['SCOPE-ADULT', 'TG-CAUDA', 'CLK-R140-START', 'MANUAL-4-5', 'S56', 'CONSENT']),
    );
    const listed = codesOf((await cli(['rules'])).json());
    expect(specCodes.filter((code) => !listed.includes(code))).toEqual([]);
  });

  it('TG-CAUDA HOSP-CONTENT: codes as arguments select those rules, in order', async () => {
    const ran = await cli(['rules', 'TG-CAUDA', 'HOSP-CONTENT']);
    expect(codesOf(ran.json())).toEqual(['TG-CAUDA', 'HOSP-CONTENT']);
    expect(ran.json()).toMatchObject([
      { page: '29', section: '3.2', hard: true },
      { page: '52-53', hard: true },
    ]);
  });

  it('INPUT-INVALID: an unknown rule code or format is named', async () => {
    const ran = await cli(['rules', 'TG-CAUDA', 'TG-NOPE']);
    expect(ran.code).toBe(2);
    expect(ran.violations()).toEqual([
      { rule: 'INPUT-INVALID', field: 'code', params: { reason: 'unknown-rule', code: 'TG-NOPE' } },
    ]);
    expect((await cli(['rules', '--format', 'xml'])).violations()[0]).toMatchObject({
      field: '--format',
      params: { reason: 'not-an-option' },
    });
  });

  it('--format table prints a header and one aligned row per rule', async () => {
    const lines = (await cli(['rules', '--format', 'table'])).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(RULES.length + 1);
    expect(lines[0]).toMatch(/^CODE\s+PAGE\s+SECTION\s+HARD\s+DESCRIPTION$/);
    const caudaRow = lines.find((line) => line.startsWith('TG-CAUDA '));
    expect(caudaRow).toMatch(/^TG-CAUDA\s+29\s+3\.2\s+HARD\s+Suspected cauda equina/);
    const column = (lines[0] ?? '').indexOf('DESCRIPTION');
    expect(lines.every((line) => line.slice(column - 2, column) === '  ' && line[column] !== ' ')).toBe(true);
  });
});

describe('triage', () => {
  it('TG-CAUDA: saddle anaesthesia demands an acute referral, informing the GP', async () => {
    const input = triageInput({ caudaEquina: { ...triageInput().caudaEquina, saddleAnaesthesia: true } });
    const ran = await cliWith(['triage'], input);
    expect(ran.code).toBe(0);
    expect(ran.json()).toMatchObject({
      targetGroup: 'TG-CAUDA',
      acute: true,
      caudaTriggers: ['saddle-anaesthesia'],
      requiredActions: ['acute-referral', 'inform-gp'],
    });
  });

  it('TRIAGE-AGE, TRIAGE-CANCER-HISTORY: raised risks are shown but never classify', async () => {
    const ran = await cliWith(['triage'], triageInput({ age: 70, previousCancer: true }));
    expect(ran.json()).toMatchObject({
      diagnosticCategory: 'nonspecific',
      targetGroup: 'TG-UNCOMPLICATED',
      raisedRisk: [
        { rule: 'TRIAGE-CANCER-HISTORY' },
        { rule: 'TRIAGE-AGE', params: { age: 70, threshold: 50 } },
      ],
    });
  });

  it('INPUT-INVALID: a missing cauda equina answer is named, never read as "no"', async () => {
    const input = triageInput();
    const { saddleAnaesthesia: _missing, ...caudaEquina } = input.caudaEquina;
    const ran = await cliWith(['triage'], { ...input, caudaEquina, extra: 1 });
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.violations()).toEqual([
      expect.objectContaining({ rule: 'INPUT-INVALID', field: 'caudaEquina.saddleAnaesthesia' }),
      expect.objectContaining({
        rule: 'INPUT-INVALID',
        field: 'extra',
        params: expect.objectContaining({ reason: 'unrecognized_keys' }),
      }),
    ]);
  });
});

describe('input, arguments and help', () => {
  it('INPUT-INVALID: invalid JSON, missing input and unreadable files exit 2 and say why', async () => {
    expect((await cli(['triage'], '{ "age": ')).violations()).toEqual([
      {
        rule: 'INPUT-INVALID',
        field: 'input',
        params: expect.objectContaining({ reason: 'invalid-json', source: 'stdin' }),
      },
    ]);
    expect((await cli(['triage'])).violations()[0]).toMatchObject({
      field: 'input',
      params: { reason: 'missing' },
    });
    const missingFile = await cli(['triage', 'examples/nope.json']);
    expect(missingFile.code).toBe(2);
    expect(missingFile.violations()[0]).toMatchObject({
      field: 'file',
      params: { reason: 'unreadable', code: 'ENOENT' },
    });
  });

  it('reads a file relative to the directory pnpm was started in, or stdin for "-"', async () => {
    const fromPackage = await cli(['triage', 'examples/triage.json']);
    const fromRoot = await cli(['triage', 'packages/domain/examples/triage.json'], undefined, root);
    const fromStdin = await cli(
      ['triage', '-'],
      readFileSync(join(PACKAGE_DIR, 'examples/triage.json'), 'utf8'),
    );
    expect(fromPackage.code).toBe(0);
    expect(fromRoot.stdout).toBe(fromPackage.stdout);
    expect(fromStdin.stdout).toBe(fromPackage.stdout);
    expect(fromPackage.stdout).toMatch(/^\{\n {2}"diagnosticCategory"/);
  });

  it('INPUT-INVALID: unknown or missing commands, unknown options and extra arguments', async () => {
    expect((await cli([])).violations()[0]).toMatchObject({
      field: 'command',
      params: { reason: 'missing' },
    });
    const unknown = await cli(['tirage']);
    expect(unknown.code).toBe(2);
    expect(unknown.violations()[0]).toMatchObject({
      field: 'command',
      params: { reason: 'unknown-command', given: 'tirage' },
    });
    expect((await cli(['triage', '--fast'])).violations()[0]).toMatchObject({
      field: '--fast',
      params: { reason: 'unknown-option' },
    });
    expect((await cli(['triage', 'a.json', 'b.json'])).violations()[0]).toMatchObject({
      field: 'argv',
      params: { reason: 'unexpected-argument', argument: 'b.json' },
    });
  });

  it('--help gives an overview and each command its usage', async () => {
    const overview = await cli(['--help']);
    expect(overview.code).toBe(0);
    for (const name of [
      'rules',
      'triage',
      'referral-check',
      'score',
      'advise',
      'slice',
      'schema',
      'schemas',
    ]) {
      expect(overview.stdout).toContain(`  ${name} `);
      const help = await cli([name, '--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: pnpm cli ${name}`);
    }
    expect((await cli(['help', 'score'])).stdout).toContain('--instrument');
  });
});

describe('score', () => {
  const startBack = {
    referredLegPain: true,
    comorbidPain: true,
    disabilityWalking: false,
    disabilityDressing: false,
    fear: true,
    anxiety: true,
    catastrophising: true,
    depression: true,
    bothersomeness: 'extremely',
  };

  it('Q-STARTBACK: psychosocial subscale 4 or more is high risk', async () => {
    const ran = await cliWith(['score', '--instrument', 'startback'], startBack);
    expect(ran.json()).toEqual({
      instrument: 'startback',
      score: { total: 7, psychosocial: 5, risk: 'high' },
    });
  });

  it('Q-RMDQ: counts the statements ticked; a duplicate is named by its position', async () => {
    expect((await cliWith(['score', '--instrument', 'rmdq'], [1, 5, 24])).json()).toEqual({
      instrument: 'rmdq',
      score: { score: 3, version: '24', max: 24 },
    });
    const ran = await cliWith(['score', '--instrument', 'rmdq'], [1, 5, 5]);
    expect(ran.code).toBe(2);
    expect(ran.violations()).toEqual([{ rule: 'Q-RMDQ', field: '2', params: { reason: 'duplicate-item' } }]);
  });

  it('Q-ODI: an out-of-range section is named by its item, with the maximum', async () => {
    const ran = await cliWith(['score', '--instrument', 'odi'], { painIntensity: 3, lifting: 6 });
    expect(ran.violations()).toEqual([
      { rule: 'Q-ODI', field: 'lifting', params: { reason: 'out-of-range', max: 5 } },
    ]);
    const scored = await cliWith(['score', '--instrument', 'odi'], {
      painIntensity: 3,
      lifting: 4,
      walking: 1,
    });
    expect(scored.json()).toEqual({
      instrument: 'odi',
      score: { index: 53.3, sectionsAnswered: 3, band: 'severe' },
    });
  });

  it('Q-PSQI: seven components and a global score over 5 marks a poor sleeper', async () => {
    const answers = {
      bedtime: '23:00',
      minutesToFallAsleep: 40,
      wakeTime: '06:00',
      hoursOfSleep: 5.5,
      ...Object.fromEntries('abcdefghij'.split('').map((l) => [`q5${l}`, 1])),
      q6: 2,
      q7: 0,
      q8: 1,
      q9: 1,
    };
    const ran = await cliWith(['score', '--instrument', 'psqi'], answers);
    expect(ran.code).toBe(0);
    expect(ran.json()).toMatchObject({
      instrument: 'psqi',
      score: {
        components: { c1: 2, c2: 2, c3: 2, c4: 1, c5: 1, c6: 0, c7: 1 },
        global: 9,
        poorSleeper: true,
      },
    });
  });

  it('INPUT-INVALID: --instrument is required and must be one of the four', async () => {
    expect((await cliWith(['score'], startBack)).violations()[0]).toMatchObject({
      field: '--instrument',
      params: { reason: 'missing' },
    });
    const unknown = await cliWith(['score', '--instrument', 'sf36'], startBack);
    expect(unknown.code).toBe(2);
    expect(unknown.violations()[0]).toMatchObject({
      field: '--instrument',
      params: { reason: 'not-an-option', given: 'sf36', allowed: ['startback', 'rmdq', 'odi', 'psqi'] },
    });
  });
});

describe('the real entry', () => {
  it('pnpm cli rules: tsx src/cli/main.ts prints every rule and exits 0', async () => {
    const tsx = join(PACKAGE_DIR, 'node_modules/.bin/tsx');
    const { stdout } = await promisify(execFile)(tsx, ['src/cli/main.ts', 'rules'], { cwd: PACKAGE_DIR });
    expect(codesOf(JSON.parse(stdout))).toEqual(RULES.map((r) => r.code));
  }, 60_000);
});
