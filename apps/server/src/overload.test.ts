/**
 * The overload guard (request-limits.ts, registerOverloadGuard), issue 9's review: a stall of the
 * event loop is judged on its worst delay, never averaged away over a second of small samples.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { loadSettings } from './settings.ts';
import { testServer } from './testing.ts';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function guarded(): Promise<Server> {
  server = await testServer({
    settings: loadSettings({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '2000',
    }),
  });
  await server.app.ready();
  return server;
}

/** A synchronous busy loop: nothing else runs for `ms`. */
function block(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    /* busy */
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('overload answered 503 (issue 9)', () => {
  it('a stalled event loop is not averaged away: the first request after a 3 s block gets 503 with Retry-After, and 200 after recovery', async () => {
    const s = await guarded();
    const get = () => s.app.inject({ method: 'GET', url: '/trpc/auth.me' });
    const health = () => s.app.inject({ method: 'GET', url: '/health' });
    expect((await get()).statusCode).toBe(200);
    // The request is handled before any timer has run since the block.
    block(3_000);
    const res = await get();
    expect(res.statusCode).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.json()).toEqual({ error: 'the server is overloaded; try again shortly' });
    expect((await health()).statusCode).toBe(503);
    // Recovered: the second after the stall is over.
    await sleep(1_500);
    expect((await get()).statusCode).toBe(200);
    expect((await health()).statusCode).toBe(200);
  });

  it('a stall the late timer sees first is answered 503 too, for the second after it', async () => {
    const s = await guarded();
    block(3_000);
    await sleep(100);
    expect((await s.app.inject({ method: 'GET', url: '/trpc/auth.me' })).statusCode).toBe(503);
    await sleep(1_500);
    expect((await s.app.inject({ method: 'GET', url: '/trpc/auth.me' })).statusCode).toBe(200);
  });

  it('a busy but moving event loop (100 ms of work at a time) is not answered 503', async () => {
    const s = await guarded();
    const until = performance.now() + 1_500;
    while (performance.now() < until) {
      block(100);
      await new Promise((r) => setImmediate(r));
    }
    expect((await s.app.inject({ method: 'GET', url: '/trpc/auth.me' })).statusCode).toBe(200);
  });
});
