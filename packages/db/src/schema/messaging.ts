import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * Another organisation's system that sends MedCom messages and reads the FHIR API: a client
 * credential scoped to one organisation. The secret is stored as its SHA-256 (it is random and
 * long, like a session token), so the table alone lets no one in.
 */
export const fhirClients = pgTable(
  'fhir_clients',
  {
    id: text('id').primaryKey(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id),
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('fhir_clients_org_idx').on(t.organisationId),
    check('fhir_clients_secret_is_sha256', sql`${t.secretHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

export type MessageOutcome = 'processing' | 'ok' | 'fatal-error';

/**
 * Every MedCom message received, by its sender and MessageHeader id: a message processed before
 * is acknowledged again with the stored acknowledgement, never appended twice. The row is claimed
 * (`processing`) before the append, so two deliveries of one message cannot both append.
 */
export const processedMessages = pgTable(
  'processed_messages',
  {
    organisationId: text('organisation_id').notNull(),
    messageId: text('message_id').notNull(),
    pathwayId: uuid('pathway_id'),
    outcome: text('outcome').$type<MessageOutcome>().notNull(),
    /** The acknowledgement sent back (no CPR number: it names the message, not the citizen). */
    acknowledgement: jsonb('acknowledgement').$type<Record<string, unknown>>(),
    receivedAt: timestamptz('received_at').notNull().defaultNow(),
    completedAt: timestamptz('completed_at'),
  },
  (t) => [
    primaryKey({ name: 'processed_messages_pkey', columns: [t.organisationId, t.messageId] }),
    check('processed_messages_outcome', sql`${t.outcome} in ('processing', 'ok', 'fatal-error')`),
  ],
);
