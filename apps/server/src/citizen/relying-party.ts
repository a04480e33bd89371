import { type Database, findCitizenByCpr, writeAudit } from '@rygforlob/db';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as client from 'openid-client';
import {
  CITIZEN_COOKIE,
  type CitizenSessions,
  citizenCookieOptions,
  endCitizenSession,
  startCitizenSession,
} from './citizen-session.ts';

/** Where the sign-in lives: /citizen-auth/login, /callback and /logout. */
export const CITIZEN_AUTH_PATH = '/citizen-auth';
/** The sign-in in progress (PKCE verifier, state, nonce), sealed; only for the callback. */
const TRANSACTION_COOKIE = 'rygforlob_borger_login';
const TRANSACTION_MS = 10 * 60_000;
const APP_PATH = '/borger/';

export interface RelyingPartyOptions {
  database: Database;
  sessions: CitizenSessions;
  now: () => Date;
  cookieSecure: boolean;
  cprClaim: string;
  /** The server's address as the browser sees it (resolved once the server listens). */
  origin: () => string;
  /** The issuer and this client's credentials (resolved on first use). */
  issuer: () => { issuer: string; clientId: string; clientSecret: string };
}

/**
 * The server as an OpenID Connect relying party (openid-client): authorization code with PKCE,
 * state and nonce; the CPR number from the ID token's `cprClaim`. The citizen must be known to
 * Rygforløb (have a pathway); the session is a signed cookie (citizen-session.ts).
 */
export function registerRelyingParty(app: FastifyInstance, options: RelyingPartyOptions): void {
  const { database, sessions, now, cookieSecure, cprClaim } = options;
  let configuration: Promise<client.Configuration> | null = null;
  const redirectUri = () => `${options.origin()}${CITIZEN_AUTH_PATH}/callback`;

  function config(): Promise<client.Configuration> {
    if (!configuration) {
      const { issuer, clientId, clientSecret } = options.issuer();
      const insecure = new URL(issuer).protocol === 'http:';
      configuration = client
        .discovery(
          new URL(issuer),
          clientId,
          undefined,
          client.ClientSecretBasic(clientSecret),
          // Plain HTTP only for the embedded test IdP on this machine (production refuses it: settings).
          insecure ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .catch((error: unknown) => {
          configuration = null;
          throw error;
        });
    }
    return configuration;
  }

  const transactionCookie = (reply: FastifyReply, value: string | null) => {
    const flags = {
      httpOnly: true,
      // Lax: the broker sends the browser back with a top-level GET from its own site.
      sameSite: 'lax' as const,
      path: CITIZEN_AUTH_PATH,
      secure: cookieSecure,
    };
    if (value === null) reply.clearCookie(TRANSACTION_COOKIE, flags);
    else reply.setCookie(TRANSACTION_COOKIE, value, { ...flags, maxAge: TRANSACTION_MS / 1000 });
  };

  app.get(`${CITIZEN_AUTH_PATH}/login`, async (_request, reply) => {
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(await config(), {
      redirect_uri: redirectUri(),
      scope: 'openid profile cpr',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      nonce,
    });
    transactionCookie(reply, sessions.seal(['t', verifier, state, nonce, now().getTime()]));
    return reply.redirect(url.href, 303);
  });

  const failed = (reply: FastifyReply, why: 'cancelled' | 'failed' | 'unknown') => {
    transactionCookie(reply, null);
    return reply.redirect(`${APP_PATH}?login=${why}`, 303);
  };

  app.get(`${CITIZEN_AUTH_PATH}/callback`, async (request: FastifyRequest, reply) => {
    const sealed = sessions.open(request.cookies[TRANSACTION_COOKIE]);
    const at = now().getTime();
    if (sealed?.[0] !== 't' || typeof sealed[4] !== 'number' || at - sealed[4] > TRANSACTION_MS) {
      return failed(reply, 'failed');
    }
    const [, verifier, state, nonce] = sealed as [string, string, string, string, number];
    const current = new URL(request.url, options.origin());
    if (current.searchParams.get('error') === 'access_denied') return failed(reply, 'cancelled');
    let cpr: unknown;
    try {
      const tokens = await client.authorizationCodeGrant(await config(), current, {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
        idTokenExpected: true,
      });
      cpr = tokens.claims()?.[cprClaim];
    } catch (error) {
      request.log.warn(
        { err: { name: (error as Error).name, code: (error as { code?: string }).code } },
        'citizen sign-in failed',
      );
      return failed(reply, 'failed');
    }
    const citizen = typeof cpr === 'string' ? await findCitizenByCpr(database.db, cpr) : null;
    if (!citizen) {
      await writeAudit(database.db, { actor: 'citizen', action: 'citizen.signIn', outcome: 'not-found' });
      return failed(reply, 'unknown');
    }
    const session = await startCitizenSession(database.db, citizen.id, new Date(at));
    transactionCookie(reply, null);
    reply.setCookie(CITIZEN_COOKIE, session.token, citizenCookieOptions(cookieSecure, session.expiresAt));
    await writeAudit(database.db, {
      actor: 'citizen',
      userId: `citizen:${citizen.id}`,
      citizenId: citizen.id,
      action: 'citizen.signIn',
      outcome: 'ok',
    });
    // A page, not a redirect: after a redirect chain that began at the broker's site the browser
    // would not yet send a SameSite=Strict cookie; a navigation from this page is same-site.
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(
        `<!doctype html><html lang="da"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${APP_PATH}"><title>Logget ind</title></head><body><p><a href="${APP_PATH}">Fortsæt til Min side</a></p></body></html>`,
      );
  });

  // A plain form post (the app's "Log ud" button): its own scope takes the form body and ignores it.
  void app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', (_request, _payload, done) => done(null));
    scope.post(`${CITIZEN_AUTH_PATH}/logout`, async (request, reply) => {
      await endCitizenSession(database.db, request.cookies[CITIZEN_COOKIE]);
      reply.clearCookie(CITIZEN_COOKIE, citizenCookieOptions(cookieSecure));
      return reply.redirect(`${APP_PATH}?login=out`, 303);
    });
  });
}
