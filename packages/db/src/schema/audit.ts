import type { Actor } from '@rygforlob/domain';
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** How many hash chains the audit log keeps (the check above and migration 0004 agree). */
export const AUDIT_CHAINS = 16;

export type AuditOutcome = 'ok' | 'denied' | 'not-found';

/**
 * Who did what to which citizen's data, when, and with what outcome. Append-only (trigger) and
 * without foreign keys: an audit row must be writable even when what it names does not exist.
 * The check refuses anything shaped like a CPR number in `detail` (defence in depth: the repo
 * refuses it first).
 *
 * Tamper evidence (migration 0004): each row belongs to one of AUDIT_CHAINS hash chains and
 * carries its place in it (`chainSeq`), the previous row's hash and its own hash. A BEFORE INSERT
 * trigger owned by the migration role fills them in, so the server cannot choose them; `pnpm
 * audit:verify` walks every chain (docs/operations.md).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    userId: text('user_id'),
    organisationId: text('organisation_id'),
    actor: text('actor').$type<Actor>(),
    citizenId: uuid('citizen_id'),
    pathwayId: uuid('pathway_id'),
    /** A list view (worklist, inbox, caseload): the citizens it showed, one row for them all. */
    listedCitizenIds: uuid('listed_citizen_ids').array(),
    action: text('action').notNull(),
    outcome: text('outcome').$type<AuditOutcome>().notNull(),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    /** Which hash chain (0 … AUDIT_CHAINS-1); the writer picks it, spreading the lock. */
    chain: smallint('chain').notNull().default(0),
    /** Set by the trigger: the row's place in its chain, from 1 without gaps. */
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    /** Set by the trigger: the hash of the chain's previous row (64 zeros for the first). */
    prevHash: text('prev_hash'),
    /** Set by the trigger: sha256 over this row's content and prevHash. */
    hash: text('hash'),
  },
  (t) => [
    // The chain first (migration 0010): on Citus audit_log is distributed by chain, and a primary
    // key must hold the distribution column. id alone stays unique by its sequence; nothing reads
    // a row by id alone, so it has no index of its own (one index write less per audited request).
    // The access log reads a citizen's rows through audit_log_citizen_idx (citizen_id, id) and the
    // GIN index below and sorts those few by id; audit:verify walks (chain, chain_seq).
    primaryKey({ name: 'audit_log_pkey', columns: [t.chain, t.id] }),
    index('audit_log_citizen_idx').on(t.citizenId, t.id),
    index('audit_log_pathway_idx').on(t.pathwayId),
    index('audit_log_listed_idx').using('gin', t.listedCitizenIds),
    uniqueIndex('audit_log_chain_seq_idx').on(t.chain, t.chainSeq),
    check('audit_log_chain_range', sql`${t.chain} between 0 and 15`),
    check('audit_log_outcome', sql`${t.outcome} in ('ok', 'denied', 'not-found')`),
    check('audit_log_no_cpr', sql`${t.detail}::text !~ '(^|[^0-9A-Za-z])[0-9]{6}-?[0-9]{4}($|[^0-9A-Za-z])'`),
  ],
);

/**
 * The newest row of each audit chain, kept by the trigger: a deleted last row (which no later
 * row points back to) still shows as a head that no row matches. The server has no rights on it.
 */
export const auditChainHeads = pgTable('audit_chain_heads', {
  chain: smallint('chain').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
