import { dayOf } from '@rygforlob/domain';
import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  inArray,
  type SQL,
  type SQLWrapper,
  sql,
} from 'drizzle-orm';
import type { Db } from '../client.ts';
import type { OpenClockRow, WorklistRow } from '../projections.ts';
import { openClocks, worklist } from '../schema/index.ts';

/** A clock's state on a given day, as the domain's clocksOf says it (met clocks are not stored). */
export type OpenClockState = 'pending' | 'due' | 'overdue';

type ClockColumns = { dueFrom: SQLWrapper; dueBy: SQLWrapper; threshold: SQLWrapper };

/** The same rule as the domain's clock status: pending before dueFrom, overdue after dueBy unless a threshold. */
const clockState = (today: string, c: ClockColumns = openClocks): SQL<OpenClockState> =>
  sql<OpenClockState>`(case when ${c.dueFrom} > ${today}::date then 'pending'
    when ${c.threshold} or ${c.dueBy} >= ${today}::date then 'due'
    else 'overdue' end)`;

const inSubquery: ClockColumns = {
  dueFrom: sql.raw('"c"."due_from"'),
  dueBy: sql.raw('"c"."due_by"'),
  threshold: sql.raw('"c"."threshold"'),
};

/**
 * Qualified by hand: inside a select list drizzle renders a column without its table, which in
 * a correlated subquery would bind both sides to open_clocks and count every pathway's clocks.
 */
const countClocks = (today: string, state: OpenClockState): SQL<number> =>
  sql<number>`(select count(*) from "open_clocks" as "c"
    where "c"."pathway_id" = "worklist"."pathway_id"
      and "c"."owner_org_id" = "worklist"."organisation_id"
      and ${clockState(today, inSubquery)} = ${state})`.mapWith(Number);

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
 */
export async function worklistFor(
  db: Db,
  organisationId: string,
  query: WorklistQuery,
): Promise<WorklistEntry[]> {
  const today = dayOf(query.now);
  const due = countClocks(today, 'due');
  const overdue = countClocks(today, 'overdue');
  const filter = query.filter ?? 'all';
  const conditions = [eq(worklist.organisationId, organisationId), searchCondition(query.search)];
  if (filter === 'inbox') conditions.push(gt(worklist.inboxCount, 0));
  if (filter === 'due') conditions.push(sql`${due} + ${overdue} > 0`);
  if (filter === 'overdue') conditions.push(sql`${overdue} > 0`);
  return db
    .select({ ...getTableColumns(worklist), dueClocks: due, overdueClocks: overdue })
    .from(worklist)
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
