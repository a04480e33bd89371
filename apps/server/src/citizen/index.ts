import type { AddressInfo } from 'node:net';
import type { Context } from '@rygforlob/api';
import type { Database } from '@rygforlob/db';
import { TEST_CITIZENS } from '@rygforlob/domain/testing';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import { DEMO_STORIES } from '../demo/stories.ts';
import type { Settings } from '../settings.ts';
import { type CitizenSettings, loadCitizenSettings } from './citizen.settings.ts';
import {
  CITIZEN_COOKIE,
  CitizenSessions,
  citizenCookieOptions,
  resumeCitizenSession,
} from './citizen-session.ts';
import { createDemoIdp, DEMO_IDP_PATH, type DemoIdp, mountDemoIdp } from './demo-idp.ts';
import { CITIZEN_AUTH_PATH, registerRelyingParty } from './relying-party.ts';

export { CITIZEN_COOKIE } from './citizen-session.ts';

export interface CitizenOptions {
  database: Database;
  settings: Settings;
  now: () => Date;
  /** Defaults to the environment (citizen.settings.ts). */
  citizenSettings?: CitizenSettings;
}

/** The demo citizens: the citizens of the demo stories, the test IdP's accounts. */
export const DEMO_CITIZENS = TEST_CITIZENS.filter((c) => DEMO_STORIES.some((s) => s.citizen === c.id));

type CreateContext = (options: CreateFastifyContextOptions) => Promise<Context>;

/**
 * Min side's sign-in: the OpenID Connect relying party at /citizen-auth, the embedded test IdP at
 * /demo-idp (never in production), and the citizen's session cookie. Returns a wrapper for the
 * tRPC context that adds the signed-in citizen (the `me` router's viewer).
 */
export async function registerCitizenSignIn(
  app: FastifyInstance,
  options: CitizenOptions,
): Promise<{ withCitizen(createContext: CreateContext): CreateContext }> {
  const { database, settings, now } = options;
  // The server's own NODE_ENV decides, whatever the process's environment says.
  const citizenSettings =
    options.citizenSettings ?? loadCitizenSettings({ ...process.env, NODE_ENV: settings.env });
  if (citizenSettings.disabledBecause.length > 0) {
    app.log.warn({ missing: citizenSettings.disabledBecause }, 'citizen sign-in (Min side) is off');
    app.all(`${CITIZEN_AUTH_PATH}/*`, (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send(`Min side er ikke sat op på denne server:\n${citizenSettings.disabledBecause.join('\n')}`),
    );
    return {
      withCitizen: (createContext) => async (http) => ({ ...(await createContext(http)), citizen: null }),
    };
  }
  const sessions = new CitizenSessions(citizenSettings.sessionKey);

  const origin = () => {
    if (citizenSettings.publicUrl) return citizenSettings.publicUrl;
    const address = app.server.address() as AddressInfo | null;
    if (!address || typeof address === 'string') throw new Error('the server is not listening yet');
    // Listening on every interface: the browser on this machine reaches it as loopback.
    const wildcard = address.address === '0.0.0.0' || address.address === '::';
    const ip = wildcard ? '127.0.0.1' : address.address;
    const host = address.family === 'IPv6' && !wildcard ? `[${ip}]` : ip;
    return `http://${host}:${address.port}`;
  };

  // The test IdP is made when first asked for: its issuer is this server's address once it listens.
  let demo: DemoIdp | null = null;
  const demoIdp = () => {
    if (settings.env === 'production') throw new Error('the test IdP is never served in production');
    demo ??= createDemoIdp({
      issuer: `${origin()}${DEMO_IDP_PATH}`,
      redirectUri: `${origin()}${CITIZEN_AUTH_PATH}/callback`,
      cprClaim: citizenSettings.cprClaim,
      accounts: DEMO_CITIZENS,
      trustProxy: settings.trustProxy !== false,
    });
    return demo;
  };
  if (!citizenSettings.oidc && settings.env !== 'production') {
    await mountDemoIdp(app, demoIdp, DEMO_CITIZENS);
  }

  registerRelyingParty(app, {
    database,
    sessions,
    now,
    cookieSecure: settings.cookieSecure,
    cprClaim: citizenSettings.cprClaim,
    origin,
    issuer: () => {
      if (citizenSettings.oidc) return citizenSettings.oidc;
      const { clientId, clientSecret } = demoIdp();
      return { issuer: `${origin()}${DEMO_IDP_PATH}`, clientId, clientSecret };
    },
  });

  return {
    withCitizen: (createContext) => async (http) => {
      const context = await createContext(http);
      const session = await resumeCitizenSession(database.db, http.req.cookies[CITIZEN_COOKIE], now());
      if (!session) {
        if (http.req.cookies[CITIZEN_COOKIE]) {
          http.res.clearCookie(CITIZEN_COOKIE, citizenCookieOptions(settings.cookieSecure));
        }
        return { ...context, citizen: null };
      }
      return { ...context, citizen: { citizenId: session.citizenId } };
    },
  };
}
