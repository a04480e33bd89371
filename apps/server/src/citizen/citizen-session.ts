import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';
import {
  createCitizenSession,
  type Db,
  deleteCitizenSession,
  deleteEndedCitizenSessions,
  findCitizenSession,
  touchCitizenSession,
} from '@rygforlob/db';

/** The citizen's cookie: separate from the staff session (`rygforlob_session`), never both in one. */
export const CITIZEN_COOKIE = 'rygforlob_borger';
/** Short, as the issue asks for a citizen on a shared or lost phone: 15 min idle, 1 h absolute. */
export const CITIZEN_IDLE_MS = 15 * 60_000;
export const CITIZEN_ABSOLUTE_MS = 60 * 60_000;
/** The idle clock is moved (a write to the session's row) at most this often. */
const REFRESH_EVERY_MS = 60_000;

/**
 * Sealed cookies (HMAC-SHA256 with the server's citizen session key) for the sign-in transaction
 * (PKCE verifier, state, nonce), which must survive the round trip to the broker without a table.
 * The session itself is stored (`startCitizenSession` below) so that sign-out revokes it.
 */
export class CitizenSessions {
  constructor(private readonly key: Buffer) {
    if (key.length < 32) throw new RangeError('the citizen session key must be at least 32 bytes');
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }

  /** JSON values in a cookie that only this key could have written (readable, not secret). */
  seal(values: readonly (string | number)[]): string {
    const body = Buffer.from(JSON.stringify(values)).toString('base64url');
    return `${body}.${this.sign(body)}`;
  }

  /** What `seal` put in, if the cookie is untouched; else null. */
  open(cookie: string | undefined): unknown[] | null {
    if (!cookie) return null;
    const [body, mac, extra] = cookie.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const parsed: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
      return Array.isArray(parsed) ? parsed : null;
    } catch {
      return null;
    }
  }
}

/** HttpOnly, SameSite=Strict, Path=/, Secure over HTTPS: the same flags as the staff cookie. */
export function citizenCookieOptions(secure: boolean, expires?: Date): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure, ...(expires ? { expires } : {}) };
}

/**
 * A signed-in citizen's session, stored (only the SHA-256 of the cookie's random token), so that
 * every server process behind one PostgreSQL knows it and signing out ends it for every copy of
 * the cookie. Ends after 15 min idle or 1 h from sign-in, whichever comes first.
 */
export async function startCitizenSession(
  db: Db,
  citizenId: string,
  now: Date,
): Promise<{ token: string; expiresAt: Date }> {
  await deleteEndedCitizenSessions(db, citizenId, now, CITIZEN_IDLE_MS);
  return createCitizenSession(db, {
    citizenId,
    now,
    expiresAt: new Date(now.getTime() + CITIZEN_ABSOLUTE_MS),
  });
}

/** The citizen of a live session, its idle clock moved to `now` (at most once a minute); else null. */
export async function resumeCitizenSession(
  db: Db,
  token: string | undefined,
  now: Date,
): Promise<{ citizenId: string; expiresAt: Date } | null> {
  if (!token) return null;
  const row = await findCitizenSession(db, token, now, CITIZEN_IDLE_MS);
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= REFRESH_EVERY_MS) await touchCitizenSession(db, token, now);
  return { citizenId: row.citizenId, expiresAt: row.expiresAt };
}

/** Sign-out: the stored session is deleted, so a copied cookie is refused from now on. */
export async function endCitizenSession(db: Db, token: string | undefined): Promise<void> {
  if (token) await deleteCitizenSession(db, token);
}
