import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { drivers, queryRows, useDatabase } from '../testing/databases.ts';
import { TEST_CITIZENS, VIEWERS } from '../testing/fixtures.ts';
import { AuditDetailRejected, listAuditForCitizen, writeAudit } from './audit.repo.ts';
import { findCitizen, findCitizenByCpr, InvalidCpr, registerCitizen } from './citizens.repo.ts';
import { listOrganisations } from './directory.repo.ts';
import {
  createUser,
  findOrganisation,
  findUserByUsername,
  upsertOrganisation,
} from './organisations.repo.ts';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSession,
  hashToken,
  touchSession,
} from './sessions.repo.ts';

const ida = TEST_CITIZENS[2];
if (!ida) throw new Error('fixtures');
const HOUR = 3_600_000;

describe.each(drivers())('citizens, organisations, sessions and audit on $name', (driver) => {
  const database = useDatabase(driver);

  it('registers a citizen once, with birth date and sex from the CPR number, and finds them by it', async () => {
    const { db } = database();
    const hyphenated = `${ida.cpr}`;
    const first = await registerCitizen(db, {
      cpr: hyphenated,
      name: ida.name,
      municipality: ida.municipality,
    });
    expect(first.created).toBe(true);
    expect(first.citizen).toMatchObject({
      cpr: ida.cpr.replace('-', ''),
      birthDate: ida.birthDate,
      sex: ida.sex,
    });
    const again = await registerCitizen(db, {
      cpr: ida.cpr.replace('-', ''),
      name: 'Andet Navn',
      municipality: 'X',
    });
    expect(again).toEqual({ citizen: first.citizen, created: false });
    expect(await findCitizenByCpr(db, ida.cpr)).toEqual(first.citizen);
    expect(await findCitizenByCpr(db, ida.cpr.replace('-', ''))).toEqual(first.citizen);
    expect(await findCitizen(db, first.citizen.id)).toEqual(first.citizen);
    expect(await findCitizenByCpr(db, '123')).toBeNull();
    expect(await findCitizen(db, 'nope')).toBeNull();
    const invalid = await registerCitizen(db, { cpr: '321399-1234', name: 'X', municipality: 'Y' }).catch(
      (e: unknown) => e,
    );
    expect(invalid).toBeInstanceOf(InvalidCpr);
    expect(String(invalid)).not.toContain('321399');
  });

  it('upserts organisations and creates users with unique usernames', async () => {
    const { db } = database();
    const org = {
      id: VIEWERS.gp.organisationId,
      name: 'Lægehuset Vejle',
      actor: 'gp' as const,
      sorCode: '123456789012',
    };
    await upsertOrganisation(db, org);
    expect(await upsertOrganisation(db, { ...org, name: 'Lægerne i Vejle' })).toEqual({
      ...org,
      name: 'Lægerne i Vejle',
      municipality: null,
      phone: null,
    });
    expect(await findOrganisation(db, org.id)).toMatchObject({ name: 'Lægerne i Vejle' });
    await upsertOrganisation(db, {
      id: 'org-physio',
      name: 'Fysioterapi Vejle',
      actor: 'physio',
      municipality: 'Vejle',
    });
    expect((await listOrganisations(db)).map((o) => o.id)).toEqual(['org-physio', org.id]);
    expect((await listOrganisations(db, { actor: 'gp' })).map((o) => o.id)).toEqual([org.id]);

    const user = await createUser(db, {
      organisationId: org.id,
      actor: 'gp',
      displayName: 'Læge Prøve',
      username: 'laege',
      passwordHash: 'scrypt$x',
    });
    expect(user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await findUserByUsername(db, 'laege')).toEqual(user);
    expect(await findUserByUsername(db, 'nobody')).toBeNull();
    await expect(
      createUser(db, {
        organisationId: org.id,
        actor: 'gp',
        displayName: 'To',
        username: 'laege',
        passwordHash: 'h',
      }),
    ).rejects.toThrow();
  });

  it('stores only the hash of a session token, and finds, touches, expires and deletes sessions', async () => {
    const { db } = database();
    await upsertOrganisation(db, { id: 'org-1', name: 'Org', actor: 'physio' });
    const user = await createUser(db, {
      organisationId: 'org-1',
      actor: 'physio',
      displayName: 'F',
      username: 'f',
      passwordHash: 'h',
    });
    const now = new Date('2026-09-01T08:00:00Z');
    const { token, session } = await createSession(db, {
      userId: user.id,
      expiresAt: new Date(now.getTime() + HOUR),
      now,
    });
    expect(session.id).toBe(hashToken(token));
    const stored = await queryRows<{ id: string }>(db, sql`select id from sessions`);
    expect(stored.map((r) => r.id)).toEqual([hashToken(token)]);
    expect(JSON.stringify(stored)).not.toContain(token);

    const found = await findSession(db, token, now);
    expect(found?.user).toEqual({
      id: user.id,
      organisationId: 'org-1',
      actor: 'physio',
      displayName: 'F',
      username: 'f',
    });
    expect(found?.user).not.toHaveProperty('passwordHash');
    expect(await findSession(db, `${token}x`, now)).toBeNull();

    const extended = new Date(now.getTime() + 2 * HOUR);
    expect(
      await touchSession(db, token, { now: new Date(now.getTime() + HOUR / 2), expiresAt: extended }),
    ).toBe(true);
    expect((await findSession(db, token, new Date(now.getTime() + 1.5 * HOUR)))?.session.expiresAt).toEqual(
      extended,
    );
    expect(await findSession(db, token, extended)).toBeNull();
    expect(await touchSession(db, token, { now: extended })).toBe(false);

    const other = await createSession(db, {
      userId: user.id,
      expiresAt: new Date(now.getTime() + 10 * HOUR),
      now,
    });
    expect(await deleteExpiredSessions(db, extended)).toBe(1);
    expect(await deleteSession(db, other.token)).toBe(true);
    expect(await deleteSession(db, other.token)).toBe(false);
  });

  it('writes audit rows and lists a citizen’s, never with a CPR number or a secret in the detail', async () => {
    const { db } = database();
    const { citizen } = await registerCitizen(db, {
      cpr: ida.cpr,
      name: ida.name,
      municipality: ida.municipality,
    });
    const viewer = {
      userId: VIEWERS.gp.userId,
      organisationId: VIEWERS.gp.organisationId,
      actor: VIEWERS.gp.actor,
    };
    await writeAudit(db, {
      ...viewer,
      action: 'citizen.find',
      outcome: 'ok',
      citizenId: citizen.id,
      detail: { by: 'cpr' },
    });
    await writeAudit(db, {
      ...viewer,
      action: 'pathway.get',
      outcome: 'not-found',
      detail: { pathwayId: 'gone' },
    });
    await writeAudit(db, {
      ...viewer,
      action: 'pathway.get',
      outcome: 'denied',
      citizenId: citizen.id,
      detail: { reason: 'no-relation' },
    });

    const rows = await listAuditForCitizen(db, citizen.id);
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([
      ['citizen.find', 'ok'],
      ['pathway.get', 'denied'],
    ]);
    expect(rows[0]).toMatchObject({
      ...viewer,
      citizenId: citizen.id,
      pathwayId: null,
      detail: { by: 'cpr' },
    });

    for (const detail of [
      { query: ida.cpr },
      { nested: [{ q: ida.cpr.replace('-', '') }] },
      { password: 'x' },
      { sessionToken: 't' },
    ]) {
      await expect(writeAudit(db, { action: 'citizen.find', outcome: 'ok', detail })).rejects.toBeInstanceOf(
        AuditDetailRejected,
      );
    }
    // The table refuses it too, whoever writes.
    await expect(
      db.execute(
        sql`insert into audit_log (action, outcome, detail) values ('x', 'ok', ${JSON.stringify({ q: ida.cpr })}::jsonb)`,
      ),
    ).rejects.toThrow();
    // A uuid is not mistaken for a CPR number.
    await writeAudit(db, {
      action: 'pathway.get',
      outcome: 'ok',
      detail: { ref: '12345678-1234-4123-8123-123456789012' },
    });
  });

  it("a list view's one audit row appears in the access log of every citizen it listed, and no one else's", async () => {
    const { db } = database();
    const listed = await registerCitizen(db, {
      cpr: ida.cpr,
      name: ida.name,
      municipality: ida.municipality,
    });
    const other = randomUUID();
    await writeAudit(db, {
      userId: VIEWERS.physio.userId,
      organisationId: VIEWERS.physio.organisationId,
      actor: VIEWERS.physio.actor,
      listedCitizenIds: [listed.citizen.id, randomUUID()],
      action: 'worklist.mine',
      outcome: 'ok',
      detail: { rows: 2 },
    });
    expect((await listAuditForCitizen(db, listed.citizen.id)).map((row) => row.action)).toContain(
      'worklist.mine',
    );
    expect(await listAuditForCitizen(db, other)).toEqual([]);
    await expect(
      writeAudit(db, { action: 'worklist.mine', outcome: 'ok', listedCitizenIds: ['not-a-uuid'] }),
    ).rejects.toThrow(RangeError);
  });

  it('audit rows written at once share one insert: each caller gets its own id, and a bad row fails alone', async () => {
    const { db } = database();
    const entry = (n: number) => ({ action: `batch.${n}`, outcome: 'ok' as const, detail: { n } });
    const ids = await Promise.all(Array.from({ length: 20 }, (_, n) => writeAudit(db, entry(n))));
    expect(new Set(ids).size).toBe(20);
    const rows = await queryRows<{ id: string; action: string }>(
      db,
      sql`select id, action from audit_log where action like 'batch.%' order by id`,
    );
    expect(rows.map((r) => [Number(r.id), r.action])).toEqual(ids.map((id, n) => [id, `batch.${n}`]));

    // The table's check refuses an unknown outcome: only that caller sees the error.
    const outcomes = await Promise.allSettled([
      writeAudit(db, entry(100)),
      writeAudit(db, { action: 'batch.bad', outcome: 'bogus' as 'ok' }),
      writeAudit(db, entry(101)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const after = await queryRows<{ action: string }>(
      db,
      sql`select action from audit_log where action in ('batch.100', 'batch.bad', 'batch.101') order by id`,
    );
    expect(after.map((r) => r.action)).toEqual(['batch.100', 'batch.101']);
  });
});
