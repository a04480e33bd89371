import { getTableColumns, type Table } from 'drizzle-orm';
import type { Db } from '../client.ts';
import type { ProjectedClock, ProjectedRow } from '../projections.ts';
import { auditLog, events, openClocks, worklist } from '../schema/index.ts';
import { type PreparedParam, runPrepared } from './prepared.ts';

/**
 * An append as ONE statement, prepared once under a name: the version compare-and-set, the
 * events, the projections and the audit row. One round trip and one implicit transaction
 * instead of BEGIN, eight statements and COMMIT (issue 11: every statement costs a socket write
 * and a parse on both drivers, and on PGlite a full turn of its single backend).
 *
 * Every write reads from `claim`, the compare-and-set on pathways.version: when it matches no row
 * (another append won, or no such pathway) nothing at all is written and `claimed` is 0. The
 * UPDATE takes the pathway's row lock, so appends to one pathway are serialised; a waiting one
 * finds the version moved (PostgreSQL re-checks the WHERE on the newest row) and writes nothing.
 *
 * The projections are upserted, not deleted and re-inserted: a row or clock whose columns did not
 * change is not written at all (`is distinct from`), and only the rows and clocks the new state no
 * longer has are deleted. The citizen columns of the worklist come from citizens in the same
 * statement. The audit row's chain trigger (migration 0004) runs as before.
 *
 * Variable data travels as JSON text ($5–$8) keyed by column name, and the organisations the
 * pathway names as a text array ($9), so the SQL text never changes and the statement is
 * prepared once (repo/prepared.ts), on PostgreSQL and on PGlite.
 *
 * Every write names its distribution column on Citus (docs/scaling.md): events and pathways by
 * pathway id, worklist and open_clocks by organisation (`= any($9)`), audit_log by chain.
 */
export interface AppendStatement {
  pathwayId: string;
  expectedVersion: number;
  version: number;
  status: 'open' | 'closed';
  events: readonly (typeof events.$inferInsert)[];
  worklist: readonly ProjectedRow[];
  clocks: readonly ProjectedClock[];
  /**
   * Every organisation the pathway names (projectState): a superset of those that ever had a
   * worklist row or owned a clock of it, since the set only grows with the events. The deletes
   * of stale rows and clocks name them, so on tables distributed by organisation (Citus,
   * docs/scaling.md) they reach those organisations' shards only, never all of them.
   */
  organisations: readonly string[];
  audit?: typeof auditLog.$inferInsert | undefined;
}

/** Column names of a table in declaration order, and drizzle's property name for each. */
const columnsOf = (table: Table) =>
  Object.entries(getTableColumns(table)).map(([key, column]) => ({ key, name: column.name }));

/** A row keyed by the table's column names, for jsonb_populate_record(set)(null::table, …). */
const recordOf =
  (columns: ReturnType<typeof columnsOf>) =>
  (row: object): Record<string, unknown> => {
    const record: Record<string, unknown> = {};
    for (const { key, name } of columns) {
      const value = (row as Record<string, unknown>)[key];
      if (value !== undefined) record[name] = value;
    }
    return record;
  };
const eventRecord = recordOf(columnsOf(events));
const worklistRecord = recordOf(columnsOf(worklist));
const clockRecord = recordOf(columnsOf(openClocks));
const auditRecord = recordOf(columnsOf(auditLog));

/** INSERT … ON CONFLICT (key) DO UPDATE of every other column, only where one of them differs. */
function upsert(table: string, key: string[], columns: string[], select: string): string {
  const rest = columns.filter((c) => !key.includes(c));
  return `insert into ${table} as old (${columns.join(', ')})
    ${select}
    on conflict (${key.join(', ')}) do update set ${rest.map((c) => `${c} = excluded.${c}`).join(', ')}
    where (${rest.map((c) => `old.${c}`).join(', ')}) is distinct from (${rest.map((c) => `excluded.${c}`).join(', ')})`;
}

const worklistColumns = columnsOf(worklist).map((c) => c.name);
const clockColumns = columnsOf(openClocks).map((c) => c.name);
/** Where each worklist column comes from: the claim, the citizen, or the projected row `r`. */
const fromRow: Record<string, string> = {
  pathway_id: 'claim.id',
  citizen_id: 'citizen.id',
  citizen_name: 'citizen.name',
  citizen_cpr: 'citizen.cpr',
};

export const APPEND_SQL = `with claim as (
    update pathways set version = $3::int, status = $4::text,
      updated_at = case when $3::int > $2::int then now() else updated_at end
    where id = $1::uuid and version = $2::int
    returning id, citizen_id
  ),
  citizen as (select c.id, c.name, c.cpr from claim join citizens c on c.id = claim.citizen_id),
  appended as (
    insert into events (pathway_id, seq, type, at, actor, organisation_id, user_id, payload)
    select claim.id, e.seq, e.type, e.at, e.actor, e.organisation_id, e.user_id, e.payload
    from claim, jsonb_populate_recordset(null::events, $5::jsonb) e
  ),
  wanted_rows as (select * from jsonb_populate_recordset(null::worklist, $6::jsonb)),
  listed as (
    ${upsert(
      'worklist',
      ['pathway_id', 'organisation_id'],
      worklistColumns,
      `select ${worklistColumns.map((c) => fromRow[c] ?? `r.${c}`).join(', ')}
       from claim, citizen, wanted_rows r`,
    )}
  ),
  unlisted as (
    delete from worklist w using claim
    where w.pathway_id = claim.id and w.organisation_id = any($9::text[])
      and w.organisation_id not in (select organisation_id from wanted_rows)
  ),
  wanted_clocks as (select * from jsonb_populate_recordset(null::open_clocks, $7::jsonb)),
  clocked as (
    ${upsert(
      'open_clocks',
      ['owner_org_id', 'pathway_id', 'code', 'subject'],
      clockColumns,
      `select ${clockColumns.map((c) => (c === 'pathway_id' ? 'claim.id' : `k.${c}`)).join(', ')}
       from claim, wanted_clocks k`,
    )}
  ),
  unclocked as (
    delete from open_clocks o using claim
    where o.owner_org_id = any($9::text[]) and o.pathway_id = claim.id
      and (o.owner_org_id, o.code, o.subject) not in (select owner_org_id, code, subject from wanted_clocks)
  ),
  audited as (
    insert into audit_log
      (at, chain, user_id, organisation_id, actor, citizen_id, pathway_id, listed_citizen_ids, action, outcome, detail)
    select coalesce(a.at, now()), a.chain, a.user_id, a.organisation_id, a.actor, a.citizen_id, a.pathway_id,
      a.listed_citizen_ids, a.action, a.outcome, coalesce(a.detail, '{}'::jsonb)
    from claim, jsonb_populate_record(null::audit_log, $8::jsonb) a
    where $8::jsonb is not null
  )
  select count(*)::int as claimed from claim`;

const NAME = 'rygforlob_append';

/** A PostgreSQL array literal of texts ('{"a","b"}'): each element quoted, `\` and `"` escaped. */
export const textArray = (values: readonly string[]): string =>
  `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;

/** Runs the append; false when the claim failed (nothing written). */
export async function runAppend(db: Db, append: AppendStatement): Promise<boolean> {
  const params: PreparedParam[] = [
    append.pathwayId,
    append.expectedVersion,
    append.version,
    append.status,
    JSON.stringify(append.events.map(eventRecord)),
    JSON.stringify(append.worklist.map(worklistRecord)),
    JSON.stringify(append.clocks.map(clockRecord)),
    append.audit ? JSON.stringify(auditRecord(append.audit)) : null,
    textArray(append.organisations),
  ];
  const rows = await runPrepared<{ claimed: number }>(db, NAME, APPEND_SQL, params);
  return (rows[0]?.claimed ?? 0) === 1;
}
