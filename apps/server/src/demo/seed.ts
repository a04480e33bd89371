import { hashPassword } from '@rygforlob/api';
import {
  createPathway,
  createUser,
  type Database,
  type Db,
  findUserByUsername,
  registerCitizen,
  schema,
  upsertOrganisation,
} from '@rygforlob/db';
import type { PathwayEvent } from '@rygforlob/domain';
import { TEST_CITIZENS, type TestCitizen } from '@rygforlob/domain/testing';
import { count } from 'drizzle-orm';
import { seedFhirDemo } from '../fhir/demo-clients.ts';
import { DEMO_ORGANISATIONS, type DemoOrganisation, partyOf, userIdOf } from './organisations.ts';
import { DEMO_STORIES } from './stories.ts';
import { runStory, type Story } from './story.ts';

export interface DemoUser {
  username: string;
  displayName: string;
  organisation: string;
}

export const DEMO_USERS: readonly DemoUser[] = DEMO_ORGANISATIONS.map((o) => ({
  username: o.user.username,
  displayName: o.user.displayName,
  organisation: o.name,
}));

export async function countOrganisations(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(schema.organisations);
  return row?.n ?? 0;
}

/**
 * The demo organisations and their users. Idempotent: organisations are upserted, and a user
 * whose username exists is left alone (its password too).
 */
export async function seedOrganisations(db: Db, password: string): Promise<{ usersCreated: number }> {
  const missing: DemoOrganisation[] = [];
  for (const o of DEMO_ORGANISATIONS) {
    await upsertOrganisation(db, {
      id: o.id,
      name: o.name,
      actor: o.actor,
      municipality: o.municipality ?? null,
      phone: o.phone,
    });
    if (!(await findUserByUsername(db, o.user.username))) missing.push(o);
  }
  // scrypt runs on libuv's thread pool: hash in parallel.
  const hashes = await Promise.all(missing.map(() => hashPassword(password)));
  for (const [i, o] of missing.entries()) {
    await createUser(db, {
      id: userIdOf(o),
      organisationId: o.id,
      actor: o.actor,
      displayName: o.user.displayName,
      username: o.user.username,
      passwordHash: hashes[i] ?? '',
    });
  }
  return { usersCreated: missing.length };
}

export function testCitizen(id: string): TestCitizen {
  const found = TEST_CITIZENS.find((c) => c.id === id);
  if (!found) throw new Error(`no test citizen ${id}`);
  return found;
}

/** Stores one story's citizen and pathway (events already ruled on by `decide`). */
export async function storePathway(
  db: Db,
  citizen: TestCitizen,
  story: Pick<Story, 'coordinator'>,
  events: PathwayEvent[],
) {
  // The register lists the citizen with the story's coordinating GP (COORDINATOR-LISTING).
  const { citizen: row } = await registerCitizen(db, {
    cpr: citizen.cpr,
    name: citizen.name,
    municipality: citizen.municipality,
    listedWith: partyOf(story.coordinator).organisationId,
  });
  return createPathway(db, {
    citizenId: row.id,
    coordinatorOrgId: partyOf(story.coordinator).organisationId,
    events,
  });
}

/**
 * Seeds the demo: organisations, one user each (all with `password`), and the citizens' pathways
 * with every date relative to `now`. Every story runs through `decide` before anything is written,
 * and the pathways are written in one transaction: a refused step leaves the database untouched.
 */
export async function seedDemo(database: Database, options: { now: Date; password: string }) {
  const runs = DEMO_STORIES.map((story) => {
    const citizen = testCitizen(story.citizen);
    return { story, citizen, ...runStory(story, citizen, options.now) };
  });
  await seedOrganisations(database.db, options.password);
  await seedFhirDemo(database.db);
  await database.db.transaction(async (tx) => {
    for (const run of runs) await storePathway(tx, run.citizen, run.story, run.events);
  });
  return { users: DEMO_USERS, pathways: runs.length };
}
