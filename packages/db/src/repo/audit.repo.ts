import { arrayContains, asc, eq, is, or } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Db } from '../client.ts';
import { AUDIT_CHAINS, type AuditOutcome, auditLog } from '../schema/index.ts';
import { isUuid } from './ids.ts';
import { runPrepared } from './prepared.ts';

export type AuditRow = typeof auditLog.$inferSelect;

export interface AuditEntry {
  /** Defaults to the database's now(). */
  at?: Date;
  userId?: string | null;
  organisationId?: string | null;
  actor?: AuditRow['actor'];
  citizenId?: string | null;
  pathwayId?: string | null;
  /** A list view: the citizens it showed (each sees the row in their access log). */
  listedCitizenIds?: readonly string[];
  /** What was attempted, e.g. 'pathway.get', 'referral.send', 'citizen.find'. */
  action: string;
  outcome: AuditOutcome;
  /** Ids and codes only: never a CPR number, a name or a secret. */
  detail?: Record<string, unknown>;
}

export class AuditDetailRejected extends Error {
  override readonly name = 'AuditDetailRejected';
  constructor(readonly path: string) {
    super(`audit detail may not hold a CPR number or a secret (at ${path})`);
  }
}

/** Shaped like a CPR number, not inside a longer run of letters or digits (so not inside a uuid). */
const CPR_LIKE = /(^|[^0-9A-Za-z])\d{6}-?\d{4}($|[^0-9A-Za-z])/;
const SECRET_KEY = /pass(word)?|secret|token|cpr|hash/i;

function checkDetail(value: unknown, path: string): void {
  if (typeof value === 'string' || typeof value === 'number') {
    if (CPR_LIKE.test(String(value))) throw new AuditDetailRejected(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      checkDetail(item, `${path}[${i}]`);
    });
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (SECRET_KEY.test(key)) throw new AuditDetailRejected(`${path}.${key}`);
      checkDetail(item, `${path}.${key}`);
    }
  }
}

/**
 * The row writeAudit inserts, checked (AuditDetailRejected, RangeError) and with its chain: for a
 * statement that writes the row itself, such as an append's (repo/append.statement.ts).
 */
export function auditRow(entry: AuditEntry): NewAuditRow {
  const detail = entry.detail ?? {};
  checkDetail(detail, 'detail');
  for (const key of ['citizenId', 'pathwayId'] as const) {
    const id = entry[key];
    if (id != null && !isUuid(id)) throw new RangeError(`audit ${key} must be a uuid`);
  }
  if (entry.listedCitizenIds?.some((id) => !isUuid(id))) {
    throw new RangeError('audit listedCitizenIds must be uuids');
  }
  return {
    ...(entry.at ? { at: entry.at } : {}),
    chain: auditChainOf(entry),
    userId: entry.userId ?? null,
    organisationId: entry.organisationId ?? null,
    actor: entry.actor ?? null,
    citizenId: entry.citizenId ?? null,
    pathwayId: entry.pathwayId ?? null,
    listedCitizenIds: entry.listedCitizenIds?.length ? [...entry.listedCitizenIds] : null,
    action: entry.action,
    outcome: entry.outcome,
    detail,
  };
}

/**
 * Appends one audit row and returns its id, once the row is committed. Refuses
 * (AuditDetailRejected) a detail that holds something shaped like a CPR number or a key that
 * names a secret; the table's check refuses CPR-shaped text too.
 *
 * Outside a transaction, rows written at the same time share one multi-row INSERT (group
 * commit): every request writes an audit row, and one commit each would cost more than the
 * rest of a read. Each caller still waits until its own row is committed.
 */
export async function writeAudit(db: Db, entry: AuditEntry): Promise<number> {
  const row = auditRow(entry);
  // Inside a transaction the row must commit (or roll back) with it: no batching.
  if (is(db, PgTransaction)) return insertInTransaction(db, row);
  return new Promise<number>((resolve, reject) => {
    let batch = batches.get(db);
    if (!batch) {
      batch = { queue: [], flushing: false };
      batches.set(db, batch);
    }
    batch.queue.push({ row, resolve, reject });
    if (!batch.flushing) {
      batch.flushing = true;
      // One turn of the event loop lets the requests being handled now join the same insert.
      setImmediate(() => void flush(db, batch));
    }
  });
}

type NewAuditRow = typeof auditLog.$inferInsert;

/**
 * The hash chain a row joins: by pathway, else citizen, else user (FNV-1a, mod AUDIT_CHAINS).
 * Rows about one pathway stay in one chain, in order; unrelated requests rarely share a lock.
 */
export function auditChainOf(entry: Pick<AuditEntry, 'pathwayId' | 'citizenId' | 'userId'>): number {
  const key = entry.pathwayId ?? entry.citizenId ?? entry.userId ?? '';
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % AUDIT_CHAINS;
}

interface PendingAudit {
  row: NewAuditRow;
  resolve: (id: number) => void;
  reject: (error: unknown) => void;
}

/** Rows waiting for the next insert, per database (the root Db object: one per Database). */
const batches = new WeakMap<Db, { queue: PendingAudit[]; flushing: boolean }>();

/** At most this many rows per INSERT. */
const MAX_BATCH = 500;

/**
 * The batched INSERT: one statement for any number of rows, so it is prepared once under a name
 * (a multi-row VALUES through drizzle rebuilt its SQL text and 11 parameters a row on every
 * batch). The rows travel as one JSON array and come out of jsonb_to_recordset in their order
 * (`o`), so the chain trigger (migration 0004) seals them in that order, one row after another.
 * Prepared once on either driver (runPrepared).
 */
const INSERT_BATCH_NAME = 'rygforlob_audit_batch';
const INSERT_BATCH = `insert into audit_log
    (at, chain, user_id, organisation_id, actor, citizen_id, pathway_id, listed_citizen_ids, action, outcome, detail)
  select coalesce(r.at, now()), r.chain, r.user_id, r.organisation_id, r.actor, r.citizen_id, r.pathway_id,
    r.listed, r.action, r.outcome, r.detail
  from jsonb_to_recordset($1::jsonb) as r(o int, at timestamptz, chain smallint, user_id text,
    organisation_id text, actor text, citizen_id uuid, pathway_id uuid, listed uuid[], action text,
    outcome text, detail jsonb)
  order by r.o
  returning id`;

/**
 * Inserts rows outside a transaction and returns their ids in the rows' order. The ids come from
 * audit_log's sequence in insert order, so sorted they line up with the rows whatever order
 * RETURNING gives them in.
 */
async function insertRows(db: Db, rows: readonly NewAuditRow[]): Promise<number[]> {
  const json = JSON.stringify(
    rows.map((row, o) => ({
      o,
      at: row.at ?? null,
      chain: row.chain,
      user_id: row.userId,
      organisation_id: row.organisationId,
      actor: row.actor,
      citizen_id: row.citizenId,
      pathway_id: row.pathwayId,
      listed: row.listedCitizenIds,
      action: row.action,
      outcome: row.outcome,
      detail: row.detail,
    })),
  );
  const inserted = await runPrepared<{ id: string | number }>(db, INSERT_BATCH_NAME, INSERT_BATCH, [json]);
  if (inserted.length !== rows.length) throw new Error('insert into audit_log returned too few rows');
  return inserted.map((r) => Number(r.id)).sort((a, b) => a - b);
}

async function insertOne(db: Db, row: NewAuditRow): Promise<number> {
  const [id] = await insertRows(db, [row]);
  if (id === undefined) throw new Error('insert into audit_log returned no row');
  return id;
}

/** Inside a transaction: through drizzle, on the transaction's connection. */
async function insertInTransaction(tx: Db, row: NewAuditRow): Promise<number> {
  const [inserted] = await tx.insert(auditLog).values(row).returning({ id: auditLog.id });
  if (!inserted) throw new Error('insert into audit_log returned no row');
  return inserted.id;
}

/** Writes what is queued, in batches, until the queue is empty; what arrives meanwhile waits for the next batch. */
async function flush(db: Db, batch: { queue: PendingAudit[]; flushing: boolean }): Promise<void> {
  while (batch.queue.length > 0) {
    // In chain order: the trigger locks each row's chain head until the INSERT commits, and two
    // batches that both take their locks in ascending order can never wait for each other.
    const taken = batch.queue.splice(0, MAX_BATCH).sort((a, b) => (a.row.chain ?? 0) - (b.row.chain ?? 0));
    try {
      const ids = await insertRows(
        db,
        taken.map((p) => p.row),
      );
      taken.forEach((p, i) => {
        p.resolve(ids[i] ?? Number.NaN);
      });
    } catch (error) {
      if (taken.length === 1) {
        taken[0]?.reject(error);
        continue;
      }
      // One bad row must not fail the others: write them one at a time, each with its own outcome.
      for (const p of taken) {
        await insertOne(db, p.row).then(p.resolve, p.reject);
      }
    }
  }
  batch.flushing = false;
}

/** Every audit row about one citizen, oldest first (the citizen's access log), list views included. */
export async function listAuditForCitizen(db: Db, citizenId: string): Promise<AuditRow[]> {
  if (!isUuid(citizenId)) return [];
  return db
    .select()
    .from(auditLog)
    .where(or(eq(auditLog.citizenId, citizenId), arrayContains(auditLog.listedCitizenIds, [citizenId])))
    .orderBy(asc(auditLog.id));
}
