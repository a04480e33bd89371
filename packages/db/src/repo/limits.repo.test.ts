import { describe, expect, it } from 'vitest';
import { drivers, useDatabase } from '../testing/databases.ts';
import { type AttemptPolicy, clearAttempts, countAttempt, refundAttempt } from './limits.repo.ts';

const policy: AttemptPolicy = { free: 5, windowMs: 15 * 60_000, baseDelayMs: 1_000, maxDelayMs: 60_000 };
const T = new Date('2026-09-01T08:00:00Z');
const at = (ms: number) => new Date(T.getTime() + ms);

// Each test its own keys: this process remembers keys it saw waiting (limits.repo.ts).
describe.each(drivers())('attempt counters on $name (issue 9)', (driver) => {
  const database = useDatabase(driver);

  it('30 parallel attempts: exactly the 5 free ones are counted, the rest are told when to retry', async () => {
    const { db } = database();
    const verdicts = await Promise.all(Array.from({ length: 30 }, () => countAttempt(db, 'k0', policy, T)));
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
    expect(verdicts.filter((v) => !v.allowed).every((v) => !v.allowed && v.retryAfterMs === 1_000)).toBe(
      true,
    );
  });

  it('delays grow with every attempt past the free ones, up to the cap, and a new window starts afresh', async () => {
    const { db } = database();
    for (let i = 0; i < 5; i++) expect((await countAttempt(db, 'k1', policy, T)).allowed).toBe(true);
    let now = 0;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      const refused = await countAttempt(db, 'k1', policy, at(now));
      if (refused.allowed) throw new Error('expected a wait');
      waits.push(refused.retryAfterMs);
      now += refused.retryAfterMs;
      expect((await countAttempt(db, 'k1', policy, at(now))).allowed).toBe(true);
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000]);
    expect((await countAttempt(db, 'k1', policy, at(now + policy.windowMs + 60_000))).allowed).toBe(true);
    expect(await countAttempt(db, 'k1', policy, at(now + policy.windowMs + 60_001))).toMatchObject({
      count: 2,
    });
  });

  it("one key's attempts never hold up another's (a stranger cannot lock a user out from elsewhere)", async () => {
    const { db } = database();
    for (let i = 0; i < 10; i++) await countAttempt(db, 'acct:a@1', policy, T);
    expect((await countAttempt(db, 'acct:a@2', policy, T)).allowed).toBe(true);
  });

  it('a refund gives back one attempt only; clearing forgets the key', async () => {
    const { db } = database();
    for (let i = 0; i < 4; i++) await countAttempt(db, 'k3', policy, T);
    await refundAttempt(db, 'k3');
    expect(await countAttempt(db, 'k3', policy, T)).toMatchObject({ allowed: true, count: 4 });
    expect(await countAttempt(db, 'k3', policy, T)).toMatchObject({ allowed: true, count: 5 });
    expect((await countAttempt(db, 'k3', policy, T)).allowed).toBe(false);
    await clearAttempts(db, 'k3');
    expect(await countAttempt(db, 'k3', policy, T)).toMatchObject({ allowed: true, count: 1 });
  });
});
