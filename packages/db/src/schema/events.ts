import type { Actor, EventType } from '@rygforlob/domain';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { pathways } from './citizens.ts';

/**
 * The event store: append-only (a trigger refuses UPDATE, DELETE and TRUNCATE, see migrations).
 * The primary key (pathway_id, seq) means two writers can never both append seq n.
 * Author columns carry no foreign keys on purpose: a fact outlives the account that wrote it.
 */
export const events = pgTable(
  'events',
  {
    pathwayId: uuid('pathway_id')
      .notNull()
      .references(() => pathways.id),
    seq: integer('seq').notNull(),
    type: text('type').$type<EventType>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    actor: text('actor').$type<Actor>().notNull(),
    organisationId: text('organisation_id').notNull(),
    userId: text('user_id').notNull(),
    /** The event without its envelope (seq, at, by, type). */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'events_pkey', columns: [t.pathwayId, t.seq] }),
    index('events_organisation_idx').on(t.organisationId),
    check('events_seq_positive', sql`${t.seq} >= 1`),
  ],
);
