// Every check the project has, in order, then one plain line "N passed, N failed" that counts
// tests only. Lint, typecheck and build are checks, not tests: passing they add nothing to
// "passed", failing each adds one to "failed" and fails the run.
//
// With TEST_DATABASE_URL set (CI sets it, .ci/run), or with CI=true (where it is required), the
// API and insider tests run a second time on PostgreSQL (TEST_DRIVER=postgres; see
// packages/db/src/testing/databases.ts). Every temporary file of the run goes under one folder
// (TMPDIR for every child), removed at the end.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runTmp = mkdtempSync(join(tmpdir(), 'rygforlob-test-run-'));
const env = { ...process.env, TMPDIR: runTmp };
const ci = process.env.CI === 'true';
const postgres = Boolean(process.env.TEST_DATABASE_URL?.trim()) || ci;

const started = Date.now();
const clock = () => {
  const s = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

const plan = [
  'lint (biome)',
  'typecheck (tsc, every package)',
  'build (vite, every app)',
  'tests (vitest, every project; PGlite, and PostgreSQL where TEST_DATABASE_URL is set)',
  ...(postgres ? ['API and insider tests on PostgreSQL (TEST_DRIVER=postgres)'] : []),
];
let stepNo = 0;
const announce = (name) => {
  stepNo += 1;
  console.log(`\n[${stepNo}/${plan.length}] ${name} … (${clock()} elapsed)`);
};

const run = (cmd, args, extraEnv = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status === 0;

let passed = 0;
let failed = 0;
let skipped = 0;
const checks = [];
const check = (name, ok) => {
  checks.push(`${ok ? '✓' : '✗'} ${name}`);
  console.log(`${ok ? '✓' : '✗'} ${name} (${clock()})`);
  if (!ok) failed += 1;
};

/** Runs vitest with a JSON report and adds its tests to the counts. */
function vitest(name, args, extraEnv = {}) {
  const report = join(runTmp, `vitest-${stepNo}.json`);
  const ok = run(
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...args,
    ],
    extraEnv,
  );
  let counted = 0;
  try {
    const result = JSON.parse(readFileSync(report, 'utf8'));
    passed += result.numPassedTests;
    counted += result.numFailedTests;
    skipped += result.numPendingTests + (result.numTodoTests ?? 0);
    // A file that fails to load, or whose beforeAll fails (its tests then count as skipped),
    // has no failed test, but is a failure all the same.
    counted += result.testResults.filter(
      (file) => file.status === 'failed' && !file.assertionResults.some((a) => a.status === 'failed'),
    ).length;
  } catch {
    counted += 1;
    console.error(`${name}: vitest wrote no report`);
  }
  // vitest failed (an error outside any test, an unhandled rejection): that is a failure too.
  if (!ok && counted === 0) counted = 1;
  failed += counted;
  checks.push(`${counted === 0 ? '✓' : '✗'} ${name}`);
}

try {
  announce(plan[0]);
  check(plan[0], run('pnpm', ['exec', 'biome', 'check', '.']));
  announce(plan[1]);
  check(plan[1], run('pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']));
  // The browser tests drive the production builds of the apps.
  announce(plan[2]);
  check(plan[2], run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']));

  announce(plan[3]);
  vitest(plan[3], []);
  if (postgres) {
    announce(plan[4]);
    if (!process.env.TEST_DATABASE_URL?.trim()) {
      console.error('TEST_DATABASE_URL is required under CI=true: the PostgreSQL tests will fail, not skip');
    }
    vitest(plan[4], ['--project', 'api', '--project', 'insider'], { TEST_DRIVER: 'postgres' });
  }
} finally {
  rmSync(runTmp, { recursive: true, force: true });
}

console.log(`\n${checks.join('\n')}\nin ${clock()} (min:s)`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
