import { randomBytes } from 'node:crypto';
import { and, eq, gt, lte, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { citizenSessions } from '../schema/index.ts';
import { hashToken } from './sessions.repo.ts';

/** A citizen's stored session as the server needs it: who, and until when at the latest. */
export interface CitizenSessionRow {
  citizenId: string;
  expiresAt: Date;
  lastSeenAt: Date;
}

/**
 * Starts a Min side session; returns the token, which only the citizen's cookie holds (the table
 * holds its SHA-256). `expiresAt` is the absolute end, fixed here: using the session never moves it.
 */
export async function createCitizenSession(
  db: Db,
  input: { citizenId: string; now: Date; expiresAt: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(citizenSessions).values({
    id: hashToken(token),
    citizenId: input.citizenId,
    createdAt: input.now,
    lastSeenAt: input.now,
    expiresAt: input.expiresAt,
  });
  return { token, expiresAt: input.expiresAt };
}

/** The live session for a token at `now`: before its absolute end and seen within `idleMs`; else null. */
export async function findCitizenSession(
  db: Db,
  token: string,
  now: Date,
  idleMs: number,
): Promise<CitizenSessionRow | null> {
  let statement = findStatements.get(db);
  if (!statement) {
    statement = prepareFind(db);
    findStatements.set(db, statement);
  }
  const [row] = await statement.execute({
    id: hashToken(token),
    now,
    seenAfter: new Date(now.getTime() - idleMs),
  });
  return row ?? null;
}

/**
 * The lookup before every request of a signed-in citizen, built once per database and prepared
 * under a name, as the staff session lookup is (sessions.repo.ts, issue 11).
 */
const prepareFind = (db: Db) =>
  db
    .select({
      citizenId: citizenSessions.citizenId,
      expiresAt: citizenSessions.expiresAt,
      lastSeenAt: citizenSessions.lastSeenAt,
    })
    .from(citizenSessions)
    .where(
      and(
        eq(citizenSessions.id, sql.placeholder('id')),
        gt(citizenSessions.expiresAt, sql.placeholder('now')),
        gt(citizenSessions.lastSeenAt, sql.placeholder('seenAfter')),
      ),
    )
    .prepare('rygforlob_find_citizen_session');
const findStatements = new WeakMap<Db, ReturnType<typeof prepareFind>>();

/** The session was used at `now`: its idle clock starts again (never past its absolute end). */
export async function touchCitizenSession(db: Db, token: string, now: Date): Promise<void> {
  await db
    .update(citizenSessions)
    .set({ lastSeenAt: now })
    .where(and(eq(citizenSessions.id, hashToken(token)), gt(citizenSessions.expiresAt, now)));
}

/** Sign-out: the session is gone, so a copy of the cookie is refused too. True if there was one. */
export async function deleteCitizenSession(db: Db, token: string): Promise<boolean> {
  const rows = await db
    .delete(citizenSessions)
    .where(eq(citizenSessions.id, hashToken(token)))
    .returning({ id: citizenSessions.id });
  return rows.length > 0;
}

/**
 * Removes the citizen's sessions that have ended at `now` (past their absolute end or idle longer
 * than `idleMs`), so ended sessions do not pile up; run at each sign-in. Returns how many.
 */
export async function deleteEndedCitizenSessions(
  db: Db,
  citizenId: string,
  now: Date,
  idleMs: number,
): Promise<number> {
  const rows = await db
    .delete(citizenSessions)
    .where(
      and(
        eq(citizenSessions.citizenId, citizenId),
        or(
          lte(citizenSessions.expiresAt, now),
          lte(citizenSessions.lastSeenAt, new Date(now.getTime() - idleMs)),
        ),
      ),
    )
    .returning({ id: citizenSessions.id });
  return rows.length;
}
