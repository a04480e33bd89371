import { describe, expect, it } from 'vitest';
import { drivers, useDatabase } from '../testing/databases.ts';
import { worklistPage } from './worklist.repo.ts';
import { decodeWorklistCursor, encodeCursor, InvalidCursor } from './worklist-cursor.ts';

const ID = '0b7c8a52-3d1e-4f6a-9b2c-5d4e3f2a1b0c';
const handMade = (part: string, key: string) => encodeCursor({ part, key, id: ID } as never);

/** What the review sent: keys Date.parse takes and PostgreSQL's casts refuse. */
const OUT_OF_RANGE = [
  handMade('recent', '0000-01-01T00:00:00.000Z'),
  handMade('recent', '-000001-01-01T00:00:00.000Z'),
  handMade('recent', '+275760-09-13T00:00:00.000Z'),
  handMade('recent', '1899-12-31T23:59:59.999Z'),
  handMade('overdue', '0000-01-01'),
  handMade('overdue', '1899-12-31'),
  handMade('recent', '2026-09-10T10:00:00Z'),
  handMade('recent', '2026-09-10T10:00:00.000+00:00'),
  handMade('overdue', '2026-02-30'),
  handMade('overdue', '2026-9-10'),
];

describe('worklist cursor (issue 9)', () => {
  it('a cursor with a year PostgreSQL refuses, or not in the encoder’s exact format, is no cursor', () => {
    for (const cursor of OUT_OF_RANGE) expect(decodeWorklistCursor(cursor)).toBeNull();
  });

  it('what a page writes still decodes: 1900-9999, a real day, an ISO instant', () => {
    for (const cursor of [
      { part: 'recent', key: '2026-09-10T08:00:00.000Z', id: ID },
      { part: 'recent', key: '1900-01-01T00:00:00.000Z', id: ID },
      { part: 'overdue', key: '9999-12-31', id: ID },
      { part: 'overdue', key: '2028-02-29', id: ID },
    ] as const) {
      expect(decodeWorklistCursor(encodeCursor(cursor))).toEqual(cursor);
    }
  });
});

describe.each(drivers())('a hand-made cursor out of range on $name', (driver) => {
  const database = useDatabase(driver);

  it('is refused as InvalidCursor naming the field, never a database error (a 500)', async () => {
    const { db } = database();
    for (const cursor of OUT_OF_RANGE) {
      const attempt = worklistPage(db, 'sor-cursor-clinic', { now: '2026-09-10T10:00:00+02:00', cursor });
      await expect(attempt).rejects.toBeInstanceOf(InvalidCursor);
      await expect(attempt).rejects.toMatchObject({ field: 'cursor' });
    }
  });
});
