import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { attemptCounters } from '../schema/index.ts';

/**
 * How many attempts a key gets before each further one waits: `free` attempts per `windowMs`,
 * then a delay of baseDelayMs, doubling with every attempt, up to maxDelayMs. A growing delay
 * instead of a lockout: nobody can shut a user out for long by failing on their behalf.
 */
export interface AttemptPolicy {
  free: number;
  windowMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export type AttemptVerdict = { allowed: true; count: number } | { allowed: false; retryAfterMs: number };

/**
 * Counts one attempt for `key` unless the key is waiting out a delay, in one atomic statement:
 * parallel attempts on any number of server processes are counted one after the other by the
 * row lock, so at most `free` of them get through before the first delay.
 */
export async function countAttempt(
  db: Db,
  key: string,
  policy: AttemptPolicy,
  now: Date,
): Promise<AttemptVerdict> {
  const windowEdge = new Date(now.getTime() - policy.windowMs);
  const fresh = sql`(${attemptCounters.windowStart} <= ${windowEdge})`;
  const next = sql`(case when ${fresh} then 1 else ${attemptCounters.count} + 1 end)`;
  const delayFor = (count: unknown) =>
    sql`(case when ${count} >= ${policy.free}
      then ${now}::timestamptz + least(${policy.maxDelayMs}::float8, ${policy.baseDelayMs}::float8 * power(2, least(${count} - ${policy.free}, 40))) * interval '1 millisecond'
      else ${now}::timestamptz end)`;
  const counted = await db
    .insert(attemptCounters)
    .values({ key, count: 1, windowStart: now, blockedUntil: sql`${delayFor(sql`1`)}` })
    .onConflictDoUpdate({
      target: attemptCounters.key,
      set: {
        count: next,
        windowStart: sql`case when ${fresh} then ${now}::timestamptz else ${attemptCounters.windowStart} end`,
        blockedUntil: delayFor(next),
      },
      setWhere: sql`${attemptCounters.blockedUntil} <= ${now}`,
    })
    .returning({ count: attemptCounters.count });
  if (counted[0]) return { allowed: true, count: counted[0].count };
  const [row] = await db
    .select({ blockedUntil: attemptCounters.blockedUntil })
    .from(attemptCounters)
    .where(eq(attemptCounters.key, key));
  return {
    allowed: false,
    retryAfterMs: Math.max(1, (row?.blockedUntil.getTime() ?? now.getTime()) - now.getTime()),
  };
}

/** Forgets a key's attempts (a successful sign-in from that account and address). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.delete(attemptCounters).where(eq(attemptCounters.key, key));
}

/**
 * Gives back one counted attempt, and nothing more: a successful sign-in refunds its own
 * attempt on the address's counter but does not wipe the failures before it (signing in to
 * one's own account must not reset the count of guesses at others').
 */
export async function refundAttempt(db: Db, key: string): Promise<void> {
  await db
    .update(attemptCounters)
    .set({ count: sql`greatest(${attemptCounters.count} - 1, 0)` })
    .where(eq(attemptCounters.key, key));
}
