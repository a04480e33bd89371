import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const citizens = pgTable(
  'citizens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Normalised: 10 digits, no hyphen. */
    cpr: text('cpr').notNull().unique(),
    name: text('name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    sex: text('sex').$type<'female' | 'male'>().notNull(),
    municipality: text('municipality').notNull(),
    /**
     * The GP practice the citizen is listed with (sygesikringens lægevalg): the organisation id of
     * the pathway's coordinator (COORDINATOR-LISTING). Null until the register knows it.
     */
    listedWith: text('listed_with'),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [
    check('citizens_cpr_digits', sql`${t.cpr} ~ '^[0-9]{10}$'`),
    check('citizens_sex', sql`${t.sex} in ('female', 'male')`),
  ],
);

/** One citizen's pathway. `version` is the seq of its last event: what an append expects. */
export const pathways = pgTable(
  'pathways',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    citizenId: uuid('citizen_id')
      .notNull()
      .references(() => citizens.id),
    coordinatorOrgId: text('coordinator_org_id').notNull(),
    program: text('program').$type<'rsd-2023'>().notNull().default('rsd-2023'),
    version: integer('version').notNull().default(0),
    status: text('status').$type<'open' | 'closed'>().notNull().default('open'),
    openedAt: timestamptz('opened_at').notNull().defaultNow(),
    updatedAt: timestamptz('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('pathways_citizen_idx').on(t.citizenId),
    // One open pathway per citizen, held by the database: two simultaneous pathway.open calls
    // cannot both commit (the API turns the violation into PATHWAY-STATE already-open).
    uniqueIndex('pathways_one_open_per_citizen').on(t.citizenId).where(sql`${t.status} = 'open'`),
    check('pathways_version_nonnegative', sql`${t.version} >= 0`),
    check('pathways_status', sql`${t.status} in ('open', 'closed')`),
  ],
);
