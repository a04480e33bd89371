import { createHmac, timingSafeEqual } from 'node:crypto';
import type { CookieSerializeOptions } from '@fastify/cookie';

/** The citizen's cookie: separate from the staff session (`rygforlob_session`), never both in one. */
export const CITIZEN_COOKIE = 'rygforlob_borger';
/** Short, as the issue asks for a citizen on a shared or lost phone: 15 min idle, 1 h absolute. */
export const CITIZEN_IDLE_MS = 15 * 60_000;
export const CITIZEN_ABSOLUTE_MS = 60 * 60_000;
/** The idle clock is moved (a new cookie) at most this often. */
const REFRESH_EVERY_MS = 60_000;

export interface CitizenSession {
  citizenId: string;
  /** When the citizen signed in (ms): the absolute limit counts from here. */
  issuedAt: number;
  /** Last request seen (ms): the idle limit counts from here. */
  seenAt: number;
}

/**
 * A citizen session is a signed cookie (HMAC-SHA256 with the server's citizen session key):
 * stateless, so every server process behind one PostgreSQL accepts it with the same key, and no
 * table holds citizens' sessions. Signing out clears the cookie; a copied cookie lives at most
 * until its idle limit (15 min).
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

  encode(session: CitizenSession): string {
    return this.seal(['s', session.citizenId, session.issuedAt, session.seenAt]);
  }

  /** The session if the cookie is ours, well formed and within both limits at `now`; else null. */
  decode(cookie: string | undefined, now: number): CitizenSession | null {
    const opened = this.open(cookie);
    // The 's' tag keeps a sealed sign-in transaction from passing for a session.
    if (opened?.length !== 4 || opened[0] !== 's') return null;
    const parsed = opened.slice(1);
    const [citizenId, issuedAt, seenAt] = parsed as [unknown, unknown, unknown];
    if (typeof citizenId !== 'string' || typeof issuedAt !== 'number' || typeof seenAt !== 'number')
      return null;
    if (now - issuedAt >= CITIZEN_ABSOLUTE_MS || now - seenAt >= CITIZEN_IDLE_MS) return null;
    if (seenAt > now + 60_000 || issuedAt > seenAt) return null;
    return { citizenId, issuedAt, seenAt };
  }

  /** A session seen now: a fresh cookie when the last one is a minute old, else null (keep it). */
  touch(session: CitizenSession, now: number): CitizenSession | null {
    return now - session.seenAt >= REFRESH_EVERY_MS ? { ...session, seenAt: now } : null;
  }

  /** When the cookie should vanish from the browser: the sooner of the two limits. */
  expiresAt(session: CitizenSession): Date {
    return new Date(Math.min(session.seenAt + CITIZEN_IDLE_MS, session.issuedAt + CITIZEN_ABSOLUTE_MS));
  }
}

/** HttpOnly, SameSite=Strict, Path=/, Secure over HTTPS: the same flags as the staff cookie. */
export function citizenCookieOptions(secure: boolean, expires?: Date): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', path: '/', secure, ...(expires ? { expires } : {}) };
}
