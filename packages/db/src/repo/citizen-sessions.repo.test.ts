import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { drivers, queryRows, useDatabase } from '../testing/databases.ts';
import { TEST_CITIZENS } from '../testing/fixtures.ts';
import {
  createCitizenSession,
  deleteCitizenSession,
  deleteEndedCitizenSessions,
  findCitizenSession,
  touchCitizenSession,
} from './citizen-sessions.repo.ts';
import { registerCitizen } from './citizens.repo.ts';
import { hashToken } from './sessions.repo.ts';

const citizen = TEST_CITIZENS[0];
if (!citizen) throw new Error('fixtures');
const MINUTE = 60_000;
const IDLE = 15 * MINUTE;

describe.each(drivers())("citizens' Min side sessions on $name", (driver) => {
  const database = useDatabase(driver);

  it('stores only the hash of the token; ends when idle 15 min, at the absolute end, and at once when deleted (sign-out)', async () => {
    const { db } = database();
    const { citizen: row } = await registerCitizen(db, {
      cpr: citizen.cpr,
      name: citizen.name,
      municipality: citizen.municipality,
    });
    const now = new Date('2026-09-01T08:00:00Z');
    const at = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);
    const { token } = await createCitizenSession(db, { citizenId: row.id, now, expiresAt: at(60) });
    const stored = await queryRows<{ id: string }>(db, sql`select id from citizen_sessions`);
    expect(stored.map((r) => r.id)).toEqual([hashToken(token)]);

    expect((await findCitizenSession(db, token, at(14), IDLE))?.citizenId).toBe(row.id);
    expect(await findCitizenSession(db, token, at(15), IDLE)).toBeNull();
    await touchCitizenSession(db, token, at(14));
    expect((await findCitizenSession(db, token, at(28), IDLE))?.citizenId).toBe(row.id);
    await touchCitizenSession(db, token, at(55));
    // Seen 5 minutes ago, but an hour after sign-in: the absolute end holds.
    expect(await findCitizenSession(db, token, at(60), IDLE)).toBeNull();

    const second = await createCitizenSession(db, { citizenId: row.id, now: at(61), expiresAt: at(121) });
    expect(await findCitizenSession(db, second.token, at(62), IDLE)).not.toBeNull();
    expect(await deleteCitizenSession(db, second.token)).toBe(true);
    expect(await findCitizenSession(db, second.token, at(62), IDLE)).toBeNull();
    expect(await deleteCitizenSession(db, second.token)).toBe(false);

    // Ended sessions are cleared at the next sign-in; a live one stays.
    const live = await createCitizenSession(db, { citizenId: row.id, now: at(100), expiresAt: at(160) });
    expect(await deleteEndedCitizenSessions(db, row.id, at(101), IDLE)).toBe(1);
    expect(await findCitizenSession(db, live.token, at(101), IDLE)).not.toBeNull();
    expect(await queryRows(db, sql`select id from citizen_sessions`)).toHaveLength(1);
  });
});
