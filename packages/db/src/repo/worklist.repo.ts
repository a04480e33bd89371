import { dayOf } from '@rygforlob/domain';
import { and, asc, eq, getTableColumns, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import type { OpenClockRow, WorklistRow } from '../projections.ts';
import { type InboxItem, inboxReads, openClocks, worklist } from '../schema/index.ts';
import { namedOnPglite } from './prepared.ts';
import { type Cursor, decodeWorklistCursor, encodeCursor, InvalidCursor } from './worklist-cursor.ts';

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
  /** Rows per page (default 50, at most 200). */
  limit?: number;
  /** Where the previous page ended (its nextCursor); absent for the first page. */
  cursor?: string;
}

/** An inbox item with whether the organisation has read it (inbox_reads). */
export type ReadInboxItem = InboxItem & { read: boolean };

export type WorklistEntry = Omit<WorklistRow, 'inbox'> & {
  inbox: ReadInboxItem[];
  dueClocks: number;
  overdueClocks: number;
};

export interface WorklistPage {
  rows: WorklistEntry[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export { decodeWorklistCursor, InvalidCursor } from './worklist-cursor.ts';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A search as a kind of condition and its pattern (the statement's `search` parameter). */
function searchOf(search: string | undefined): { kind: 'cpr' | 'name'; pattern: string } | null {
  const term = search?.trim();
  if (!term) return null;
  if (/^\d{1,6}(-?\d{0,4})?$/.test(term)) return { kind: 'cpr', pattern: `${term.replace('-', '')}%` };
  return { kind: 'name', pattern: `%${escapeLike(term)}%` };
}

/** Served by worklist_org_cpr_idx (a prefix) or worklist_name_trgm_idx (any part of a name). */
function searchCondition(kind: 'cpr' | 'name' | undefined): SQL | undefined {
  if (kind === 'cpr') return sql`${worklist.citizenCpr} like ${sql.placeholder('search')}`;
  if (kind === 'name') return sql`${worklist.citizenName} ilike ${sql.placeholder('search')}`;
  return undefined;
}

/**
 * The clock counts and read marks of a row, as correlated subqueries: the database evaluates them
 * only for the rows a page returns (each is an index lookup by pathway), never for the thousands
 * of rows an organisation has. No sort or filter depends on them. (As plain columns: building
 * each row as one json_build_object value spared the server 0.15 ms of drizzle's row mapping per
 * page but cost PostgreSQL 0.3 ms more, issue 11.)
 */
function pageColumns() {
  const today = sql.placeholder('today');
  const mine = and(
    eq(openClocks.pathwayId, worklist.pathwayId),
    eq(openClocks.ownerOrgId, worklist.organisationId),
  );
  return {
    ...getTableColumns(worklist),
    dueClocks: sql<number>`(select count(*)::int from ${openClocks} where ${mine}
      and ${openClocks.dueFrom} <= ${today}::date and (${openClocks.threshold} or ${openClocks.dueBy} >= ${today}::date))`.mapWith(
      Number,
    ),
    overdueClocks: sql<number>`(select count(*)::int from ${openClocks} where ${mine}
      and not ${openClocks.threshold} and ${openClocks.dueBy} < ${today}::date)`.mapWith(Number),
    // Through eq(), which names each column's table: a column interpolated bare in a select list is
    // written unqualified, and "pathway_id" inside this subquery would be inbox_reads' own (every
    // organisation's read marks of every pathway, as it once was).
    readSeqs: sql<number[] | null>`(select array_agg(${inboxReads.seq}) from ${inboxReads} where ${and(
      eq(inboxReads.pathwayId, worklist.pathwayId),
      eq(inboxReads.organisationId, worklist.organisationId),
    )})`,
  };
}

type PageRow = WorklistRow & { dueClocks: number; overdueClocks: number; readSeqs: number[] | null };

const toEntry = ({ readSeqs, ...row }: PageRow): WorklistEntry => {
  const read = new Set((readSeqs ?? []).map(Number));
  return { ...row, inbox: row.inbox.map((item) => ({ ...item, read: read.has(item.seq) })) };
};

/** What shapes a page's SQL text: one prepared statement for each. */
interface PageVariant {
  filter: WorklistFilter;
  search: 'cpr' | 'name' | undefined;
  cursor: Cursor['part'] | undefined;
}

/**
 * A page's statement, built once per database and variant and prepared under a name (at most
 * 4 filters × 3 searches × 3 cursor parts): a worklist page runs on every list view, and drizzle
 * rebuilt this union's SQL text on every request (a fifth of the page's server CPU in issue 11's
 * profile), and PostgreSQL planned it anew. The organisation, the day, the page size, the search
 * pattern and the cursor are parameters. Null when the page can have no rows.
 */
function pageStatement(db: Db, variant: PageVariant) {
  const key = `${variant.filter}_${variant.search ?? 'any'}_${variant.cursor ?? 'first'}`;
  let statements = pageStatements.get(db);
  if (!statements) {
    statements = new Map();
    pageStatements.set(db, statements);
  }
  if (!statements.has(key)) statements.set(key, preparePage(db, variant, `rygforlob_worklist_${key}`));
  return statements.get(key) ?? null;
}

const pageStatements = new WeakMap<Db, Map<string, ReturnType<typeof preparePage>>>();

function preparePage(db: Db, variant: PageVariant, name: string) {
  const today = sql.placeholder('today');
  const take = sql.placeholder('take');
  const cursorId = sql`${sql.placeholder('cursorId')}::uuid`;
  const common = [
    eq(worklist.organisationId, sql.placeholder('organisationId')),
    searchCondition(variant.search),
  ];
  if (variant.filter === 'inbox') common.push(gt(worklist.inboxCount, 0));
  if (variant.filter === 'due') common.push(sql`${worklist.nextDueFrom} <= ${today}::date`);
  const columns = pageColumns();

  const overdue = db
    .select(columns)
    .from(worklist)
    .where(
      and(
        ...common,
        sql`${worklist.nextDueBy} < ${today}::date`,
        variant.cursor === 'overdue'
          ? sql`(${worklist.nextDueBy}, ${worklist.pathwayId}) > (${sql.placeholder('cursorKey')}::date, ${cursorId})`
          : undefined,
      ),
    )
    .orderBy(asc(worklist.nextDueBy), asc(worklist.pathwayId))
    .limit(take);
  // Index order is (last_event_at desc nulls last, pathway_id desc nulls last): say so, or the
  // planner sorts instead of scanning.
  const recent = db
    .select(columns)
    .from(worklist)
    .where(
      and(
        ...common,
        or(isNull(worklist.nextDueBy), sql`${worklist.nextDueBy} >= ${today}::date`),
        variant.cursor === 'recent'
          ? sql`(${worklist.lastEventAt}, ${worklist.pathwayId}) < (${sql.placeholder('cursorKey')}::timestamptz, ${cursorId})`
          : undefined,
      ),
    )
    .orderBy(sql`${worklist.lastEventAt} desc nulls last`, sql`${worklist.pathwayId} desc nulls last`)
    .limit(take);

  const wantOverdue = variant.cursor !== 'recent';
  const wantRecent = variant.filter !== 'overdue';
  // On PGlite too a named statement, planned once (repo/prepared.ts), not on every page.
  if (wantOverdue && wantRecent) return namedOnPglite(db, name, unionAll(overdue, recent).prepare(name));
  if (wantOverdue) return namedOnPglite(db, name, overdue.prepare(name));
  if (wantRecent) return namedOnPglite(db, name, recent.prepare(name));
  return null;
}

/**
 * One page of an organisation's worklist: its pathways, with what is in its inbox (and whether
 * it was read) and how many of the clocks it owns are due or overdue on `now`'s day. Overdue
 * first, most overdue first; then the rest, most recent first.
 *
 * Every page is a range scan of an index from the cursor (schema/projections.ts): the overdue
 * part on (organisation, next_due_by), the rest on (organisation, last_event_at desc). Both parts
 * go in one statement (union all, each with its own limit), so a page costs the same whether the
 * organisation has a hundred pathways or fifty thousand.
 */
export async function worklistPage(
  db: Db,
  organisationId: string,
  query: WorklistQuery,
): Promise<WorklistPage> {
  const today = dayOf(query.now);
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 50), 1), 200);
  const cursor = query.cursor === undefined ? null : decodeWorklistCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw new InvalidCursor();
  const filter = query.filter ?? 'all';
  const search = searchOf(query.search);
  const statement = pageStatement(db, { filter, search: search?.kind, cursor: cursor?.part });
  const rows: PageRow[] = statement
    ? await statement.execute({
        organisationId,
        today,
        take: limit + 1,
        search: search?.pattern ?? '',
        cursorKey: cursor?.key ?? '',
        cursorId: cursor?.id ?? '',
      })
    : [];
  // union all promises no order between or within its parts: put them in page order here.
  const isOverdue = (row: PageRow) => row.nextDueBy !== null && row.nextDueBy < today;
  const first = rows.filter(isOverdue).sort(byOverdue);
  const rest = rows.filter((row) => !isOverdue(row)).sort(byRecent);
  const ordered = [...first, ...rest];
  const page = ordered.slice(0, limit);
  const last = page.at(-1);
  const more = ordered.length > limit;
  return {
    rows: page.map(toEntry),
    nextCursor:
      more && last
        ? encodeCursor(
            isOverdue(last)
              ? { part: 'overdue', key: last.nextDueBy ?? '', id: last.pathwayId }
              : { part: 'recent', key: last.lastEventAt.toISOString(), id: last.pathwayId },
          )
        : null,
  };
}

const byOverdue = (a: PageRow, b: PageRow): number =>
  (a.nextDueBy ?? '').localeCompare(b.nextDueBy ?? '') || a.pathwayId.localeCompare(b.pathwayId);
const byRecent = (a: PageRow, b: PageRow): number =>
  b.lastEventAt.getTime() - a.lastEventAt.getTime() || b.pathwayId.localeCompare(a.pathwayId);

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
