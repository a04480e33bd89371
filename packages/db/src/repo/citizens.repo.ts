import { parseCpr, type Violation } from '@rygforlob/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { citizens } from '../schema/index.ts';
import { isUuid } from './ids.ts';

export type CitizenRow = typeof citizens.$inferSelect;

export class InvalidCpr extends Error {
  override readonly name = 'InvalidCpr';
  constructor(readonly violations: Violation[]) {
    // The message never repeats the number.
    super(`invalid CPR number: ${violations.map((v) => v.rule).join(', ')}`);
  }
}

/** The citizen with this CPR number (with or without hyphen); null if none or malformed. */
export async function findCitizenByCpr(db: Db, cpr: string): Promise<CitizenRow | null> {
  const parsed = parseCpr(cpr);
  if (!parsed.ok) return null;
  const [row] = await db.select().from(citizens).where(eq(citizens.cpr, parsed.value.cpr));
  return row ?? null;
}

export async function findCitizen(db: Db, citizenId: string): Promise<CitizenRow | null> {
  if (!isUuid(citizenId)) return null;
  const [row] = await db.select().from(citizens).where(eq(citizens.id, citizenId));
  return row ?? null;
}

export interface NewCitizen {
  cpr: string;
  name: string;
  municipality: string;
  /** The GP practice the citizen is listed with (COORDINATOR-LISTING); the register's fact, not a user's choice. */
  listedWith?: string | null;
}

/**
 * Registers a citizen; birth date and sex come from the CPR number. Registering a CPR number
 * that is already there returns the existing row (`created: false`) unchanged.
 * Throws InvalidCpr for a malformed number.
 */
export async function registerCitizen(
  db: Db,
  input: NewCitizen,
): Promise<{ citizen: CitizenRow; created: boolean }> {
  const parsed = parseCpr(input.cpr);
  if (!parsed.ok) throw new InvalidCpr(parsed.violations);
  const { cpr, birthDate, sex } = parsed.value;
  const [inserted] = await db
    .insert(citizens)
    .values({
      cpr,
      birthDate,
      sex,
      name: input.name,
      municipality: input.municipality,
      listedWith: input.listedWith ?? null,
    })
    .onConflictDoNothing({ target: citizens.cpr })
    .returning();
  if (inserted) return { citizen: inserted, created: true };
  const [existing] = await db.select().from(citizens).where(eq(citizens.cpr, cpr));
  if (!existing) throw new Error('citizen vanished between insert and select');
  return { citizen: existing, created: false };
}

/**
 * The citizen changed GP: the register now lists them with `organisationId` (COORDINATOR-LISTING).
 * Coordination of an open pathway moves only by its own fact (`coordinatorChanged`).
 */
export async function listCitizenWith(
  db: Db,
  citizenId: string,
  organisationId: string,
): Promise<CitizenRow | null> {
  if (!isUuid(citizenId)) return null;
  const [row] = await db
    .update(citizens)
    .set({ listedWith: organisationId })
    .where(eq(citizens.id, citizenId))
    .returning();
  return row ?? null;
}
