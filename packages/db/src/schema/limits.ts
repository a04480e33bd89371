import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Counters for attempts that must be limited across every server process: sign-in attempts
 * (per account and address, per address) and CPR lookups (per user). One row per key; the
 * counting is one atomic upsert (repo/limits.repo.ts), so parallel requests cannot all slip in.
 */
export const attemptCounters = pgTable(
  'attempt_counters',
  {
    /** e.g. 'login:acct:laege.vejle@127.0.0.1', 'login:addr:127.0.0.1', 'cpr:user:u1'. */
    key: text('key').primaryKey(),
    /** Attempts counted since windowStart. */
    count: integer('count').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true, mode: 'date' }).notNull(),
    /** No attempt is counted (or allowed) before this. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    index('attempt_counters_window_idx').on(t.windowStart),
    check('attempt_counters_count', sql`${t.count} >= 0`),
  ],
);
