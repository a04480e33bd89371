import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, lte } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { sessions, users } from '../schema/index.ts';

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

/** The unexpired session for a token, with its user; null otherwise. */
export async function findSession(
  db: Db,
  token: string,
  now: Date = new Date(),
): Promise<{ session: SessionRow; user: SessionUser } | null> {
  const [row] = await db
    .select({
      session: sessions,
      user: {
        id: users.id,
        organisationId: users.organisationId,
        actor: users.actor,
        displayName: users.displayName,
        username: users.username,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, hashToken(token)), gt(sessions.expiresAt, now)));
  return row ?? null;
}

/** Marks the session seen (and, for a sliding expiry, extends it). False if it is gone or expired. */
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

/** Deletes sessions expired at `now`; returns how many. */
export async function deleteExpiredSessions(db: Db, now: Date = new Date()): Promise<number> {
  const rows = await db.delete(sessions).where(lte(sessions.expiresAt, now)).returning({ id: sessions.id });
  return rows.length;
}
