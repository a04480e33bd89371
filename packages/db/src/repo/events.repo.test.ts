import { type Command, decide, fold } from '@rygforlob/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../client.ts';
import { ConcurrencyConflict, PathwayNotFound } from '../errors.ts';
import { buildProjections } from '../projections.ts';
import { events, pathways } from '../schema/index.ts';
import { drivers, queryRows, useDatabase } from '../testing/databases.ts';
import {
  consentTo,
  party,
  plannedPathway,
  rehabPlanReferral,
  run,
  T0,
  VIEWERS,
} from '../testing/fixtures.ts';
import { projectionsOf } from '../testing/projections.ts';
import { listAuditForCitizen, writeAudit } from './audit.repo.ts';
import { appendEvents, loadPathway, pathwaysForCitizen, rebuildProjections } from './events.repo.ts';

const note = (noteId: string, text: string): Command => ({
  type: 'noteSent',
  noteId,
  kind: 'information',
  to: [party(VIEWERS.physio)],
  content: { text },
});

/** Events for a command decided against the pathway as stored now. */
async function proposal(db: Db, pathwayId: string, consentId: string) {
  const loaded = await loadPathway(db, pathwayId);
  if (!loaded) throw new Error('no pathway');
  // Any command will do; a consent needs nothing before it.
  const command = {
    type: 'consentGiven',
    consentId,
    recipient: party(VIEWERS.physio),
    purpose: 'treatment',
  } as const;
  const decision = decide(fold(loaded.events), command, VIEWERS.gp, T0);
  if (!decision.ok) throw new Error(JSON.stringify(decision.violations));
  return { version: loaded.pathway.version, events: decision.events };
}

const storedSeqs = async (db: Db, pathwayId: string) =>
  (
    await db
      .select({ seq: events.seq })
      .from(events)
      .where(eq(events.pathwayId, pathwayId))
      .orderBy(asc(events.seq))
  ).map((r) => r.seq);

describe.each(drivers())('event store on $name', (driver) => {
  const database = useDatabase(driver);

  it('appends at the expected version, returns the new version, and loads the events back', async () => {
    const { db } = database();
    const { citizen, pathway } = await plannedPathway(db);
    expect(pathway.version).toBe(2);

    const planned = await loadPathway(db, pathway.id);
    expect(planned?.pathway.version).toBe(4);
    const { version, events: appended } = await proposal(db, pathway.id, 'n-1');
    const result = await appendEvents(db, pathway.id, version, appended);
    expect(result.version).toBe(5);
    expect(Object.keys(result.state.consents)).toContain('n-1');

    const loaded = await loadPathway(db, pathway.id);
    expect(loaded?.pathway).toMatchObject({ version: 5, status: 'open', citizenId: citizen.id });
    expect(loaded?.events.map((e) => e.type)).toEqual([
      'pathwayOpened',
      'consentGiven',
      'triaged',
      'planUpdated',
      'consentGiven',
    ]);
    // The same facts; only `at` is normalised to UTC by timestamptz.
    const normalised = appended.map((e) => ({ ...e, at: new Date(e.at).toISOString() }));
    expect(loaded?.events.slice(-1)).toEqual(normalised);
    expect(await pathwaysForCitizen(db, citizen.id)).toEqual([loaded?.pathway]);
  });

  it("with the caller's loaded events as `prior`, an append stores, folds and projects as one that reads them", async () => {
    const { db } = database();
    const { pathway } = await plannedPathway(db);
    const loaded = await loadPathway(db, pathway.id);
    if (!loaded) throw new Error('no pathway');
    const { version, events: appended } = await proposal(db, pathway.id, 'n-prior');
    const result = await appendEvents(db, pathway.id, version, appended, { prior: loaded.events });
    const reread = await loadPathway(db, pathway.id);
    expect(result.state).toEqual(fold(reread?.events ?? []));
    expect(await projectionsOf(db, pathway.id)).toEqual(
      await rebuildProjections(db, pathway.id).then(() => projectionsOf(db, pathway.id)),
    );
    // A prior that does not end at the expected version is not trusted: the store reads its own.
    const next = await proposal(db, pathway.id, 'n-stale-prior');
    const again = await appendEvents(db, pathway.id, next.version, next.events, { prior: loaded.events });
    expect(again.state).toEqual(fold((await loadPathway(db, pathway.id))?.events ?? []));
  });

  it('writes the audit row of an append in its transaction: both or neither', async () => {
    const { db } = database();
    const { citizen, pathway } = await plannedPathway(db);
    const audit = (action: string) => ({
      userId: VIEWERS.gp.userId,
      organisationId: VIEWERS.gp.organisationId,
      actor: VIEWERS.gp.actor,
      citizenId: citizen.id,
      pathwayId: pathway.id,
      action,
      outcome: 'ok' as const,
    });
    const { version, events: appended } = await proposal(db, pathway.id, 'n-audited');
    await appendEvents(db, pathway.id, version, appended, { audit: audit('consent.give') });
    await expect(
      appendEvents(db, pathway.id, version, appended, { audit: audit('consent.stale') }),
    ).rejects.toThrow(ConcurrencyConflict);
    const actions = (await listAuditForCitizen(db, citizen.id)).map((row) => row.action);
    expect(actions).toContain('consent.give');
    expect(actions).not.toContain('consent.stale');
  });

  it('refuses a stale expected version with ConcurrencyConflict and writes nothing', async () => {
    const { db } = database();
    const { pathway } = await plannedPathway(db);
    const stale = await proposal(db, pathway.id, 'n-1');
    await run(db, pathway.id, VIEWERS.gp, { type: 'pathwayClosed', reason: 'Først' }, T0);
    const before = {
      seqs: await storedSeqs(db, pathway.id),
      projections: await projectionsOf(db, pathway.id),
    };

    const error = await appendEvents(db, pathway.id, stale.version, stale.events).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConcurrencyConflict);
    expect(error).toMatchObject({ pathwayId: pathway.id, expectedVersion: 4, actualVersion: 5 });

    expect(await storedSeqs(db, pathway.id)).toEqual(before.seqs);
    expect(await projectionsOf(db, pathway.id)).toEqual(before.projections);
    expect((await loadPathway(db, pathway.id))?.pathway.version).toBe(5);
  });

  it('lets exactly one of two concurrent appends win, with no gap and no duplicate', async () => {
    const { db } = database();
    const { pathway } = await plannedPathway(db);
    const a = await proposal(db, pathway.id, 'n-a');
    const b = await proposal(db, pathway.id, 'n-b');

    const results = await Promise.allSettled([
      appendEvents(db, pathway.id, a.version, a.events),
      appendEvents(db, pathway.id, b.version, b.events),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.reason).toBeInstanceOf(ConcurrencyConflict);

    expect(await storedSeqs(db, pathway.id)).toEqual([1, 2, 3, 4, 5]);
    const loaded = await loadPathway(db, pathway.id);
    expect(loaded?.pathway.version).toBe(5);
    expect(Object.keys(fold(loaded?.events ?? []).consents)).toHaveLength(2);
  });

  it('keeps the sequence whole under many concurrent appenders that retry', async () => {
    const { db } = database();
    const { pathway } = await plannedPathway(db);
    const writer = async (i: number) => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const { version, events: proposed } = await proposal(db, pathway.id, `n-${i}-${attempt}`);
        try {
          return await appendEvents(db, pathway.id, version, proposed);
        } catch (error) {
          if (!(error instanceof ConcurrencyConflict)) throw error;
        }
      }
      throw new Error('gave up');
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    expect(await storedSeqs(db, pathway.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await loadPathway(db, pathway.id))?.pathway.version).toBe(8);
  });

  it('refuses events whose seq does not follow the expected version, and unknown pathways', async () => {
    const { db } = database();
    const { pathway } = await plannedPathway(db);
    const { events: proposed } = await proposal(db, pathway.id, 'n-1');
    await expect(appendEvents(db, pathway.id, 3, proposed)).rejects.toBeInstanceOf(RangeError);
    await expect(appendEvents(db, pathway.id, 4, [])).rejects.toBeInstanceOf(RangeError);
    const elsewhere = '00000000-0000-4000-8000-000000000000';
    await expect(appendEvents(db, elsewhere, 4, proposed)).rejects.toBeInstanceOf(PathwayNotFound);
    expect(await loadPathway(db, elsewhere)).toBeNull();
    expect(await loadPathway(db, 'not-a-uuid')).toBeNull();
    expect(await storedSeqs(db, pathway.id)).toEqual([1, 2, 3, 4]);
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE of events and audit_log', async () => {
    const { db } = database();
    const { citizen, pathway } = await plannedPathway(db);
    await writeAudit(db, {
      action: 'pathway.get',
      outcome: 'ok',
      citizenId: citizen.id,
      pathwayId: pathway.id,
    });
    const refused = [
      sql`update events set type = 'pathwayClosed' where pathway_id = ${pathway.id}`,
      sql`delete from events where pathway_id = ${pathway.id}`,
      sql`truncate events cascade`,
      sql`update audit_log set outcome = 'denied'`,
      sql`delete from audit_log`,
      sql`truncate audit_log`,
    ];
    for (const statement of refused) {
      const error = await db.execute(statement).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(String((error as Error & { cause?: unknown }).cause ?? error)).toMatch(/append-only/);
    }
    expect(await storedSeqs(db, pathway.id)).toEqual([1, 2, 3, 4]);
    const audit = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from audit_log`);
    expect(audit[0]?.n).toBe(1);
  });

  it('keeps the projections equal to a rebuild from all events', async () => {
    const { db } = database();
    const { citizen, pathway } = await plannedPathway(db);
    const referral = rehabPlanReferral;
    await run(db, pathway.id, VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
    await run(db, pathway.id, VIEWERS.hospital, referral('r-1'), T0);
    await run(
      db,
      pathway.id,
      VIEWERS.gp,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-1',
        drug: 'Ibuprofen',
        painCourse: 'episodic',
        discontinuationPlan: 'Stop efter 10 dage',
      },
      T0,
    );
    await run(
      db,
      pathway.id,
      VIEWERS.gp,
      { type: 'consentGiven', consentId: 'c-p', recipient: party(VIEWERS.physio), purpose: 'treatment' },
      T0,
    );
    await run(db, pathway.id, VIEWERS.gp, note('n-1', 'Til fysioterapeuten'), T0);

    const stored = await projectionsOf(db, pathway.id);
    const loaded = await loadPathway(db, pathway.id);
    const rebuilt = buildProjections(fold(loaded?.events ?? []), {
      pathwayId: pathway.id,
      citizen: { id: citizen.id, name: citizen.name, cpr: citizen.cpr },
    });
    const byOrg = (a: { organisationId: string }, b: { organisationId: string }) =>
      a.organisationId.localeCompare(b.organisationId);
    const byClock = (a: { code: string; subject: string }, b: { code: string; subject: string }) =>
      a.code.localeCompare(b.code) || a.subject.localeCompare(b.subject);
    expect(stored.worklist).toEqual([...rebuilt.worklist].sort(byOrg));
    expect(stored.clocks).toEqual([...rebuilt.clocks].sort(byClock));
    expect(stored.clocks.map((c) => c.code).sort()).toEqual([
      'CLK-MED-3-4W',
      'CLK-MED-DAYS',
      'CLK-R140-START',
    ]);

    // And rebuilding in the database changes nothing.
    await rebuildProjections(db, pathway.id);
    expect(await projectionsOf(db, pathway.id)).toEqual(stored);
  });

  it('records a closed pathway in pathways.status and drops its open clocks', async () => {
    const { db } = database();
    const { pathway } = await plannedPathway(db);
    await run(
      db,
      pathway.id,
      VIEWERS.gp,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-1',
        drug: 'Ibuprofen',
        painCourse: 'episodic',
        discontinuationPlan: 'Stop',
      },
      T0,
    );
    expect((await projectionsOf(db, pathway.id)).clocks).not.toHaveLength(0);
    await run(db, pathway.id, VIEWERS.gp, { type: 'pathwayClosed', reason: 'Forløb afsluttet' }, T0);
    const [row] = await db.select().from(pathways).where(eq(pathways.id, pathway.id));
    expect(row?.status).toBe('closed');
    const after = await projectionsOf(db, pathway.id);
    expect(after.clocks).toEqual([]);
    expect(after.worklist.every((w) => w.status === 'closed')).toBe(true);
  });
});
