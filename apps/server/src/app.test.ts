import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, Db } from '@rygforlob/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './app.ts';
import { SESSION_COOKIE } from './session.ts';
import { loadSettings } from './settings.ts';
import { TEST_PASSWORD, testServer } from './testing.ts';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

const sessionCookieOf = (res: { cookies: { name: string; value: string }[] }) =>
  res.cookies.find((c) => c.name === SESSION_COOKIE);
const me = (cookie?: string) =>
  server.app.inject({
    method: 'GET',
    url: '/trpc/auth.me',
    ...(cookie ? { cookies: { [SESSION_COOKIE]: cookie } } : {}),
  });

describe('/health', () => {
  it('answers ok with the driver after a query', async () => {
    const res = await server.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, db: 'pglite' });
  });

  it('answers 503 when the database fails', async () => {
    const broken: Database = {
      driver: 'postgres',
      db: { execute: () => Promise.reject(new Error('connection refused')) } as unknown as Db,
      migrate: async () => {},
      close: async () => {},
    };
    const app = await buildApp({
      database: broken,
      settings: loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    });
    const res = await app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ ok: false, db: 'postgres' });
    await app.close();
  });
});

describe('sessions', () => {
  it('login sets an HttpOnly, SameSite=Strict, Path=/ cookie; the token is not in the body or the logs', async () => {
    const res = await server.login('laege.test', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = sessionCookieOf(res);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.value).toMatch(/^[\w-]{43}$/);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).not.toMatch(/Secure/);
    expect(res.body).not.toContain(cookie?.value);
    expect(res.json().result.data.me).toMatchObject({
      userId: 'user-gp-test',
      actor: 'gp',
      organisationName: 'Lægehuset Prøvevej',
    });
    expect(server.logs.text).not.toContain(cookie?.value);
    expect(server.logs.text).not.toContain(TEST_PASSWORD);
  });

  it('a request with the cookie is the viewer; without it, anonymous', async () => {
    const cookie = sessionCookieOf(await server.login('laege.test', TEST_PASSWORD));
    const signedIn = await me(cookie?.value);
    expect(signedIn.json().result.data).toMatchObject({ userId: 'user-gp-test', displayName: 'Læge Test' });
    expect((await me()).json().result.data).toBeNull();
    expect((await me('not-a-session')).json().result.data).toBeNull();
  });

  it('no sliding expiry: a session used all day still ends 12 h after sign-in (issue 9)', async () => {
    const cookie = sessionCookieOf(await server.login('laege.test', TEST_PASSWORD))?.value;
    // Every 20 minutes for 11 h 40 min: never idle for 30 minutes.
    for (let step = 0; step < 35; step++) {
      server.advance(20 * 60_000);
      expect((await me(cookie)).json().result.data).not.toBeNull();
    }
    server.advance(20 * 60_000);
    expect((await me(cookie)).json().result.data).toBeNull();
  });

  it('an expired session is anonymous, and its cookie is cleared', async () => {
    const cookie = sessionCookieOf(await server.login('laege.test', TEST_PASSWORD))?.value;
    server.advance(13 * 3_600_000);
    const res = await me(cookie);
    expect(res.json().result.data).toBeNull();
    expect(sessionCookieOf(res)?.value).toBe('');
  });

  it('logout deletes the session and clears the cookie', async () => {
    const cookie = sessionCookieOf(await server.login('laege.test', TEST_PASSWORD))?.value;
    const res = await server.app.inject({
      method: 'POST',
      url: '/trpc/auth.logout',
      cookies: { [SESSION_COOKIE]: cookie ?? '' },
      payload: {},
    });
    expect(res.statusCode).toBe(200);
    const cleared = sessionCookieOf(res);
    expect(cleared?.value).toBe('');
    expect(String(res.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await me(cookie)).json().result.data).toBeNull();
  });

  it('a wrong password is 401; after 5 failures the limiter answers 429, even with the right password', async () => {
    const wrong = await server.login('laege.test', 'forkert');
    expect(wrong.statusCode).toBe(401);
    expect(sessionCookieOf(wrong)).toBeUndefined();
    for (let i = 0; i < 4; i++) expect((await server.login('laege.test', 'forkert')).statusCode).toBe(401);
    expect((await server.login('laege.test', 'forkert')).statusCode).toBe(429);
    expect((await server.login('laege.test', TEST_PASSWORD)).statusCode).toBe(429);
    server.advance(16 * 60_000);
    expect((await server.login('laege.test', TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('HTTP hygiene', () => {
  it('every response carries the security headers', async () => {
    for (const url of ['/health', '/trpc/auth.me', '/clinic/', '/does-not-exist']) {
      const res = await server.app.inject({ method: 'GET', url });
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    const api = await server.app.inject({ method: 'GET', url: '/trpc/auth.me' });
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it('refuses API calls a browser marks as cross-site', async () => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { username: 'laege.test', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('the three apps', () => {
  it('/ goes to /clinic/, and /clinic to /clinic/', async () => {
    expect((await server.app.inject({ method: 'GET', url: '/' })).headers.location).toBe('/clinic/');
    expect((await server.app.inject({ method: 'GET', url: '/clinic' })).headers.location).toBe('/clinic/');
  });

  it('before an app is built, its prefix says so plainly (200, not 404)', async () => {
    for (const url of ['/clinic/', '/rehab/worklist', '/employment/']) {
      const res = await server.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      expect(res.body).toContain('ikke bygget');
    }
  });

  it('serves a built app: files, the index for client routes, 404 for missing files', async () => {
    const appsDir = mkdtempSync(join(tmpdir(), 'rygforlob-built-'));
    mkdirSync(join(appsDir, 'rehab', 'dist', 'assets'), { recursive: true });
    writeFileSync(join(appsDir, 'rehab', 'dist', 'index.html'), '<!doctype html><title>Rehab</title>');
    writeFileSync(join(appsDir, 'rehab', 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
    const app = await buildApp({
      database: server.database,
      settings: loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      static: { appsDir },
    });
    const route = await app.inject({ method: 'GET', url: '/rehab/pathway/123' });
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>Rehab</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ method: 'GET', url: '/rehab/assets/index-abc123.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject({ method: 'GET', url: '/rehab/assets/missing.js' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/rehab/../../etc/passwd' })).statusCode).not.toBe(200);
    expect((await app.inject({ method: 'GET', url: '/clinic/' })).body).toContain('ikke bygget');
    await app.close();
  });
});
