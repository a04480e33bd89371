import { describe, expect, it } from 'vitest';
import { drivers, useDatabase } from '../testing/databases.ts';
import { createUser, upsertOrganisation } from './organisations.repo.ts';
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  findSession,
  touchSession,
} from './sessions.repo.ts';

const MINUTE = 60_000;
const IDLE = 30 * MINUTE;

describe.each(drivers())('the session lookup (a prepared statement) on $name (issue 11)', (driver) => {
  const database = useDatabase(driver);

  async function signedIn() {
    const { db } = database();
    await upsertOrganisation(db, { id: 'org-1', name: 'Org', actor: 'gp' });
    const user = await createUser(db, {
      organisationId: 'org-1',
      actor: 'gp',
      displayName: 'L',
      username: 'l',
      passwordHash: 'h',
    });
    const now = new Date('2026-09-01T08:00:00Z');
    const session = await createSession(db, {
      userId: user.id,
      expiresAt: new Date(now.getTime() + 12 * 60 * MINUTE),
      now,
    });
    return { db, user, now, token: session.token };
  }

  it('ends a session idle for 30 minutes; a touch starts the idle time again, never past the absolute end', async () => {
    const { db, now, token } = await signedIn();
    const at = (minutes: number) => new Date(now.getTime() + minutes * MINUTE);
    expect(await findSession(db, token, at(29), IDLE)).not.toBeNull();
    expect(await findSession(db, token, at(30), IDLE)).toBeNull();
    // Without an idle timeout only the absolute end counts.
    expect(await findSession(db, token, at(300))).not.toBeNull();
    expect(await touchSession(db, token, { now: at(25) })).toBe(true);
    expect(await findSession(db, token, at(54), IDLE)).not.toBeNull();
    expect(await findSession(db, token, at(55), IDLE)).toBeNull();
    expect(await findSession(db, token, at(12 * 60))).toBeNull();
  });

  it('a session ended (sign-out, or sign-out everywhere) is gone at the very next lookup', async () => {
    const { db, user, now, token } = await signedIn();
    const second = await createSession(db, {
      userId: user.id,
      expiresAt: new Date(now.getTime() + 60 * MINUTE),
      now,
    });
    // The statement is prepared by now: it must still see every change at once.
    expect(await findSession(db, token, now, IDLE)).not.toBeNull();
    expect(await findSession(db, second.token, now, IDLE)).not.toBeNull();
    expect(await deleteSession(db, token)).toBe(true);
    expect(await findSession(db, token, now, IDLE)).toBeNull();
    expect(await findSession(db, second.token, now, IDLE)).not.toBeNull();
    expect(await deleteUserSessions(db, user.id)).toBe(1);
    expect(await findSession(db, second.token, now, IDLE)).toBeNull();
  });
});
