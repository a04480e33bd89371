import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { citizens } from './citizens.ts';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A citizen's Min side session, stored like a staff session (the id is the SHA-256 of the cookie's
 * token) so signing out ends it on the server: a copied cookie is refused at once. Short by design:
 * `expires_at` is the absolute end (1 h after sign-in), `last_seen_at` drives the 15 min idle end.
 */
export const citizenSessions = pgTable(
  'citizen_sessions',
  {
    id: text('id').primaryKey(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
  },
  (t) => [
    index('citizen_sessions_citizen_idx').on(t.citizenId),
    index('citizen_sessions_expires_idx').on(t.expiresAt),
    check('citizen_sessions_id_is_sha256', sql`${t.id} ~ '^[0-9a-f]{64}$'`),
  ],
);
