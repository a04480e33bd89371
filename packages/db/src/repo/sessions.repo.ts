import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { sessions, type users } from '../schema/index.ts';
import { runPrepared } from './prepared.ts';

export type SessionRow = typeof sessions.$inferSelect;

/** The signed-in user as a session knows it: never the password hash. */
export interface SessionUser {
  id: string;
  organisationId: string;
  actor: (typeof users.$inferSelect)['actor'];
  displayName: string;
  username: string;
}

/** Sessions are stored by the SHA-256 of their token, so the table alone grants nothing. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Creates a session and returns its token: the only time the token exists outside the client. */
export async function createSession(
  db: Db,
  input: { userId: string; expiresAt: Date; now?: Date },
): Promise<{ token: string; session: SessionRow }> {
  const token = randomBytes(32).toString('base64url');
  const now = input.now ?? new Date();
  const [session] = await db
    .insert(sessions)
    .values({
      id: hashToken(token),
      userId: input.userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: input.expiresAt,
    })
    .returning();
  if (!session) throw new Error('insert into sessions returned no row');
  return { token, session };
}

/**
 * The session lookup, prepared once under a name on either driver (runPrepared): it runs before
 * every signed-in request, and drizzle's builder rebuilt its SQL text (and PostgreSQL parsed and
 * planned it) each time (issue 11's profile: a tenth of a read's server CPU; on PGlite planning it
 * cost as much as running it). One statement for both cases: without an idle timeout the cutoff is
 * the epoch, before any session was seen.
 */
const FIND_SESSION = `select s.id, s.user_id, s.created_at, s.expires_at, s.last_seen_at,
    u.organisation_id, u.actor, u.display_name, u.username
  from sessions s join users u on u.id = s.user_id
  where s.id = $1::text and s.expires_at > $2::timestamptz and s.last_seen_at > $3::timestamptz`;

interface FoundRow {
  id: string;
  user_id: string;
  // Text through node-postgres (drizzle's type parsers), a Date through PGlite.
  created_at: string | Date;
  expires_at: string | Date;
  last_seen_at: string | Date;
  organisation_id: string;
  actor: SessionUser['actor'];
  display_name: string;
  username: string;
}

const EPOCH = new Date(0);

/**
 * The live session for a token, with its user; null otherwise. A session ends at its
 * `expiresAt` (the absolute lifetime, fixed at sign-in) or, with `idleMs`, when it was last seen
 * longer ago than that (the idle timeout): using it never pushes its end further out.
 */
export async function findSession(
  db: Db,
  token: string,
  now: Date = new Date(),
  idleMs?: number,
): Promise<{ session: SessionRow; user: SessionUser } | null> {
  const seenAfter = idleMs === undefined ? EPOCH : new Date(now.getTime() - idleMs);
  const [row] = await runPrepared<FoundRow>(db, 'rygforlob_find_session', FIND_SESSION, [
    hashToken(token),
    now.toISOString(),
    seenAfter.toISOString(),
  ]);
  if (!row) return null;
  return {
    session: {
      id: row.id,
      userId: row.user_id,
      createdAt: new Date(row.created_at),
      expiresAt: new Date(row.expires_at),
      lastSeenAt: new Date(row.last_seen_at),
    },
    user: {
      id: row.user_id,
      organisationId: row.organisation_id,
      actor: row.actor,
      displayName: row.display_name,
      username: row.username,
    },
  };
}

/** Marks the session seen (its idle timeout starts again). False if it is gone or expired. */
export async function touchSession(
  db: Db,
  token: string,
  options: { now?: Date; expiresAt?: Date } = {},
): Promise<boolean> {
  const now = options.now ?? new Date();
  const rows = await db
    .update(sessions)
    .set({ lastSeenAt: now, ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}) })
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function deleteSession(db: Db, token: string): Promise<boolean> {
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.id, hashToken(token)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

/** "Log out everywhere": ends every session of the user; returns how many. */
export async function deleteUserSessions(db: Db, userId: string): Promise<number> {
  const rows = await db.delete(sessions).where(eq(sessions.userId, userId)).returning({ id: sessions.id });
  return rows.length;
}

/** Deletes sessions expired at `now`; returns how many. */
export async function deleteExpiredSessions(db: Db, now: Date = new Date()): Promise<number> {
  const rows = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ id: sessions.id });
  return rows.length;
}
