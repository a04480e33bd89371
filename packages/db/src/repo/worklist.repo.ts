import { dayOf } from '@rygforlob/domain';
import { and, asc, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import type { OpenClockRow, WorklistRow } from '../projections.ts';
import { type InboxItem, openClocks, worklist } from '../schema/index.ts';
import { type PreparedParam, runPrepared } from './prepared.ts';
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
  if (/^\d{1,6}(-?\d{0,4})?$/.test(term)) return { kind: 'cpr', pattern: term.replace('-', '') };
  return { kind: 'name', pattern: `%${escapeLike(term)}%` };
}

/** Rows a page statement reads: the API's pages (up to 50) and one more, or the largest page (200) and one more. */
const READ_SIZES = [51, 201] as const;

/** A page statement's parameters, in the order its text numbers them. */
type PageParam = 'organisation' | 'day' | 'search' | 'cursorKey' | 'cursorId';

/** What shapes a page's SQL text: one prepared statement for each. */
interface PageVariant {
  filter: WorklistFilter;
  search: 'cpr' | 'name' | undefined;
  cursor: Cursor['part'] | undefined;
  /**
   * Rows to read, written into the text: for a limit that is a parameter the planner guesses a
   * tenth of the organisation's rows, and plans a page of 50 as if it were thousands. One of two
   * sizes (READ_SIZES), whatever the page size: each size is a statement prepared on every
   * connection, and one per page size would let a client make each connection hold hundreds.
   */
  take: (typeof READ_SIZES)[number];
}

interface PageStatement {
  name: string;
  text: string;
  params: PageParam[];
}

/**
 * A page's statement, per variant (4 filters × 3 searches × 3 cursor parts × 2 read sizes), prepared
 * once per connection (runPrepared). Null when the page can have no rows.
 *
 * First the page's rows, each part a range scan of its index from the cursor (overdue on
 * (organisation, next_due_by), the rest on (organisation, last_event_at desc)), the rest only for
 * what the overdue part leaves of the page; then, for those rows alone, their clock counts and
 * read marks. So the database reads and counts the rows a page shows and no others, and a page
 * costs the same whether the organisation has a hundred pathways or fifty thousand. (A union of
 * two whole parts read and counted twice the page's rows: half of its PostgreSQL CPU; reading
 * keys first and the rows by primary key after cost one more index descent a row, which grows
 * with the table: issue 11.)
 */
function buildPageStatement(variant: PageVariant): PageStatement | null {
  const wantOverdue = variant.cursor !== 'recent';
  const wantRecent = variant.filter !== 'overdue';
  if (!wantOverdue && !wantRecent) return null;
  const params: PageParam[] = [];
  // Each parameter behind a scalar subquery: the planner then sees no value in any plan, so a plan
  // built for the values at hand never looks cheaper than the generic one, and PostgreSQL keeps
  // the generic plan instead of planning every page anew (it did at 100,000 pathways, where the
  // estimates for one large organisation came out a few percent cheaper; 0.2 ms of its CPU a page).
  const $ = (param: PageParam, type: string): string => {
    if (!params.includes(param)) params.push(param);
    return `(select $${params.indexOf(param) + 1}::${type})`;
  };
  const where = (...conditions: (string | null)[]): string =>
    [
      `organisation_id = ${$('organisation', 'text')}`,
      // Served by worklist_org_cpr_idx (a prefix) or worklist_name_trgm_idx (any part of a name).
      // The prefix as a range of the index's own operators: "like $n" gives the planner no prefix to
      // range over in a generic plan (it read all 50,000 rows of an organisation for one number).
      // CPR numbers are digits, and ':' follows '9'.
      variant.search === 'cpr'
        ? `citizen_cpr ~>=~ ${$('search', 'text')} and citizen_cpr ~<~ (${$('search', 'text')} || ':')`
        : null,
      variant.search === 'name' ? `citizen_name ilike ${$('search', 'text')}` : null,
      variant.filter === 'inbox' ? 'inbox_count > 0' : null,
      variant.filter === 'due' ? `next_due_from <= ${$('day', 'date')}` : null,
      ...conditions,
    ]
      .filter((c) => c !== null)
      .join(' and ');
  const parts: string[] = [];
  const rows: string[] = [];
  if (wantOverdue) {
    const after =
      variant.cursor === 'overdue'
        ? `(next_due_by, pathway_id) > (${$('cursorKey', 'date')}, ${$('cursorId', 'uuid')})`
        : null;
    parts.push(`overdue as (select * from worklist
      where ${where(`next_due_by < ${$('day', 'date')}`, after)}
      order by next_due_by, pathway_id limit ${variant.take})`);
    rows.push('select * from overdue');
  }
  if (wantRecent) {
    const after =
      variant.cursor === 'recent'
        ? `(last_event_at, pathway_id) < (${$('cursorKey', 'timestamptz')}, ${$('cursorId', 'uuid')})`
        : null;
    // Index order is (last_event_at desc nulls last, pathway_id desc nulls last): say so, or the
    // planner sorts instead of scanning.
    parts.push(`recent as (select * from worklist
      where ${where(`(next_due_by is null or next_due_by >= ${$('day', 'date')})`, after)}
      order by last_event_at desc nulls last, pathway_id desc nulls last
      limit ${variant.take}${wantOverdue ? ' - (select count(*) from overdue)' : ''})`);
    rows.push('select * from recent');
  }
  // The limit tells the planner the page is small: a nested loop over its rows for the counts.
  parts.push(`page as (${rows.join(' union all ')} limit ${variant.take})`);
  const day = $('day', 'date');
  const text = `with ${parts.join(',\n')}
    select w.pathway_id, w.organisation_id, w.relation, w.citizen_id, w.citizen_name, w.citizen_cpr,
      w.target_group, w.status, w.last_event_seq,
      to_char(w.last_event_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_event_at,
      w.inbox, w.inbox_count,
      to_char(w.next_due_from, 'YYYY-MM-DD') as next_due_from,
      to_char(w.next_due_by, 'YYYY-MM-DD') as next_due_by,
      c.due_clocks, c.overdue_clocks,
      (select array_agg(r.seq) from inbox_reads r
        where r.pathway_id = w.pathway_id and r.organisation_id = w.organisation_id) as read_seqs
    from page w
    cross join lateral (select
        count(*) filter (where oc.due_from <= ${day} and (oc.threshold or oc.due_by >= ${day}))::int as due_clocks,
        count(*) filter (where not oc.threshold and oc.due_by < ${day})::int as overdue_clocks
      from open_clocks oc where oc.pathway_id = w.pathway_id and oc.owner_org_id = w.organisation_id) c`;
  const name = `rygforlob_worklist_${variant.filter}_${variant.search ?? 'any'}_${variant.cursor ?? 'first'}_${variant.take}`;
  return { name, text, params };
}

const pageStatements = new Map<string, PageStatement | null>();

function pageStatement(variant: PageVariant): PageStatement | null {
  const key = `${variant.filter}_${variant.search}_${variant.cursor}_${variant.take}`;
  if (!pageStatements.has(key)) pageStatements.set(key, buildPageStatement(variant));
  return pageStatements.get(key) ?? null;
}

/** A page's row as the statement gives it (dates and instants as ISO text on either driver). */
interface PageRow {
  pathway_id: string;
  organisation_id: string;
  relation: WorklistRow['relation'];
  citizen_id: string;
  citizen_name: string;
  citizen_cpr: string;
  target_group: WorklistRow['targetGroup'];
  status: WorklistRow['status'];
  last_event_seq: number;
  last_event_at: string;
  inbox: InboxItem[];
  inbox_count: number;
  next_due_from: string | null;
  next_due_by: string | null;
  due_clocks: number;
  overdue_clocks: number;
  read_seqs: number[] | null;
}

const toEntry = (row: PageRow): WorklistEntry => {
  const read = new Set((row.read_seqs ?? []).map(Number));
  return {
    pathwayId: row.pathway_id,
    organisationId: row.organisation_id,
    relation: row.relation,
    citizenId: row.citizen_id,
    citizenName: row.citizen_name,
    citizenCpr: row.citizen_cpr,
    targetGroup: row.target_group,
    status: row.status,
    lastEventSeq: row.last_event_seq,
    lastEventAt: new Date(row.last_event_at),
    inbox: row.inbox.map((item) => ({ ...item, read: read.has(item.seq) })),
    inboxCount: row.inbox_count,
    nextDueFrom: row.next_due_from,
    nextDueBy: row.next_due_by,
    dueClocks: row.due_clocks,
    overdueClocks: row.overdue_clocks,
  };
};

/**
 * One page of an organisation's worklist: its pathways, with what is in its inbox (and whether
 * it was read) and how many of the clocks it owns are due or overdue on `now`'s day. Overdue
 * first, most overdue first; then the rest, most recent first (pageStatement).
 */
export async function worklistPage(
  db: Db,
  organisationId: string,
  query: WorklistQuery,
): Promise<WorklistPage> {
  const today = dayOf(query.now);
  // A whole number 1-200, whatever the caller passed: it is written into the statement's text.
  const limit = Number.isFinite(query.limit) ? Math.min(Math.max(Math.trunc(query.limit ?? 50), 1), 200) : 50;
  const cursor = query.cursor === undefined ? null : decodeWorklistCursor(query.cursor);
  if (query.cursor !== undefined && !cursor) throw new InvalidCursor();
  const filter = query.filter ?? 'all';
  const search = searchOf(query.search);
  const take = READ_SIZES.find((size) => size > limit) ?? 201;
  const statement = pageStatement({ filter, search: search?.kind, cursor: cursor?.part, take });
  if (!statement) return { rows: [], nextCursor: null };
  const values: Record<PageParam, PreparedParam> = {
    organisation: organisationId,
    day: today,
    search: search?.pattern ?? null,
    cursorKey: cursor?.key ?? null,
    cursorId: cursor?.id ?? null,
  };
  const found = await runPrepared<PageRow>(
    db,
    statement.name,
    statement.text,
    statement.params.map((param) => values[param]),
  );
  // The join promises no order: put the rows in page order here.
  const rows = found.map(toEntry);
  const isOverdue = (row: WorklistEntry) => row.nextDueBy !== null && row.nextDueBy < today;
  const ordered = [
    ...rows.filter(isOverdue).sort(byOverdue),
    ...rows.filter((row) => !isOverdue(row)).sort(byRecent),
  ];
  const page = ordered.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      ordered.length > limit && last
        ? encodeCursor(
            isOverdue(last)
              ? { part: 'overdue', key: last.nextDueBy ?? '', id: last.pathwayId }
              : { part: 'recent', key: last.lastEventAt.toISOString(), id: last.pathwayId },
          )
        : null,
  };
}

const byOverdue = (a: WorklistEntry, b: WorklistEntry): number =>
  (a.nextDueBy ?? '').localeCompare(b.nextDueBy ?? '') || a.pathwayId.localeCompare(b.pathwayId);
const byRecent = (a: WorklistEntry, b: WorklistEntry): number =>
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
