import { createPathway, schema } from '@rygforlob/db';
import { VIEWERS } from '@rygforlob/domain/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from './pathway.fixtures.ts';
import { testApi } from './testing.ts';

/**
 * The municipality's §119/§140 inbox and the jobcentre's caseload are pages, as the clinic's
 * worklist (issue 11): at most 50 rows a page, a cursor that reaches every row exactly once, and
 * each page's audit names only the citizens that page listed.
 */
const TODAY = '2026-09-10';
const NOW = new Date(`${TODAY}T10:00:00+02:00`);
const N = 123;
const ORGS = [VIEWERS.rehab.organisationId, VIEWERS.jobcentre.organisationId];

interface Planted {
  pathwayId: string;
  citizenId: string;
  inbox: boolean;
}

const addDays = (day: string, n: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/**
 * N pathways of one municipality, each with a row in the rehabilitation team's and the jobcentre's
 * worklists (every fourth with a clock past its deadline, every third with an inbox item), written
 * straight into the projections: the paging is what is tested here, not the projection.
 */
async function plant(api: TestApi): Promise<Planted[]> {
  const { db } = api.database;
  const planted: Planted[] = [];
  for (let i = 0; i < N; i++) {
    const cpr = `0202${String(i).padStart(6, '0')}`;
    const [citizen] = await db
      .insert(schema.citizens)
      .values({ cpr, name: `Side ${i}`, birthDate: '1970-02-02', sex: 'male', municipality: 'Vejle' })
      .returning();
    if (!citizen) throw new Error('insert into citizens returned no row');
    const pathway = await createPathway(db, {
      citizenId: citizen.id,
      coordinatorOrgId: VIEWERS.gp.organisationId,
    });
    const inbox = i % 3 === 0;
    const overdue = i % 4 === 0 ? addDays(TODAY, -1 - (i % 5)) : null;
    for (const organisationId of ORGS) {
      await db.insert(schema.worklist).values({
        pathwayId: pathway.id,
        organisationId,
        relation: 'participant',
        citizenId: citizen.id,
        citizenName: `Side ${i}`,
        citizenCpr: cpr,
        status: 'open',
        lastEventSeq: 1,
        // Some rows share a timestamp: the pathway id breaks the tie.
        lastEventAt: new Date(Date.UTC(2026, 8, 1, 8, Math.floor(i / 2))),
        inbox: inbox
          ? [
              {
                type: 'referralSent',
                id: `ref-${i}`,
                kind: 'rehab-plan-140',
                seq: 1,
                at: '2026-09-01T08:00:00.000Z',
                from: { actor: 'hospital', organisationId: VIEWERS.hospital.organisationId },
                withheld: false,
              },
            ]
          : [],
        inboxCount: inbox ? 1 : 0,
        nextDueFrom: overdue ? addDays(overdue, -7) : null,
        nextDueBy: overdue,
      });
    }
    planted.push({ pathwayId: pathway.id, citizenId: citizen.id, inbox });
  }
  return planted;
}

let api: TestApi;
let planted: Planted[];
beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  planted = await plant(api);
}, 120_000);
afterAll(() => api?.close());

type Page = { rows: { pathwayId: string; citizenId: string }[]; nextCursor: string | null };

/** Every page from the first, following nextCursor, with the audit row each page wrote. */
async function allPages(list: (cursor?: string) => Promise<Page>, action: string, organisationId: string) {
  const pages: { page: Page; listed: string[] }[] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    const [audit] = await api.database.db.query.auditLog.findMany({
      where: (a, { and, eq }) => and(eq(a.action, action), eq(a.organisationId, organisationId)),
      orderBy: (a, { desc }) => [desc(a.id)],
      limit: 1,
    });
    pages.push({ page, listed: [...(audit?.listedCitizenIds ?? [])].sort() });
    cursor = page.nextCursor ?? undefined;
    if (pages.length > N) throw new Error(`${action}: the cursor never ends`);
  } while (cursor);
  return pages;
}

describe('referral.inbox and jobcentre.caseload are pages (issue 11)', () => {
  const cases = [
    {
      name: 'referral.inbox (the rehabilitation team: only rows with something in its inbox)',
      action: 'referral.inbox',
      viewer: VIEWERS.rehab,
      list: (cursor?: string) => api.as(VIEWERS.rehab).referral.inbox(cursor ? { cursor } : {}),
      expected: () => planted.filter((p) => p.inbox),
    },
    {
      name: 'jobcentre.caseload (every row of the jobcentre)',
      action: 'jobcentre.caseload',
      viewer: VIEWERS.jobcentre,
      list: (cursor?: string) => api.as(VIEWERS.jobcentre).jobcentre.caseload(cursor ? { cursor } : {}),
      expected: () => planted,
    },
  ];

  it.each(cases)('$name: at most 50 rows a page; the cursor reaches every row exactly once', async (c) => {
    const pages = await allPages(c.list, c.action, c.viewer.organisationId);
    const expected = c.expected();
    expect(expected.length).toBeGreaterThan(0);
    expect(pages.length).toBe(Math.ceil(expected.length / 50));
    for (const { page } of pages) expect(page.rows.length).toBeLessThanOrEqual(50);
    expect(pages[0]?.page.rows).toHaveLength(Math.min(50, expected.length));
    const seen = pages.flatMap(({ page }) => page.rows.map((row) => row.pathwayId));
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(expected.map((p) => p.pathwayId).sort());
  });

  it.each(cases)("$name: each page's audit lists exactly the citizens of that page", async (c) => {
    const pages = await allPages(c.list, c.action, c.viewer.organisationId);
    for (const { page, listed } of pages) {
      expect(listed).toEqual(page.rows.map((row) => row.citizenId).sort());
    }
  });

  it('a smaller limit is honoured, more than 50 is refused, and a made-up cursor is BAD_REQUEST', async () => {
    const caller = api.as(VIEWERS.jobcentre);
    expect((await caller.jobcentre.caseload({ limit: 7 })).rows).toHaveLength(7);
    for (const attempt of [
      caller.jobcentre.caseload({ limit: 51 }),
      caller.jobcentre.caseload({ cursor: 'not-a-cursor' }),
      api.as(VIEWERS.rehab).referral.inbox({ cursor: 'not-a-cursor' }),
    ]) {
      const error = await attempt.catch((e: unknown) => e);
      expect(error instanceof TRPCError ? error.code : String(error)).toBe('BAD_REQUEST');
    }
  });
});
