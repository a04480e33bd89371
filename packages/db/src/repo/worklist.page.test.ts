import { describe, expect, it } from 'vitest';
import type { Db } from '../client.ts';
import { citizens, openClocks, worklist } from '../schema/index.ts';
import { drivers, useDatabase } from '../testing/databases.ts';
import { openedPathway, VIEWERS } from '../testing/fixtures.ts';
import { createPathway } from './events.repo.ts';
import { markInbox } from './inbox.repo.ts';
import { InvalidCursor, type WorklistEntry, type WorklistQuery, worklistPage } from './worklist.repo.ts';

const ORG = 'sor-paging-clinic';
const TODAY = '2026-09-10';
const NOW = `${TODAY}T10:00:00+02:00`;
const N = 123;

/** Row i: every third has a clock (overdue by up to 3 days, or due later), every fifth an inbox item. */
interface Planted {
  pathwayId: string;
  lastEventAt: Date;
  nextDueBy: string | null;
  nextDueFrom: string | null;
  inbox: boolean;
  name: string;
}

const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * N projection rows for one organisation, written straight into the projection tables: the
 * pages are the repository's to get right, whatever the domain projects into them.
 */
async function plant(db: Db): Promise<Planted[]> {
  const planted: Planted[] = [];
  for (let i = 0; i < N; i++) {
    // One citizen per pathway: the database holds one open pathway per citizen.
    const [citizen] = await db
      .insert(citizens)
      .values({
        cpr: `0101${String(i).padStart(6, '0')}`,
        name: `Person ${i}`,
        birthDate: '1960-01-01',
        sex: 'female',
        municipality: 'Vejle',
      })
      .returning();
    if (!citizen) throw new Error('insert into citizens returned no row');
    const pathway = await createPathway(db, { citizenId: citizen.id, coordinatorOrgId: ORG });
    const hasClock = i % 3 === 0;
    const offset = (Math.floor(i / 3) % 9) - 3; // -3..5 days from today
    const nextDueBy = hasClock ? addDays(TODAY, offset) : null;
    const nextDueFrom = hasClock ? addDays(TODAY, offset - 2) : null;
    const name = i % 7 === 0 ? `Birte Søgbar ${i}` : `Person ${i}`;
    const row: Planted = {
      pathwayId: pathway.id,
      // Some rows share a timestamp: the pathway id breaks the tie.
      lastEventAt: new Date(Date.UTC(2026, 8, 1, 8, Math.floor(i / 2))),
      nextDueBy,
      nextDueFrom,
      inbox: i % 5 === 0,
      name,
    };
    planted.push(row);
    await db.insert(worklist).values({
      pathwayId: pathway.id,
      organisationId: ORG,
      relation: 'coordinator',
      citizenId: citizen.id,
      citizenName: name,
      citizenCpr: `0101${String(i).padStart(6, '0')}`,
      status: 'open',
      lastEventSeq: 1,
      lastEventAt: row.lastEventAt,
      inbox: row.inbox
        ? [
            {
              type: 'noteSent',
              id: `n-${i}`,
              kind: 'status',
              seq: 1,
              at: row.lastEventAt.toISOString(),
              from: { actor: 'physio', organisationId: 'sor-physio' },
              withheld: false,
            },
          ]
        : [],
      inboxCount: row.inbox ? 1 : 0,
      nextDueFrom,
      nextDueBy,
    });
    if (hasClock && nextDueBy && nextDueFrom) {
      await db.insert(openClocks).values({
        pathwayId: pathway.id,
        code: 'CLK-R140-START',
        subject: `r-${i}`,
        ownerOrgId: ORG,
        startedOn: addDays(nextDueFrom, -7),
        dueFrom: nextDueFrom,
        dueBy: nextDueBy,
        threshold: false,
      });
    }
  }
  return planted;
}

/** The order the worklist promises, computed here from what was planted. */
function expected(planted: Planted[], keep: (p: Planted) => boolean): string[] {
  const overdue = (p: Planted) => p.nextDueBy !== null && p.nextDueBy < TODAY;
  const first = planted
    .filter((p) => keep(p) && overdue(p))
    .sort(
      (a, b) =>
        (a.nextDueBy ?? '').localeCompare(b.nextDueBy ?? '') || a.pathwayId.localeCompare(b.pathwayId),
    );
  const rest = planted
    .filter((p) => keep(p) && !overdue(p))
    .sort(
      (a, b) => b.lastEventAt.getTime() - a.lastEventAt.getTime() || b.pathwayId.localeCompare(a.pathwayId),
    );
  return [...first, ...rest].map((p) => p.pathwayId);
}

async function allPages(db: Db, query: Omit<WorklistQuery, 'cursor' | 'now'>) {
  const pages: WorklistEntry[][] = [];
  let cursor: string | undefined;
  do {
    const page = await worklistPage(db, ORG, { ...query, now: NOW, ...(cursor ? { cursor } : {}) });
    pages.push(page.rows);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}

describe.each(drivers())('worklist pages on $name', (driver) => {
  const database = useDatabase(driver);

  it('pages of 50 with a cursor: every row once, overdue first (most overdue first), then most recent', async () => {
    const { db } = database();
    const planted = await plant(db);
    const pages = await allPages(db, {});
    expect(pages.map((p) => p.length)).toEqual([50, 50, N - 100]);
    expect(pages.flat().map((r) => r.pathwayId)).toEqual(expected(planted, () => true));
    // The counts are for the rows shown, judged on the day asked.
    const first = pages[0]?.[0];
    expect(first).toMatchObject({ overdueClocks: 1, dueClocks: 0 });
    expect(first?.nextDueBy).toBe(addDays(TODAY, -3));
  });

  it('filters and searches in SQL, paged the same way', async () => {
    const { db } = database();
    const planted = await plant(db);
    const ids = async (query: Omit<WorklistQuery, 'cursor' | 'now'>) =>
      (await allPages(db, { limit: 7, ...query })).flat().map((r) => r.pathwayId);
    expect(await ids({ filter: 'overdue' })).toEqual(
      expected(planted, (p) => p.nextDueBy !== null && p.nextDueBy < TODAY),
    );
    expect(await ids({ filter: 'due' })).toEqual(
      expected(planted, (p) => p.nextDueFrom !== null && p.nextDueFrom <= TODAY),
    );
    expect(await ids({ filter: 'inbox' })).toEqual(expected(planted, (p) => p.inbox));
    expect(await ids({ search: 'søgbar' })).toEqual(expected(planted, (p) => p.name.includes('Søgbar')));
    expect(await ids({ search: '0101000012' })).toEqual(expected(planted, (p) => p.name === 'Person 12'));
    // The start of a number, with or without the hyphen, over several pages: exactly those it starts.
    const cprOf = (p: Planted) => `0101${String(planted.indexOf(p)).padStart(6, '0')}`;
    expect(await ids({ search: '010100-001' })).toEqual(
      expected(planted, (p) => cprOf(p).startsWith('010100001')),
    );
    expect(await ids({ search: '01010000' })).toEqual(
      expected(planted, (p) => cprOf(p).startsWith('01010000')),
    );
    expect(await ids({ search: '0102' })).toEqual([]);
  });

  it('refuses a cursor no page handed out, naming the field', async () => {
    const { db } = database();
    for (const cursor of [
      'nonsense',
      Buffer.from('{"part":"recent","key":"x","id":"y"}').toString('base64url'),
    ]) {
      const attempt = worklistPage(db, ORG, { now: NOW, cursor });
      await expect(attempt).rejects.toBeInstanceOf(InvalidCursor);
      await expect(attempt).rejects.toMatchObject({ field: 'cursor' });
    }
  });

  it("keeps each inbox item's read state per organisation: read, unread again", async () => {
    const { db } = database();
    const { pathway } = await openedPathway(db);
    const gp = VIEWERS.gp.organisationId;
    const audit = (citizenId: string) => ({ action: 'inbox.markRead', outcome: 'ok' as const, citizenId });
    // The GP's row has nothing in its inbox at seq 1 (it wrote it): nothing to mark.
    expect(
      await markInbox(db, { pathwayId: pathway.id, organisationId: gp, seq: 1, userId: 'u' }, true, audit),
    ).toBe(null);
    const planted = await plant(db);
    const target = planted.find((p) => p.inbox);
    if (!target) throw new Error('fixture');
    const mark = { pathwayId: target.pathwayId, organisationId: ORG, seq: 1, userId: 'u-1' };
    const readState = async () =>
      (await allPages(db, { filter: 'inbox' })).flat().find((r) => r.pathwayId === target.pathwayId)?.inbox[0]
        ?.read;
    expect(await readState()).toBe(false);
    expect(await markInbox(db, mark, true, audit)).not.toBe(null);
    expect(await markInbox(db, mark, true, audit)).not.toBe(null);
    expect(await readState()).toBe(true);
    // Only that item: the same seq in the organisation's other pathways stays unread.
    const others = (await allPages(db, { filter: 'inbox' }))
      .flat()
      .filter((r) => r.pathwayId !== target.pathwayId)
      .flatMap((r) => r.inbox);
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((item) => item.read)).toEqual([]);
    // Another organisation cannot mark it: it is not in its inbox.
    expect(await markInbox(db, { ...mark, organisationId: gp }, true, audit)).toBe(null);
    expect(await markInbox(db, mark, false, audit)).not.toBe(null);
    expect(await readState()).toBe(false);
  });
});
