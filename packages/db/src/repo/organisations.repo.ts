import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { organisations, users } from '../schema/index.ts';

export type OrganisationRow = typeof organisations.$inferSelect;
export type UserRow = typeof users.$inferSelect;
export type NewOrganisation = typeof organisations.$inferInsert;
export type NewUser = Omit<typeof users.$inferInsert, 'createdAt'>;

/** A phone number as dialled in Denmark: 8 digits, spaces allowed, optionally after +45. */
const PHONE = /^(\+45 ?)?(\d ?){7}\d$/;

/**
 * Inserts an organisation or updates its name, actor, municipality and SOR code, and its phone
 * number when one is given (left as it is otherwise). A phone that is not 8 digits is refused.
 */
export async function upsertOrganisation(db: Db, org: NewOrganisation): Promise<OrganisationRow> {
  if (org.phone != null && !PHONE.test(org.phone)) {
    throw new RangeError(`organisations.phone: "${org.phone}" is not a Danish phone number (8 digits)`);
  }
  const values = {
    id: org.id,
    name: org.name,
    actor: org.actor,
    municipality: org.municipality ?? null,
    sorCode: org.sorCode ?? null,
    ...(org.phone !== undefined ? { phone: org.phone } : {}),
  };
  const { id: _id, ...update } = values;
  const [row] = await db
    .insert(organisations)
    .values(values)
    .onConflictDoUpdate({ target: organisations.id, set: update })
    .returning();
  if (!row) throw new Error('upsert into organisations returned no row');
  return row;
}

export async function findOrganisation(db: Db, id: string): Promise<OrganisationRow | null> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

/** Creates a user; `passwordHash` is made by the auth layer. A taken username fails (unique). */
export async function createUser(db: Db, user: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(user).returning();
  if (!row) throw new Error('insert into users returned no row');
  return row;
}

/** The user with this username, password hash included (for login only). */
export async function findUserByUsername(db: Db, username: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}
