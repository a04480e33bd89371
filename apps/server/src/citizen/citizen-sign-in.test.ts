import { hashToken, listAuditForCitizen, registerCitizen, schema } from '@rygforlob/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSettings } from '../settings.ts';
import { testServer } from '../testing.ts';
import { CitizenSettingsError, loadCitizenSettings } from './citizen.settings.ts';
import { CITIZEN_COOKIE, CitizenSessions } from './citizen-session.ts';
import { DEMO_CITIZENS } from './index.ts';

/** A browser's cookie jar and redirect following, just enough for the sign-in's redirect flow. */
class Browser {
  readonly cookies = new Map<string, string>();
  constructor(readonly origin: string) {}
  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      const text = value.join('=');
      if (text === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), text);
    }
  }
  async request(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(new URL(url, this.origin), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    this.remember(response);
    return response;
  }
  /** Follows redirects (GET) until a page answers; returns it and the path it ended on. */
  async follow(url: string, init: RequestInit = {}): Promise<{ response: Response; path: string }> {
    let response = await this.request(url, init);
    let at = new URL(url, this.origin);
    for (let hops = 0; response.status >= 300 && response.status < 400 && hops < 10; hops++) {
      at = new URL(response.headers.get('location') ?? '/', at);
      response = await this.request(at.href);
    }
    return { response, path: at.pathname + at.search };
  }
}

const citizen = DEMO_CITIZENS[0];
if (!citizen) throw new Error('no demo citizen');

describe('citizen sign-in (OpenID Connect, the test IdP)', () => {
  let server: Awaited<ReturnType<typeof testServer>>;
  let origin: string;
  let citizenId: string;

  beforeAll(async () => {
    server = await testServer();
    const registered = await registerCitizen(server.database.db, {
      cpr: citizen.cpr,
      name: citizen.name,
      municipality: citizen.municipality,
    });
    citizenId = registered.citizen.id;
    origin = await server.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => server.close());

  async function signIn(browser: Browser, account: string) {
    const { response, path } = await browser.follow('/citizen-auth/login');
    expect(path).toMatch(/^\/demo-idp\/interaction\//);
    const page = await response.text();
    expect(page).toContain('Log ind som testborger');
    const action = page.match(/action="([^"]+)"/)?.[1] ?? '';
    return browser.follow(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ account }).toString(),
    });
  }

  it('signs a demo citizen in through the real redirect flow, with PKCE, into a Strict HttpOnly cookie', async () => {
    const browser = new Browser(origin);
    const login = await browser.request('/citizen-auth/login');
    const authorize = new URL(login.headers.get('location') ?? '');
    expect(authorize.pathname).toBe('/demo-idp/auth');
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();

    const { response, path } = await signIn(browser, citizen.id);
    expect(path).toMatch(/^\/citizen-auth\/callback\?/);
    expect(response.status).toBe(200);
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${CITIZEN_COOKIE}=`)) ?? '';
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(browser.cookies.has(CITIZEN_COOKIE)).toBe(true);
    // Not the staff session: the staff API still sees nobody.
    expect(browser.cookies.has('rygforlob_session')).toBe(false);

    const log = await listAuditForCitizen(server.database.db, citizenId);
    expect(log.some((row) => row.action === 'citizen.signIn' && row.outcome === 'ok')).toBe(true);
  });

  const session = async (browser: Browser) =>
    (
      (await (await browser.request('/trpc/me.session')).json()) as {
        result: { data: { signedIn: boolean } };
      }
    ).result.data.signedIn;

  it('the session ends after 15 minutes idle, and at once on sign-out (a form post from Min side)', async () => {
    const browser = new Browser(origin);
    await signIn(browser, citizen.id);
    expect(await session(browser)).toBe(true);
    server.advance(14 * 60_000);
    expect(await session(browser)).toBe(true); // and the cookie is renewed: idle counts from now
    server.advance(14 * 60_000);
    expect(await session(browser)).toBe(true);
    server.advance(15 * 60_000);
    expect(await session(browser)).toBe(false);
    expect(browser.cookies.has(CITIZEN_COOKIE)).toBe(false);

    const again = new Browser(origin);
    await signIn(again, citizen.id);
    const out = await again.request('/citizen-auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: '',
    });
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/borger/?login=out');
    expect(again.cookies.has(CITIZEN_COOKIE)).toBe(false);
    expect(await session(again)).toBe(false);
  });

  it('sign-out ends the session on the server: a copy of the cookie taken before is refused', async () => {
    const browser = new Browser(origin);
    await signIn(browser, citizen.id);
    const copied = browser.cookies.get(CITIZEN_COOKIE) ?? '';
    expect(copied).not.toBe('');
    const thief = new Browser(origin);
    thief.cookies.set(CITIZEN_COOKIE, copied);
    expect(await session(thief)).toBe(true);

    await browser.request('/citizen-auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: '',
    });
    thief.cookies.set(CITIZEN_COOKIE, copied);
    expect(await session(thief)).toBe(false);
    // The table never held the token itself, only its SHA-256, and holds nothing of it now.
    const stored = await server.database.db.select().from(schema.citizenSessions);
    expect(stored.some((row) => row.id === copied)).toBe(false);
    expect(stored.some((row) => row.id === hashToken(copied))).toBe(false);
  });

  it('the session ends one hour after sign-in however busy the citizen is', async () => {
    const browser = new Browser(origin);
    await signIn(browser, citizen.id);
    for (let minutes = 0; minutes < 59; minutes += 10) {
      expect(await session(browser)).toBe(true);
      server.advance(10 * 60_000);
    }
    // 60 minutes after sign-in, seen 10 minutes ago: the absolute limit ends it.
    expect(await session(browser)).toBe(false);
  });

  it('a citizen Rygforløb does not know gets no session', async () => {
    const stranger = DEMO_CITIZENS[1];
    if (!stranger) throw new Error('no second demo citizen');
    const browser = new Browser(origin);
    const { path } = await signIn(browser, stranger.id);
    expect(path).toBe('/borger/?login=unknown');
    expect(browser.cookies.has(CITIZEN_COOKIE)).toBe(false);
  });

  it('a callback without the sign-in it answers (forged state, no transaction cookie) is refused', async () => {
    const browser = new Browser(origin);
    const { path } = await browser.follow('/citizen-auth/callback?code=made-up&state=made-up');
    expect(path).toBe('/borger/?login=failed');
    expect(browser.cookies.has(CITIZEN_COOKIE)).toBe(false);
  });

  it('the test IdP refuses an account that is not a demo citizen', async () => {
    const browser = new Browser(origin);
    const { response } = await browser.follow('/citizen-auth/login');
    const action = (await response.text()).match(/action="([^"]+)"/)?.[1] ?? '';
    const refused = await browser.request(action, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'account=laege.vejle',
    });
    expect(refused.status).toBe(400);
  });
});

describe('citizen sign-in transaction cookie', () => {
  const sealer = new CitizenSessions(Buffer.alloc(32, 7));

  it('a sealed value edited, or sealed with another key, is refused', () => {
    const cookie = sealer.seal(['t', 'verifier', 'state', 'nonce', 1]);
    const [body, mac] = cookie.split('.');
    const forged = Buffer.from(JSON.stringify(['t', 'mine', 'state', 'nonce', 1])).toString('base64url');
    expect(sealer.open(`${forged}.${mac}`)).toBeNull();
    expect(new CitizenSessions(Buffer.alloc(32, 8)).open(cookie)).toBeNull();
    expect(sealer.open(`${body}.${mac}`)).toEqual(['t', 'verifier', 'state', 'nonce', 1]);
  });
});

describe('citizen sign-in settings', () => {
  it('production never serves the test IdP nor a per-process key: without a broker, the sign-in is off', async () => {
    const off = loadCitizenSettings({ NODE_ENV: 'production' });
    expect(off.disabledBecause.map((p) => p.split(':')[0])).toEqual([
      'CITIZEN_OIDC_ISSUER',
      'CITIZEN_SESSION_KEY',
      'PUBLIC_URL',
    ]);
    expect(() => loadCitizenSettings({ CITIZEN_OIDC_ISSUER: 'https://broker.example.dk' })).toThrow(
      CitizenSettingsError,
    );
    const server = await testServer({
      settings: loadSettings({ NODE_ENV: 'production', SEED_DEMO: 'false' }),
    });
    const login = await server.app.inject({ method: 'GET', url: '/citizen-auth/login' });
    expect(login.statusCode).toBe(503);
    const idp = await server.app.inject({ method: 'GET', url: '/demo-idp/.well-known/openid-configuration' });
    expect(idp.statusCode).toBe(404);
    await server.close();
    const ok = loadCitizenSettings({
      NODE_ENV: 'production',
      CITIZEN_OIDC_ISSUER: 'https://broker.example.dk',
      CITIZEN_OIDC_CLIENT_ID: 'rygforlob',
      CITIZEN_OIDC_CLIENT_SECRET: 'a-long-enough-client-secret',
      CITIZEN_SESSION_KEY: Buffer.alloc(32, 1).toString('base64'),
      PUBLIC_URL: 'https://rygforlob.example.dk/',
    });
    expect(ok.disabledBecause).toEqual([]);
    expect(ok.oidc?.issuer).toBe('https://broker.example.dk');
    expect(ok.publicUrl).toBe('https://rygforlob.example.dk');
  });
});
