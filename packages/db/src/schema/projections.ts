import type { Actor, ClockCode, EventType, Relation, TargetGroup } from '@rygforlob/domain';
import {
  boolean,
  date,
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
 * Something addressed to an organisation that it has not yet acted on. Only what a withheld
 * slice entry would show (type, author, time) plus, when the organisation may see the event in
 * full, its kind: never content.
 */
export interface InboxItem {
  type: Extract<
    EventType,
    'referralSent' | 'referralAccepted' | 'referralDeclined' | 'noteSent' | 'certificateRequested'
  >;
  /** The referral, note or certificate id; undefined when the event is withheld. */
  id?: string;
  /** The referral's, note's or certificate's kind; undefined when the event is withheld. */
  kind?: string;
  seq: number;
  at: string;
  from: { actor: Actor; organisationId: string };
  withheld: boolean;
}

/**
 * One row per (pathway, related organisation): that organisation's worklist entry, built from
 * its own slice of the pathway so that it holds nothing the organisation may not see.
 * Rebuilt from the events in the transaction that appends them (repo/events.repo.ts).
 */
export const worklist = pgTable(
  'worklist',
  {
    pathwayId: uuid('pathway_id')
      .notNull()
      .references(() => pathways.id),
    organisationId: text('organisation_id').notNull(),
    relation: text('relation').$type<Relation>().notNull(),
    citizenId: uuid('citizen_id').notNull(),
    /** Denormalised for search. */
    citizenName: text('citizen_name').notNull(),
    citizenCpr: text('citizen_cpr').notNull(),
    /** As far as this organisation's slice shows it. */
    targetGroup: text('target_group').$type<TargetGroup>(),
    status: text('status').$type<'open' | 'closed'>().notNull(),
    lastEventSeq: integer('last_event_seq').notNull(),
    lastEventAt: timestamp('last_event_at', { withTimezone: true, mode: 'date' }).notNull(),
    inbox: jsonb('inbox').$type<InboxItem[]>().notNull().default([]),
    inboxCount: integer('inbox_count').notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'worklist_pkey', columns: [t.pathwayId, t.organisationId] }),
    index('worklist_org_recent_idx').on(t.organisationId, t.lastEventAt),
  ],
);

/**
 * Clocks not yet met (clocksOf), one per (pathway, code, subject), each with the organisation
 * that owns it. Whether a clock is pending, due or overdue depends on the day you ask, so it is
 * not stored: queries derive it from due_from, due_by and threshold (repo/worklist.repo.ts).
 */
export const openClocks = pgTable(
  'open_clocks',
  {
    pathwayId: uuid('pathway_id')
      .notNull()
      .references(() => pathways.id),
    code: text('code').$type<ClockCode>().notNull(),
    subject: text('subject').notNull(),
    ownerOrgId: text('owner_org_id').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    dueFrom: date('due_from', { mode: 'string' }).notNull(),
    dueBy: date('due_by', { mode: 'string' }).notNull(),
    /** A threshold clock is due from dueFrom on and never overdue. */
    threshold: boolean('threshold').notNull(),
  },
  (t) => [
    primaryKey({ name: 'open_clocks_pkey', columns: [t.pathwayId, t.code, t.subject] }),
    index('open_clocks_owner_idx').on(t.ownerOrgId, t.dueBy),
  ],
);
