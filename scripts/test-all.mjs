// Every check the project has, in order, then one plain line "N passed, N failed" that counts
// every test run plus the lint and typecheck steps (each one check). Exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status === 0;

let passed = 0;
let failed = 0;
let skipped = 0;
const step = (name, ok) => {
  console.log(`\n${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed += 1;
  else failed += 1;
};

step('lint (biome)', run('pnpm', ['exec', 'biome', 'check', '.']));
step(
  'typecheck (tsc, every package)',
  run('pnpm', ['exec', 'turbo', 'run', 'typecheck', '--output-logs=errors-only']),
);

// The browser tests drive the production builds of the apps.
step('build (vite, every app)', run('pnpm', ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only']));

const report = join(mkdtempSync(join(tmpdir(), 'rygforlob-')), 'vitest.json');
const vitestOk = run('pnpm', [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
]);
try {
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + (result.numTodoTests ?? 0);
  // A file that fails to load has no failed test, but is a failure all the same.
  failed += result.testResults.filter(
    (file) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
} catch {
  failed += 1;
  console.error('vitest wrote no report');
}
if (!vitestOk && failed === 0) failed += 1;

console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
