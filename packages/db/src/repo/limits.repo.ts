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
  // A key this process already saw waiting is refused without a query: a flood of guesses at
  // one account costs no database work until its wait is over. Safe, because a wait only ends
  // by time (nothing shortens it: a sign-in cannot succeed while its key waits).
  const known = blocked.get(db)?.get(key);
  if (known !== undefined && known > now.getTime())
    return { allowed: false, retryAfterMs: known - now.getTime() };
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
  const until = row?.blockedUntil.getTime() ?? now.getTime();
  remember(db, key, until);
  return { allowed: false, retryAfterMs: Math.max(1, until - now.getTime()) };
}

/** Keys seen waiting, per database, until when; bounded (the oldest go first). */
const blocked = new WeakMap<Db, Map<string, number>>();
const MAX_REMEMBERED = 10_000;

function remember(db: Db, key: string, until: number): void {
  let keys = blocked.get(db);
  if (!keys) {
    keys = new Map();
    blocked.set(db, keys);
  }
  keys.delete(key);
  keys.set(key, until);
  if (keys.size > MAX_REMEMBERED) keys.delete(keys.keys().next().value as string);
}

/** Forgets a key's attempts (a successful sign-in from that account and address). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  blocked.get(db)?.delete(key);
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
