import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from './session.ts';
import { loadSettings } from './settings.ts';
import { TEST_PASSWORD, testServer } from './testing.ts';

/**
 * Issue 9's review: the Origin check compared Origin with the request's own Host, so
 * `Host: evil.example` with `Origin: http://evil.example` passed on auth.logout (DNS rebinding).
 */
type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PUBLIC = 'https://rygforlob.example.dk';
const start = async (env: Record<string, string>) => {
  server = await testServer({ settings: loadSettings({ LOG_LEVEL: 'silent', ...env }) });
  return server;
};
/** auth.logout of a fresh session: 200 once the Origin check lets it through, else 403. */
const logout = async (s: Server, headers: Record<string, string>) => {
  const login = await s.login('laege.test', TEST_PASSWORD);
  const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '';
  return s.app.inject({
    method: 'POST',
    url: '/trpc/auth.logout',
    headers,
    cookies: { [SESSION_COOKIE]: cookie },
    payload: {},
  });
};

describe('Origin and Host with PUBLIC_URL (issue 9)', () => {
  it("a rebound name's own Host and Origin no longer pass: with PUBLIC_URL, Origin is compared with PUBLIC_URL", async () => {
    const s = await start({ NODE_ENV: 'test', PUBLIC_URL: `${PUBLIC}/` });
    const rebound = await logout(s, { host: 'evil.example', origin: 'http://evil.example' });
    expect(rebound.statusCode).toBe(403);
    expect(rebound.json().error).toContain('another origin');
    expect((await logout(s, { host: 'evil.example', origin: PUBLIC })).statusCode).toBe(200);
    // Non-browser clients send no Origin: they pass, by design.
    expect((await logout(s, { host: 'rygforlob.example.dk' })).statusCode).toBe(200);
  });

  it('without PUBLIC_URL, an Origin other than the one the request reached is refused; the same one passes', async () => {
    const s = await start({ NODE_ENV: 'test' });
    expect((await logout(s, { origin: 'http://evil.example' })).statusCode).toBe(403);
    expect((await logout(s, { origin: 'http://localhost:80' })).statusCode).toBe(200);
  });

  it('production refuses a request for another Host than PUBLIC_URL’s (DNS rebinding), /health excepted', async () => {
    const s = await start({ NODE_ENV: 'production', SEED_DEMO: 'false', PUBLIC_URL: PUBLIC });
    const rebound = await s.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { host: 'evil.example' },
      payload: { username: 'laege.test', password: TEST_PASSWORD },
    });
    expect(rebound.statusCode).toBe(421);
    expect(
      (await s.app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { host: 'evil.example' } }))
        .statusCode,
    ).toBe(421);
    expect(
      (await s.app.inject({ method: 'GET', url: '/health', headers: { host: '10.0.0.5:3000' } })).statusCode,
    ).toBe(200);
    for (const host of ['rygforlob.example.dk', 'RYGFORLOB.example.dk', 'rygforlob.example.dk:443']) {
      const res = await s.app.inject({ method: 'GET', url: '/trpc/auth.me', headers: { host } });
      expect(res.statusCode, host).toBe(200);
    }
  });
});
