import { randomUUID } from 'node:crypto';
import type { Actor } from '@rygforlob/domain';
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** A practice, hospital department, municipal service or jobcentre, in the role of one actor. */
export const organisations = pgTable('organisations', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  actor: text('actor').$type<Actor>().notNull(),
  municipality: text('municipality'),
  /** The Danish SOR code (Sundhedsvæsenets Organisationsregister), where the organisation has one. */
  sorCode: text('sor_code'),
  /** The organisation's phone number for citizens, as dialled in Denmark (8 digits, may be spaced). */
  phone: text('phone'),
});

export const users = pgTable('users', {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => randomUUID()),
  organisationId: text('organisation_id')
    .notNull()
    .references(() => organisations.id),
  actor: text('actor').$type<Actor>().notNull(),
  displayName: text('display_name').notNull(),
  username: text('username').notNull().unique(),
  /** A password hash made by the auth layer (never the password). */
  passwordHash: text('password_hash').notNull(),
  createdAt: timestamptz('created_at').notNull().defaultNow(),
});

/** A signed-in session. The id is the SHA-256 of the token: a stolen table grants no session. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at').notNull(),
    lastSeenAt: timestamptz('last_seen_at').notNull().defaultNow(),
  },
  (t) => [
    index('sessions_user_idx').on(t.userId),
    index('sessions_expires_idx').on(t.expiresAt),
    check('sessions_id_is_sha256', sql`${t.id} ~ '^[0-9a-f]{64}$'`),
  ],
);
