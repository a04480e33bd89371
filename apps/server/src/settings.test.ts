import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSettings, REPO_ROOT, SettingsError } from './settings.ts';

const problemsOf = (env: Record<string, string>) => {
  try {
    loadSettings(env);
    return [];
  } catch (error) {
    if (error instanceof SettingsError) return error.problems;
    throw error;
  }
};

describe('settings', () => {
  it('has safe defaults for a local start', () => {
    expect(loadSettings({})).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      dataDir: join(REPO_ROOT, 'data'),
      databaseUrl: undefined,
      cookieSecure: false,
      trustProxy: false,
      seedDemo: true,
    });
  });

  it('resolves a relative DATA_DIR against the repository root, whatever the cwd', () => {
    expect(loadSettings({ DATA_DIR: 'var/db' }).dataDir).toBe(join(REPO_ROOT, 'var/db'));
    expect(loadSettings({ DATA_DIR: '/tmp/x' }).dataDir).toBe('/tmp/x');
  });

  it('names the setting that is malformed', () => {
    expect(problemsOf({ PORT: 'http' })[0]).toMatch(/^PORT:/);
    expect(problemsOf({ DATABASE_URL: 'mysql://x' })[0]).toMatch(/^DATABASE_URL:/);
    expect(problemsOf({ COOKIE_SECURE: 'maybe' })[0]).toMatch(/^COOKIE_SECURE:/);
  });

  it('production defaults: Secure cookies, no demo data', () => {
    expect(loadSettings({ NODE_ENV: 'production' })).toMatchObject({ cookieSecure: true, seedDemo: false });
  });

  it('production refuses insecure cookies, trusting any proxy and the demo users, naming each', () => {
    const problems = problemsOf({
      NODE_ENV: 'production',
      COOKIE_SECURE: 'false',
      TRUST_PROXY: 'true',
      SEED_DEMO: 'true',
    });
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^COOKIE_SECURE=false/);
    expect(problems[1]).toMatch(/^TRUST_PROXY=true/);
    expect(problems[2]).toMatch(/^SEED_DEMO=true/);
    expect(
      loadSettings({ NODE_ENV: 'production', TRUST_PROXY: '10.0.0.5,10.0.0.6', HOST: '0.0.0.0' }),
    ).toMatchObject({
      trustProxy: '10.0.0.5,10.0.0.6',
      host: '0.0.0.0',
    });
  });

  it.each([
    '::ffff:0:0/96',
    Array.from({ length: 256 }, (_, a) => `${a}.0.0.0/8`).join(','),
    '2000::/3',
    '10.0.0.5,8.8.8.8',
    '0.0.0.0/1,128.0.0.0/1',
    'not-an-address',
  ])(
    'production refuses a TRUST_PROXY that trusts public addresses or forged X-Forwarded-For (%#)',
    (trustProxy) => {
      const problems = problemsOf({ NODE_ENV: 'production', TRUST_PROXY: trustProxy });
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^TRUST_PROXY=.*(trusts public addresses|not a list of addresses)/);
    },
  );

  it('the IPv4-mapped catch-all is refused because it trusts IPv4 clients (1.1.2.3 named)', () => {
    expect(problemsOf({ NODE_ENV: 'production', TRUST_PROXY: '::ffff:0:0/96' })[0]).toContain('1.1.2.3');
  });

  it.each(['loopback', 'uniquelocal', '10.0.0.0/8,172.16.0.0/12,192.168.0.0/16', 'fd00::/8', '::1'])(
    'production accepts a TRUST_PROXY of private proxies: %s',
    (trustProxy) => {
      expect(problemsOf({ NODE_ENV: 'production', TRUST_PROXY: trustProxy })).toEqual([]);
    },
  );

  it('never repeats a secret value in its message', () => {
    const message = problemsOf({ DATABASE_URL: 'mysql://admin:s3cret@db/x' }).join('\n');
    expect(message).not.toContain('s3cret');
  });
});
