import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '@rygforlob/db';
import { describe, expect, it } from 'vitest';
import { assertDataDirUsable, probeDataDir } from './data-dir.ts';
import { loadSettings, SettingsError } from './settings.ts';
import { auditRoleProblem, openDatabase, StartupError } from './startup.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadSettings(env);
    return [];
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
};
const PRODUCTION = { NODE_ENV: 'production', SEED_DEMO: 'false' };

describe('production refuses catch-all proxy trust (issue 9)', () => {
  it.each(['0.0.0.0/1,128.0.0.0/1', '0.0.0.0/0', '*', '10.0.0.5, 0.0.0.0/4', '::/0', '2001:db8::/16'])(
    'TRUST_PROXY=%s lets any client forge its address: refused',
    (trustProxy) => {
      const problems = problemsOf({ ...PRODUCTION, TRUST_PROXY: trustProxy });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/TRUST_PROXY.*name the proxy addresses/);
    },
  );

  it.each(['10.0.0.5', '10.0.0.0/8,192.168.1.0/24', 'fd00::/48'])(
    'TRUST_PROXY=%s names proxies: accepted',
    (t) => {
      expect(problemsOf({ ...PRODUCTION, TRUST_PROXY: t })).toEqual([]);
    },
  );

  it('limits and session timeouts are settings with sane defaults', () => {
    expect(loadSettings({})).toMatchObject({
      session: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
      limits: { loginPerAccount: 5, loginPerAddress: 30, cprLookupsPerHour: 120, maxBatchSize: 20 },
    });
    expect(problemsOf({ SESSION_IDLE_MINUTES: '0' })).toEqual([
      expect.stringContaining('SESSION_IDLE_MINUTES'),
    ]);
  });
});

describe('start-up errors say what is wrong and how to fix it (issue 9)', () => {
  it('a DATA_DIR that cannot be created', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rygforlob-start-')), 'a-file');
    writeFileSync(file, 'x');
    expect(() => assertDataDirUsable(join(file, 'data'))).toThrow(/DATA_DIR .* cannot be created .*Fix: /);
  });

  it('a DATA_DIR that cannot be written (read-only), before PGlite says only that it failed', async () => {
    expect(probeDataDir('/sys')?.problem).toBe('not-writable');
    expect(() => assertDataDirUsable('/sys')).toThrow(
      /DATA_DIR \/sys is not writable \(EACCES\)\. Fix: give the server's user write access/,
    );
    const settings = { ...loadSettings({ NODE_ENV: 'test' }), dataDir: '/sys' };
    await expect(openDatabase(settings)).rejects.toBeInstanceOf(StartupError);
  });

  it('PostgreSQL that does not answer: the host and a fix, never the password', async () => {
    const settings = loadSettings({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://app:hemmelig@127.0.0.1:9/rygforlob',
    });
    const error = await openDatabase(settings).catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toMatch(/127\.0\.0\.1:9\/rygforlob \(ECONNREFUSED\)\. Fix: nothing listens/);
    expect(error.message).not.toContain('hemmelig');
  });

  it('PGlite has no roles to check; the role check is for PostgreSQL', async () => {
    const database = await createDatabase({ driver: 'pglite' });
    expect(await auditRoleProblem(database)).toBeNull();
    await database.close();
  });
});
