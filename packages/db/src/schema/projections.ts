import type { Actor, ClockCode, EventType, Relation, TargetGroup } from '@rygforlob/domain';
import { sql } from 'drizzle-orm';
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

/**
 * Something addressed to an organisation that it has not yet acted on. Only what a withheld
 * slice entry would show (type, author, time) plus, when the organisation may see the event in
 * full, its kind: never content.
 */
export interface InboxItem {
  type: Extract<
    EventType,
    | 'referralSent'
    | 'referralAccepted'
    | 'referralDeclined'
    | 'noteSent'
    | 'certificateRequested'
    | 'questionnaireCompleted'
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
    // No foreign key to pathways (migration 0010): on Citus this table is distributed by
    // organisation, and a foreign key between distributed tables must be on the distribution
    // column (docs/scaling.md). The rows are a projection rebuilt from events, so none is needed.
    pathwayId: uuid('pathway_id').notNull(),
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
    /**
     * The earliest due_from of the open clocks this organisation owns on the pathway: a clock is
     * due or overdue on day D when due_from <= D, so "due" is `next_due_from <= D` (an index
     * range, whatever D is).
     */
    nextDueFrom: date('next_due_from', { mode: 'string' }),
    /**
     * The earliest due_by of those clocks that can be overdue (not thresholds): "overdue on D"
     * is `next_due_by < D`, and the most overdue comes first in index order.
     */
    nextDueBy: date('next_due_by', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ name: 'worklist_pkey', columns: [t.pathwayId, t.organisationId] }),
    // The worklist's pages (repo/worklist.repo.ts): overdue first, most overdue first; then the
    // rest, most recent first; each page is a range of one of these indexes from a cursor.
    index('worklist_org_recent_idx').on(t.organisationId, t.lastEventAt.desc(), t.pathwayId.desc()),
    index('worklist_org_overdue_idx').on(t.organisationId, t.nextDueBy, t.pathwayId),
    index('worklist_org_due_idx').on(t.organisationId, t.nextDueFrom),
    index('worklist_org_inbox_idx')
      .on(t.organisationId, t.lastEventAt.desc(), t.pathwayId.desc())
      .where(sql`${t.inboxCount} > 0`),
    // Search: the start of a CPR number (btree, pattern ops) or any part of a name (trigrams).
    index('worklist_org_cpr_idx').on(t.organisationId, sql`${t.citizenCpr} text_pattern_ops`),
    index('worklist_name_trgm_idx').using('gin', sql`${t.citizenName} gin_trgm_ops`),
  ],
);

/**
 * Which inbox items (the event at `seq`) an organisation has read: "read when opened, mark
 * unread again". Per organisation, not per user: a clinic shares one inbox. Keyed by pathway
 * first, like every pathway table (docs/scaling.md: co-located shards).
 */
export const inboxReads = pgTable(
  'inbox_reads',
  {
    // No foreign key to pathways (migration 0010), as on the worklist: distributed by organisation.
    pathwayId: uuid('pathway_id').notNull(),
    organisationId: text('organisation_id').notNull(),
    seq: integer('seq').notNull(),
    readBy: text('read_by').notNull(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'inbox_reads_pkey', columns: [t.pathwayId, t.organisationId, t.seq] })],
);

/**
 * Clocks not yet met (clocksOf), one per (pathway, code, subject), each with the organisation
 * that owns it. Whether a clock is pending, due or overdue depends on the day you ask, so it is
 * not stored: queries derive it from due_from, due_by and threshold (repo/worklist.repo.ts).
 */
export const openClocks = pgTable(
  'open_clocks',
  {
    // No foreign key to pathways (migration 0010), as on the worklist: distributed by owner.
    pathwayId: uuid('pathway_id').notNull(),
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
    // Owner first (migration 0010): co-located with the owner's worklist rows on Citus. A clock
    // has one owner, so (pathway, code, subject) stays unique. The key's order also serves every
    // lookup by pathway, which always names the owner(s): the append's delete and upsert
    // (owner_org_id = any(…) and pathway_id = …) and the worklist's count per (pathway, owner).
    primaryKey({ name: 'open_clocks_pkey', columns: [t.ownerOrgId, t.pathwayId, t.code, t.subject] }),
    index('open_clocks_owner_idx').on(t.ownerOrgId, t.dueBy),
  ],
);
