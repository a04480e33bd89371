import type { CookieSerializeOptions } from '@fastify/cookie';
import {
  type ApiLimits,
  type AuthedViewer,
  type Context,
  createContextInner,
  type SessionCookie,
  type SessionPolicy,
} from '@rygforlob/api';
import { type Database, findOrganisation, findSession, touchSession } from '@rygforlob/db';
import { TRPCError } from '@trpc/server';
import type { CreateFastifyContextOptions } from '@trpc/server/adapters/fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'rygforlob_session';

/**
 * A session's last use is written at most this often, to spare a write per request: the idle
 * timeout is exact to within this.
 */
const TOUCH_EVERY_MS = 60_000;
/** Organisation names change rarely; the context needs one per request. */
const ORGANISATION_TTL_MS = 5 * 60_000;

export interface SessionOptions {
  database: Database;
  limits: ApiLimits;
  /** Staff sessions: idle timeout and absolute lifetime (settings). */
  session: SessionPolicy;
  now: () => Date;
  cookieSecure: boolean;
  /** Told of a cookie that names no live session; answers how long its address must wait (0: go on). */
  unknownSession?: (request: FastifyRequest) => number;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (the three apps and /trpc share one origin, so
 * every request that needs it is same-site), Path=/, Secure in production.
 */
export function cookieOptions(secure: boolean, expires?: Date): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure, ...(expires ? { expires } : {}) };
}

function sessionCookie(reply: FastifyReply, secure: boolean): SessionCookie {
  return {
    set: (token, expiresAt) => {
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(secure, expiresAt));
    },
    clear: () => {
      reply.clearCookie(SESSION_COOKIE, cookieOptions(secure));
    },
  };
}

/** The tRPC context for one HTTP request: the viewer from the session cookie, or anonymous. */
export function createContextFactory(options: SessionOptions) {
  const { database, limits, session, now, cookieSecure } = options;
  const organisations = new Map<string, { name: string; until: number }>();

  async function organisationName(id: string, at: number): Promise<string> {
    const cached = organisations.get(id);
    if (cached && cached.until > at) return cached.name;
    const name = (await findOrganisation(database.db, id))?.name ?? id;
    organisations.set(id, { name, until: at + ORGANISATION_TTL_MS });
    return name;
  }

  async function viewerFor(token: string, reply: FastifyReply, at: Date): Promise<AuthedViewer | null> {
    const found = await findSession(database.db, token, at, session.idleMs).catch(() => {
      // The driver's message can quote SQL parameters; the client and the log get neither.
      throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'session lookup failed' });
    });
    if (!found) {
      // Expired (idle or absolute), ended or unknown: drop the stale cookie.
      sessionCookie(reply, cookieSecure).clear();
      return null;
    }
    // Use restarts the idle timeout only: the absolute end (expiresAt, set at sign-in) never moves.
    if (at.getTime() - found.session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
      await touchSession(database.db, token, { now: at });
    }
    const { user } = found;
    return {
      userId: user.id,
      actor: user.actor,
      organisationId: user.organisationId,
      displayName: user.displayName,
      organisationName: await organisationName(user.organisationId, at.getTime()),
      sessionToken: token,
    };
  }

  return async ({ req, res }: CreateFastifyContextOptions): Promise<Context> => {
    const at = now();
    const token = req.cookies[SESSION_COOKIE];
    const viewer = token ? await viewerFor(token, res, at) : null;
    if (token && !viewer) {
      // A cookie that names no live session is an anonymous request: its address pays for it.
      const wait = options.unknownSession?.(req) ?? 0;
      if (wait > 0) {
        res.header('retry-after', String(Math.ceil(wait / 1000)));
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'too many requests from this address' });
      }
    }
    return createContextInner({
      database,
      viewer,
      now,
      clientKey: req.ip,
      limits,
      session,
      cookie: sessionCookie(res, cookieSecure),
      response: {
        header: (name, value) => {
          res.header(name, value);
        },
      },
    });
  };
}
