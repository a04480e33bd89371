import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InsiderWorld, insiderWorld } from './insider.harness.ts';

/**
 * Issue 9, second pass: the edge's guards must hold for every spelling of a tRPC URL. The router
 * decodes `%74` to `t`, so `/%74rpc/…` reaches tRPC; guards that looked at the raw URL let it by.
 */

let world: InsiderWorld;
beforeAll(async () => {
  world = await insiderWorld();
}, 120_000);
afterAll(() => world?.close());

const SPELLINGS = ['/trpc/', '/%74rpc/', '/%74%72%70%63/'];

describe('insider: the edge under another spelling of /trpc', () => {
  it('batched sign-in through /%74rpc/ is refused like through /trpc/ (no two guesses in one request)', async () => {
    for (const prefix of SPELLINGS) {
      const res = await world.server.app.inject({
        method: 'POST',
        url: `${prefix}auth.login,auth.login?batch=1`,
        payload: { 0: { username: 'nobody', password: 'a' }, 1: { username: 'nobody', password: 'b' } },
      });
      expect(res.statusCode, prefix).toBe(400);
      expect(res.json().error, prefix).toContain('auth.login cannot be batched');
    }
  });

  it('answers through /%74rpc/ are no-store, and a cross-site request is refused, as through /trpc/', async () => {
    for (const prefix of SPELLINGS) {
      const plain = await world.server.app.inject({ method: 'GET', url: `${prefix}auth.me` });
      expect(plain.statusCode, prefix).toBe(200);
      expect(plain.headers['cache-control'], prefix).toBe('no-store');
      const crossSite = await world.server.app.inject({
        method: 'GET',
        url: `${prefix}auth.me`,
        headers: { 'sec-fetch-site': 'cross-site' },
      });
      expect(crossSite.statusCode, prefix).toBe(403);
    }
  });

  it('a GET input nested too deep is refused before tRPC parses it, whatever the spelling', async () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    for (const prefix of SPELLINGS) {
      const res = await world.server.app.inject({
        method: 'GET',
        url: `${prefix}auth.me?input=${encodeURIComponent(deep)}`,
      });
      expect(res.statusCode, prefix).toBe(400);
      expect(res.body, prefix).toContain('nested deeper');
    }
  });
});
