import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCpr } from '../cpr/index.ts';
import { TEST_CITIZENS } from '../testing/citizens.ts';
import { VIEWERS } from '../testing/scenario.ts';
import { toJson } from './io.ts';
import { runCli } from './run.ts';
import { PACKAGE_DIR, repoRoot } from './test-helpers.ts';

/**
 * The README's worked examples cannot drift: each `pnpm cli` command between the example markers
 * is run in-process from the repository root, and its output must equal the JSON file the README
 * names after it (examples/<name>.out.json). Every JSON block the README labels with a file must
 * equal that file (compared as JSON: biome formats the files, the README shows them expanded).
 * `UPDATE_EXAMPLES=1 pnpm vitest run packages/domain/src/cli/readme.test.ts` rewrites the
 * .out.json files and the README's labelled blocks from the CLI's real output.
 */
const UPDATE = process.env.UPDATE_EXAMPLES === '1';
const ROOT = repoRoot();
const README = join(PACKAGE_DIR, 'README.md');
const EXAMPLES = join(PACKAGE_DIR, 'examples');
const START = '<!-- examples:start -->';
const END = '<!-- examples:end -->';
/** A JSON block labelled with its file: **Output** (`examples/triage.out.json`): */
const LABELLED = /\(`(examples\/[\w.-]+\.json)`\):\n+```json\n([\s\S]*?)```/g;

interface Example {
  line: string;
  argv: string[];
  stdinFile?: string;
  output: string;
}

/** Words of a command line; single quotes group, `< file` is stdin. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|(\S+)/g)].map(([, quoted, bare]) => quoted ?? bare ?? '');
}

function examplesOf(readme: string): Example[] {
  const section = readme.slice(readme.indexOf(START), readme.indexOf(END));
  const commands = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    (m[1] ?? '')
      .split('\n')
      .filter((line) => line.startsWith('pnpm cli '))
      .map((line) => ({ line, index: m.index ?? 0 })),
  );
  const outputs = [...section.matchAll(LABELLED)]
    .filter((m) => m[1]?.endsWith('.out.json'))
    .map((m) => ({ file: m[1] ?? '', index: m.index ?? 0 }));
  return commands.map(({ line, index }) => {
    const words = shellWords(line).slice(2);
    const redirect = words.indexOf('<');
    const output = outputs.find((o) => o.index > index)?.file;
    if (!output) throw new Error(`README: no labelled output after "${line}"`);
    return {
      line,
      argv: redirect < 0 ? words : words.slice(0, redirect),
      ...(redirect < 0 ? {} : { stdinFile: words[redirect + 1] }),
      output,
    };
  });
}

const readme = readFileSync(README, 'utf8');
const examples = examplesOf(readme);
/** The repository's formatter owns examples/*.json and the README's JSON blocks (pnpm lint checks them). */
const biomeFormat = (path: string) =>
  execFileSync(join(ROOT, 'node_modules/.bin/biome'), ['format', '--write', path]);
const readJson = (file: string) => JSON.parse(readFileSync(join(PACKAGE_DIR, file), 'utf8'));

describe('README worked examples', () => {
  it('the README has one worked example for each command that reads or prints (all but schemas)', () => {
    const commands = examples.map((e) => e.argv[0]);
    expect(commands).toEqual([
      'rules',
      'scope',
      'triage',
      'referral-check',
      'score',
      'advise',
      'decide',
      'slice',
      'access-log',
      'schema',
    ]);
  });

  for (const example of examples) {
    it(`${example.line} prints ${example.output}`, async () => {
      const stdin = example.stdinFile ? readFileSync(join(ROOT, example.stdinFile), 'utf8') : '';
      const ran = await runCli(example.argv, stdin, { cwd: ROOT });
      expect(ran.stderr).toBe('');
      expect(ran.code).toBe(0);
      if (UPDATE) {
        writeFileSync(join(PACKAGE_DIR, example.output), ran.stdout);
        biomeFormat(join(PACKAGE_DIR, example.output));
      }
      expect(JSON.parse(ran.stdout)).toEqual(readJson(example.output));
    });
  }

  it('every JSON block the README labels with a file equals that file', () => {
    let text = readFileSync(README, 'utf8');
    if (UPDATE) {
      text = text.replace(LABELLED, (block, file: string, json: string) =>
        block.replace(json, () => toJson(readJson(file))),
      );
      writeFileSync(README, text);
      biomeFormat(README);
      text = readFileSync(README, 'utf8');
    }
    const blocks = [...text.matchAll(LABELLED)];
    expect(blocks.length).toBeGreaterThanOrEqual(examples.length);
    for (const [, file = '', json = ''] of blocks) expect(JSON.parse(json), file).toEqual(readJson(file));
  });

  it('every file in examples/ is used by a worked example', () => {
    const used = new Set(
      examples.flatMap((e) =>
        [e.output, e.stdinFile, ...e.argv].filter((w): w is string => !!w?.endsWith('.json')),
      ),
    );
    const usedNames = [...used].map((file) => file.replace(/^(packages\/domain\/)?examples\//, ''));
    // examples/rules/ holds the one-per-rule examples: cli.reach.test.ts owns them.
    const files = readdirSync(EXAMPLES).filter((name) => name !== 'rules');
    expect(files.sort()).toEqual([...new Set(usedNames)].sort());
  });

  it('the examples use fictitious citizens and organisations only (testing/citizens.ts, VIEWERS)', () => {
    const read = (dir: string) =>
      readdirSync(dir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => readFileSync(join(dir, name), 'utf8'));
    const files = read(EXAMPLES);
    const perRule = read(join(EXAMPLES, 'rules'));
    const birthDates = new Set(TEST_CITIZENS.map((c) => c.birthDate));
    const organisations = new Set<string>(Object.values(VIEWERS).map((v) => v.organisationId));
    for (const text of [...files, ...perRule]) {
      for (const [, date = ''] of text.matchAll(/"birthDate": "([^"]+)"/g))
        expect(birthDates).toContain(date);
      for (const [, org = ''] of text.matchAll(/"organisationId": "([^"]+)"/g))
        expect(org.startsWith('org-') && (organisations.has(org) || perRule.includes(text))).toBe(true);
    }
    // A CPR number appears only as a test citizen's (they fail modulus 11) or to be refused
    // (CPR-FORMAT, CPR-DATE): never one that could be a real person's.
    const testCprs = new Set(TEST_CITIZENS.map((c) => c.cpr.replace('-', '')));
    for (const text of [...files, ...perRule]) {
      for (const [cpr = ''] of text.matchAll(/\b\d{6}-?\d{4}\b/g)) {
        expect(parseCpr(cpr).ok === false || testCprs.has(cpr.replace('-', ''))).toBe(true);
      }
    }
  });
});
