/**
 * Login attempts per username and per client address, in a sliding window. In memory: one
 * server process holds it; with several processes behind a balancer each limits on its own,
 * which still bounds guessing per process (noted in docs/operations.md).
 */
export interface LoginLimiterOptions {
  /** Failed attempts allowed per key in the window. */
  maxFailures: number;
  windowMs: number;
}

export class LoginLimiter {
  readonly #failures = new Map<string, number[]>();
  constructor(readonly options: LoginLimiterOptions = { maxFailures: 5, windowMs: 15 * 60_000 }) {}

  #recent(key: string, now: number): number[] {
    const since = now - this.options.windowMs;
    const kept = (this.#failures.get(key) ?? []).filter((t) => t > since);
    if (kept.length) this.#failures.set(key, kept);
    else this.#failures.delete(key);
    return kept;
  }

  /** Milliseconds until another attempt is allowed for any of the keys, or 0. */
  retryAfter(keys: string[], now: number): number {
    let wait = 0;
    for (const key of keys) {
      const recent = this.#recent(key, now);
      if (recent.length >= this.options.maxFailures) {
        wait = Math.max(wait, (recent[0] ?? now) + this.options.windowMs - now);
      }
    }
    return wait;
  }

  fail(keys: string[], now: number): void {
    for (const key of keys) this.#failures.set(key, [...this.#recent(key, now), now]);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.#failures.delete(key);
  }
}
