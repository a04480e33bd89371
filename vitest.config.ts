import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'domain',
          root: './packages/domain',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'db',
          root: './packages/db',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'fhir',
          root: './packages/fhir',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // The shared UI package: the catalogues' wording rules (docs/wording.md).
          name: 'ui',
          root: './packages/ui',
          include: ['src/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          // The clinic app's pure helpers (the referral composer's gaps, issue 14).
          name: 'clinic',
          root: './apps/clinic',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          // Min side's render tests (consent card wording, issue 14).
          name: 'citizen',
          root: './apps/citizen',
          include: ['src/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'api',
          root: './packages/api',
          include: ['src/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // Browser tests against the built apps (scripts/test-all.mjs builds them first).
          name: 'e2e',
          root: './tests',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // The real server as a child process, killed with SIGKILL mid-stream (PGlite and Postgres).
          name: 'system',
          root: './tests',
          // …and several server processes on one PostgreSQL (cluster/).
          include: ['crash/**/*.test.ts', 'cluster/**/*.test.ts', 'edge/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          // Issue 8: every route an insider has to gain or widen access, over HTTP on a real server.
          name: 'insider',
          root: './tests',
          include: ['insider/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'server',
          root: './apps/server',
          include: ['src/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
