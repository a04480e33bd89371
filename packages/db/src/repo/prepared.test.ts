import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { citizens } from '../schema/index.ts';
import { drivers, queryRows, useDatabase } from '../testing/databases.ts';
import { TEST_CITIZENS } from '../testing/fixtures.ts';
import { registerCitizen } from './citizens.repo.ts';
import { namedOnPglite, runPrepared } from './prepared.ts';

const ECHO = 'select $1::text as text, $2::int as n, $3::jsonb as json, $4::text as nothing';

/** Text that would break or inject into a naively quoted literal. */
const TRICKY = [
  "O'Brien",
  "'); delete from events; --",
  "back\\slash \\' and \\\\",
  "$$ dollar $q$ 'quoted' $$",
  'Ærø, Åbenrå, ø — “curly” 👍\n\ttab',
  '',
];

describe.each(drivers())('prepared statements on $name', (driver) => {
  const database = useDatabase(driver, { reset: false });

  it('round-trips every text exactly, with integers, JSON and NULL, on first use and after', async () => {
    const { db } = database();
    for (const text of TRICKY) {
      const json = JSON.stringify({ text, list: [text] });
      const rows = await runPrepared<{ text: string; n: number; json: unknown; nothing: null }>(
        db,
        'rygforlob_test_echo',
        ECHO,
        [text, -42, json, null],
      );
      expect(rows).toEqual([{ text, n: -42, json: { text, list: [text] }, nothing: null }]);
    }
  });

  it('keeps text exact whatever standard_conforming_strings says', async () => {
    const { db } = database();
    await db.execute(sql`set standard_conforming_strings = off`);
    try {
      for (const text of TRICKY) {
        const rows = await runPrepared<{ text: string }>(db, 'rygforlob_test_echo', ECHO, [
          text,
          1,
          '{}',
          null,
        ]);
        expect(rows[0]?.text).toBe(text);
      }
    } finally {
      await db.execute(sql`set standard_conforming_strings = on`);
    }
  });

  it('prepares once when many callers use a statement at the same time', async () => {
    const { db } = database();
    const all = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        runPrepared<{ n: number }>(db, 'rygforlob_test_concurrent', 'select $1::int * 2 as n', [i]),
      ),
    );
    expect(all.map((rows) => rows[0]?.n)).toEqual([0, 2, 4, 6, 8, 10, 12, 14]);
  });

  it('refuses a parameter that is neither text, an integer nor NULL', async () => {
    const { db } = database();
    const run = () => runPrepared(db, 'rygforlob_test_echo', ECHO, ['x', 1.5, '{}', null]);
    if (driver.name === 'pglite') await expect(run()).rejects.toThrow(/not an integer/);
    else await expect(run()).rejects.toThrow();
  });

  it('runs a drizzle prepared query under its name on PGlite, with the same rows as drizzle alone', async () => {
    const { db } = database();
    const build = () =>
      db
        .select({
          id: citizens.id,
          at: sql<Date>`${sql.placeholder('at')}::timestamptz`.mapWith((v) => new Date(v)),
          json: sql<unknown>`${sql.placeholder('json')}::jsonb`,
          text: sql<string>`${sql.placeholder('text')}::text`,
          n: sql<number>`${sql.placeholder('n')}::int`,
        })
        .from(citizens)
        .where(eq(citizens.id, sql.placeholder('id')))
        .prepare('rygforlob_test_named');
    const named = namedOnPglite(db, 'rygforlob_test_named', build());
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      await named.execute({ id: missing, at: '2026-03-01T12:00:00Z', json: '{}', text: '', n: 1 }),
    ).toEqual([]);
    const citizen = TEST_CITIZENS[0];
    if (!citizen) throw new Error('fixtures');
    const { id } = (await registerCitizen(db, citizen)).citizen;
    for (const text of TRICKY) {
      const values = { id, at: '2026-03-01T12:00:00+01:00', json: JSON.stringify({ text }), text, n: -7 };
      const rows = await named.execute(values);
      expect(rows).toEqual(await build().execute(values));
      expect(rows).toEqual([{ id, at: new Date('2026-03-01T11:00:00Z'), json: { text }, text, n: -7 }]);
    }
    const [prepared] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from pg_prepared_statements where name = 'rygforlob_test_named'`,
    );
    // PGlite: PREPAREd once in its one backend; node-postgres names it per connection (not listed here).
    if (driver.name === 'pglite') expect(prepared?.n).toBe(1);
  });
});
