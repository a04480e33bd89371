import type { Actor } from '@rygforlob/domain';
import { sql } from 'drizzle-orm';
import { bigserial, check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export type AuditOutcome = 'ok' | 'denied' | 'not-found';

/**
 * Who did what to which citizen's data, when, and with what outcome. Append-only (trigger) and
 * without foreign keys: an audit row must be writable even when what it names does not exist.
 * The check refuses anything shaped like a CPR number in `detail` (defence in depth: the repo
 * refuses it first).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
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
  },
  (t) => [
    index('audit_log_citizen_idx').on(t.citizenId, t.id),
    index('audit_log_pathway_idx').on(t.pathwayId),
    index('audit_log_listed_idx').using('gin', t.listedCitizenIds),
    check('audit_log_outcome', sql`${t.outcome} in ('ok', 'denied', 'not-found')`),
    check('audit_log_no_cpr', sql`${t.detail}::text !~ '(^|[^0-9A-Za-z])[0-9]{6}-?[0-9]{4}($|[^0-9A-Za-z])'`),
  ],
);
