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
    const error = (await openDatabase(settings).catch((e: unknown) => e)) as Error;
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

const adminUrl = process.env.TEST_DATABASE_URL?.trim();

describe.skipIf(!adminUrl)(
  'on PostgreSQL: the server connects as a role that cannot rewrite the audit log (issue 9)',
  () => {
    it('migrates as the owner, runs as rygforlob_app, and that role cannot delete, change or unprotect audit rows', async () => {
      const suffix = Math.random().toString(36).slice(2, 8);
      const name = `rygforlob_roles_${suffix}`;
      const role = `rygforlob_server_${suffix}`;
      const admin = await createDatabase({
        driver: 'postgres',
        url: adminUrl as string,
        migrate: false,
        max: 1,
      });
      await admin.db.execute(`create database ${name}`);
      const ownerUrl = new URL(adminUrl as string);
      ownerUrl.pathname = `/${name}`;
      const appUrl = new URL(ownerUrl);
      appUrl.username = role;
      appUrl.password = 'test';
      try {
        // The superuser owner as the server's role: production would refuse to start.
        const asOwner = await openDatabase(
          loadSettings({ NODE_ENV: 'test', DATABASE_URL: ownerUrl.toString() }),
        );
        expect(await auditRoleProblem(asOwner)).toMatch(
          /is a superuser and could rewrite the audit log. Fix:/,
        );
        await asOwner.db.execute(`create role ${role} login password 'test' in role rygforlob_app`);
        await asOwner.close();

        const settings = loadSettings({
          NODE_ENV: 'test',
          DATABASE_URL: appUrl.toString(),
          MIGRATION_DATABASE_URL: ownerUrl.toString(),
        });
        const server = await openDatabase(settings);
        expect(await auditRoleProblem(server)).toBeNull();
        await server.db.execute(`insert into audit_log (action, outcome) values ('auth.login', 'ok')`);
        for (const attack of [
          'delete from audit_log',
          `update audit_log set outcome = 'denied'`,
          'alter table audit_log disable trigger audit_log_append_only',
          'update audit_chain_heads set seq = 0',
        ]) {
          const refused = await server.db.execute(attack).then(
            () => 'allowed',
            (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
          );
          expect(refused).toMatch(/permission denied|must be owner/);
        }
        await server.close();
      } finally {
        await admin.db.execute(`drop database if exists ${name} with (force)`);
        await admin.db.execute(`drop role if exists ${role}`);
        await admin.close();
      }
    }, 60_000);
  },
);
