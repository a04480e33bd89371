import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from './session.ts';
import { TEST_PASSWORD, testServer } from './testing.ts';

/** A fictitious citizen (born before 2007, serial fails modulus 11: packages/domain/src/testing). */
const CPR = '140580-1233';

let server: Awaited<ReturnType<typeof testServer>>;
beforeAll(async () => {
  server = await testServer();
});
afterAll(() => server.close());

describe('the server log', () => {
  it('never holds a password, a session token, a CPR number, a cookie or an Authorization header', async () => {
    const login = await server.login('laege.test', TEST_PASSWORD);
    const token = login.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '';
    expect(token).not.toBe('');
    const cookies = { [SESSION_COOKIE]: token };

    const registered = await server.app.inject({
      method: 'POST',
      url: '/trpc/citizen.register',
      cookies,
      payload: { cpr: CPR, name: 'Testa Testesen', municipality: 'Vejle' },
    });
    expect(registered.statusCode).toBe(200);

    const found = await server.app.inject({
      method: 'GET',
      url: `/trpc/citizen.findByCpr?input=${encodeURIComponent(JSON.stringify({ cpr: CPR }))}`,
      cookies,
      headers: { authorization: 'Bearer hemmelig-nøgle-123' },
    });
    expect(found.statusCode).toBe(200);
    expect(found.json().result.data.citizen.name).toBe('Testa Testesen');

    const text = server.logs.text;
    for (const secret of [TEST_PASSWORD, token, CPR, CPR.replace('-', ''), 'hemmelig-nøgle-123', 'Testa']) {
      expect(text).not.toContain(secret);
    }
    // Shaped like a CPR number and not part of a longer number (a timestamp), as the audit log checks.
    expect(text).not.toMatch(/(^|[^0-9A-Za-z])\d{6}-?\d{4}($|[^0-9A-Za-z])/);
    expect(text.toLowerCase()).not.toContain('cookie');
  });

  it('logs one line per request: method, route, procedure, status and duration', async () => {
    await server.app.inject({ method: 'GET', url: '/trpc/auth.me?input=%7B%7D' });
    const line = server.logs.lines.map((l) => JSON.parse(l)).findLast((entry) => entry.msg === 'request');
    expect(line).toMatchObject({ method: 'GET', route: '/trpc/:path', procedure: 'auth.me', status: 200 });
    expect(typeof line.durationMs).toBe('number');
    expect(JSON.stringify(line)).not.toContain('input');
  });

  it('logs an internal error with the procedure only, never its message', async () => {
    const cookies = { [SESSION_COOKIE]: 'x'.repeat(43) };
    // The driver itself fails (the session lookup is a prepared statement, below drizzle), with a
    // message that quotes a query parameter, as database errors do.
    const client = (server.database.db as unknown as { $client: Record<'query' | 'exec', unknown> }).$client;
    const driver = { query: client.query, exec: client.exec };
    const failing = () => Promise.reject(new Error(`Failed query: select … params: ${CPR.replace('-', '')}`));
    client.query = failing;
    client.exec = failing;
    try {
      const res = await server.app.inject({ method: 'GET', url: '/trpc/auth.me', cookies });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain(CPR.replace('-', ''));
    } finally {
      Object.assign(client, driver);
    }
    const entry = server.logs.lines
      .map((l) => JSON.parse(l))
      .findLast((e) => e.msg === 'trpc internal error');
    expect(entry).toMatchObject({ procedure: 'auth.me', level: 50 });
    expect(server.logs.text).not.toContain(CPR.replace('-', ''));
  });
});
