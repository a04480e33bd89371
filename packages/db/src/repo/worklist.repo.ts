import { dayOf } from '@rygforlob/domain';
import { and, asc, desc, eq, getTableColumns, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import type { OpenClockRow, WorklistRow } from '../projections.ts';
import { openClocks, worklist } from '../schema/index.ts';

/** A clock's state on a given day, as the domain's clocksOf says it (met clocks are not stored). */
export type OpenClockState = 'pending' | 'due' | 'overdue';

/** The same rule as the domain's clock status: pending before dueFrom, overdue after dueBy unless a threshold. */
const clockState = (today: string, c = openClocks): SQL<OpenClockState> =>
  sql<OpenClockState>`(case when ${c.dueFrom} > ${today}::date then 'pending'
    when ${c.threshold} or ${c.dueBy} >= ${today}::date then 'due'
    else 'overdue' end)`;

export type WorklistFilter = 'all' | 'inbox' | 'due' | 'overdue';

export interface WorklistQuery {
  /** A name (any part) or the start of a CPR number (with or without hyphen). */
  search?: string;
  /** inbox: something addressed to the organisation; due: a clock due or overdue; overdue: a clock overdue. */
  filter?: WorklistFilter;
  /** ISO timestamp: clocks are judged on its day in Copenhagen. */
  now: string;
  limit?: number;
}

export type WorklistEntry = WorklistRow & { dueClocks: number; overdueClocks: number };

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function searchCondition(search: string | undefined): SQL | undefined {
  const term = search?.trim();
  if (!term) return undefined;
  if (/^\d{1,6}(-?\d{0,4})?$/.test(term)) {
    return sql`${worklist.citizenCpr} like ${`${term.replace('-', '')}%`}`;
  }
  return sql`${worklist.citizenName} ilike ${`%${escapeLike(term)}%`}`;
}

/**
 * An organisation's worklist: its pathways, with what is in its inbox and how many of the
 * clocks it owns are due or overdue on `now`'s day. Overdue first, then most recent.
 *
 * The clock counts come from one grouped pass over the organisation's open clocks, joined to
 * its rows: a correlated count per row would run twice for every one of the organisation's
 * pathways (thousands for a GP) before the sort could pick the first page.
 */
export async function worklistFor(
  db: Db,
  organisationId: string,
  query: WorklistQuery,
): Promise<WorklistEntry[]> {
  const today = dayOf(query.now);
  const state = clockState(today);
  const counts = db
    .select({
      pathwayId: openClocks.pathwayId,
      due: sql<number>`count(*) filter (where ${state} = 'due')`.as('due'),
      overdue: sql<number>`count(*) filter (where ${state} = 'overdue')`.as('overdue'),
    })
    .from(openClocks)
    .where(eq(openClocks.ownerOrgId, organisationId))
    .groupBy(openClocks.pathwayId)
    .as('clock_counts');
  const due = sql<number>`coalesce(${counts.due}, 0)`.mapWith(Number);
  const overdue = sql<number>`coalesce(${counts.overdue}, 0)`.mapWith(Number);
  const filter = query.filter ?? 'all';
  const conditions = [eq(worklist.organisationId, organisationId), searchCondition(query.search)];
  if (filter === 'inbox') conditions.push(gt(worklist.inboxCount, 0));
  if (filter === 'due') conditions.push(sql`${due} + ${overdue} > 0`);
  if (filter === 'overdue') conditions.push(sql`${overdue} > 0`);
  return db
    .select({ ...getTableColumns(worklist), dueClocks: due, overdueClocks: overdue })
    .from(worklist)
    .leftJoin(counts, eq(counts.pathwayId, worklist.pathwayId))
    .where(and(...conditions))
    .orderBy(desc(overdue), desc(worklist.lastEventAt), asc(worklist.pathwayId))
    .limit(query.limit ?? 200);
}

export type ClockEntry = OpenClockRow & {
  state: OpenClockState;
  /** Calendar days to dueBy (negative when past), as the domain counts them. */
  daysLeft: number;
  citizenId: string;
  citizenName: string;
};

/** The open clocks an organisation owns, in the given states on `now`'s day, soonest first. */
export async function clocksFor(
  db: Db,
  organisationId: string,
  query: { now: string; states?: readonly OpenClockState[] },
): Promise<ClockEntry[]> {
  const today = dayOf(query.now);
  const state = clockState(today);
  const states = query.states ?? ['pending', 'due', 'overdue'];
  if (states.length === 0) return [];
  return db
    .select({
      ...getTableColumns(openClocks),
      state,
      daysLeft: sql<number>`(${openClocks.dueBy} - ${today}::date)`.mapWith(Number),
      citizenId: worklist.citizenId,
      citizenName: worklist.citizenName,
    })
    .from(openClocks)
    .innerJoin(
      worklist,
      and(eq(worklist.pathwayId, openClocks.pathwayId), eq(worklist.organisationId, openClocks.ownerOrgId)),
    )
    .where(and(eq(openClocks.ownerOrgId, organisationId), inArray(state, [...states])))
    .orderBy(asc(openClocks.dueBy), asc(openClocks.pathwayId), asc(openClocks.code));
}
