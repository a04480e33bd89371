import type { AttemptPolicy } from '@rygforlob/db';

/**
 * The limits the API enforces through counters in the database (packages/db limits.repo.ts), so
 * they hold across every server process. The server takes them from its settings
 * (docs/operations.md); these defaults are what a single clinic needs.
 */
export interface ApiLimits {
  /** Sign-in attempts per account and client address: a user mistyping, or a guesser at one account. */
  loginPerAccount: AttemptPolicy;
  /** Sign-in attempts per client address, whatever the account: a guesser trying many accounts. */
  loginPerAddress: AttemptPolicy;
  /** CPR lookups (citizen.findByCpr, citizen.register) per user. */
  cprLookups: AttemptPolicy;
}

/** How long a session lives: without a request for `idleMs`, and at most `absoluteMs` in all. */
export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

const MINUTE = 60_000;

export const DEFAULT_LIMITS: ApiLimits = {
  loginPerAccount: { free: 5, windowMs: 15 * MINUTE, baseDelayMs: 2_000, maxDelayMs: 15 * MINUTE },
  loginPerAddress: { free: 30, windowMs: 15 * MINUTE, baseDelayMs: 2_000, maxDelayMs: 15 * MINUTE },
  cprLookups: { free: 120, windowMs: 60 * MINUTE, baseDelayMs: 5_000, maxDelayMs: 15 * MINUTE },
};

/** Staff sessions: 30 minutes idle, 12 hours in all (a working day, then a new sign-in). */
export const STAFF_SESSION: SessionPolicy = { idleMs: 30 * MINUTE, absoluteMs: 12 * 60 * MINUTE };

/** Inputs deeper than this are refused, by the server while parsing and here for every caller. */
export const MAX_INPUT_DEPTH = 32;
