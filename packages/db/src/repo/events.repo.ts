import { fold, type PathwayEvent, PathwayEventSchema, type PathwayState } from '@rygforlob/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  asOpenPathwayExists,
  ConcurrencyConflict,
  PathwayNotFound,
  pgErrorCode,
  UNIQUE_VIOLATION,
} from '../errors.ts';
import { buildProjections } from '../projections.ts';
import { citizens, events, openClocks, pathways, worklist } from '../schema/index.ts';
import { type AuditEntry, writeAudit } from './audit.repo.ts';
import { isUuid } from './ids.ts';

export type PathwayRow = typeof pathways.$inferSelect;
type EventRow = typeof events.$inferSelect;
type CitizenRow = typeof citizens.$inferSelect;

export interface AppendResult {
  /** The pathway's version after the append: the seq of its last event. */
  version: number;
  /** The pathway folded from all its events as stored. */
  state: PathwayState;
}

function toRow(pathwayId: string, event: PathwayEvent): typeof events.$inferInsert {
  const { seq, at, by, type, ...payload } = event;
  return {
    pathwayId,
    seq,
    type,
    at: new Date(at),
    actor: by.actor,
    organisationId: by.organisationId,
    userId: by.userId,
    payload,
  };
}

/**
 * A stored event as the domain knows it. `at` comes back as UTC (`…Z`): timestamptz keeps the
 * instant, not the offset the author wrote. Not parsed again: every stored event was parsed by
 * PathwayEventSchema on its way in (defaults filled, text trimmed), and the table is append-only,
 * so a read (every request) need not pay for a second parse.
 */
export function eventFromRow(row: EventRow): PathwayEvent {
  return {
    ...row.payload,
    seq: row.seq,
    at: row.at.toISOString(),
    by: { userId: row.userId, actor: row.actor, organisationId: row.organisationId },
    type: row.type,
  } as PathwayEvent;
}

/** An event as it will read back once stored: `at` as the instant in UTC. */
const eventFromInsert = (row: typeof events.$inferInsert): PathwayEvent =>
  eventFromRow({ ...row, at: row.at as Date } as EventRow);

async function eventsOf(db: Db, pathwayId: string): Promise<PathwayEvent[]> {
  const rows = await db.select().from(events).where(eq(events.pathwayId, pathwayId)).orderBy(asc(events.seq));
  return rows.map(eventFromRow);
}

type ProjectedCitizen = { id: string; name: string; cpr: string };

async function citizenOf(tx: Db, pathwayId: string): Promise<ProjectedCitizen> {
  const [citizen] = await tx
    .select({ id: citizens.id, name: citizens.name, cpr: citizens.cpr })
    .from(pathways)
    .innerJoin(citizens, eq(citizens.id, pathways.citizenId))
    .where(eq(pathways.id, pathwayId));
  if (!citizen) throw new PathwayNotFound(pathwayId);
  return citizen;
}

/**
 * Replaces a pathway's worklist rows and open clocks with a rebuild from its events. Both
 * deletes go in one statement: on PGlite every statement costs, whatever it does.
 */
async function project(
  tx: Db,
  pathwayId: string,
  state: PathwayState,
  citizen: ProjectedCitizen,
): Promise<void> {
  const built = buildProjections(state, { pathwayId, citizen });
  await tx.execute(
    sql`with gone as (delete from ${worklist} where ${worklist.pathwayId} = ${pathwayId})
        delete from ${openClocks} where ${openClocks.pathwayId} = ${pathwayId}`,
  );
  if (built.worklist.length > 0) await tx.insert(worklist).values(built.worklist);
  if (built.clocks.length > 0) await tx.insert(openClocks).values(built.clocks);
}

function checkSequence(pathwayId: string, expectedVersion: number, proposed: readonly PathwayEvent[]): void {
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) {
    throw new RangeError(`pathway ${pathwayId}: expected version must be an integer >= 0`);
  }
  if (proposed.length === 0) throw new RangeError(`pathway ${pathwayId}: nothing to append`);
  proposed.forEach((event, i) => {
    if (event.seq !== expectedVersion + i + 1) {
      throw new RangeError(
        `pathway ${pathwayId}: event ${i} has seq ${event.seq}, expected ${expectedVersion + i + 1}`,
      );
    }
  });
}

/** appendEvents inside a transaction the caller already holds. */
async function appendInTransaction(
  tx: Db,
  pathwayId: string,
  expectedVersion: number,
  proposed: readonly PathwayEvent[],
  prior?: readonly PathwayEvent[],
): Promise<AppendResult> {
  const version = expectedVersion + proposed.length;
  // Validated again at the door: nothing unparseable enters the store.
  const rows = proposed.map((event) => toRow(pathwayId, PathwayEventSchema.parse(event)));
  // The compare-and-set takes the pathway's row lock: a concurrent append waits here, then
  // finds the version moved and updates nothing. It also brings the citizen the projections
  // name and the status before this append (one statement instead of three).
  const claimed = await tx
    .update(pathways)
    .set({ version, updatedAt: sql`now()` })
    .from(citizens)
    .where(
      and(
        eq(pathways.id, pathwayId),
        eq(pathways.version, expectedVersion),
        eq(citizens.id, pathways.citizenId),
      ),
    )
    .returning({
      status: pathways.status,
      citizen: { id: citizens.id, name: citizens.name, cpr: citizens.cpr },
    });
  const claim = claimed[0];
  if (!claim) {
    const [found] = await tx
      .select({ version: pathways.version })
      .from(pathways)
      .where(eq(pathways.id, pathwayId));
    if (!found || found.version === expectedVersion) throw new PathwayNotFound(pathwayId);
    throw new ConcurrencyConflict(pathwayId, expectedVersion, found.version);
  }
  try {
    await tx.insert(events).values(rows);
  } catch (error) {
    // The primary key (pathway_id, seq) is the second guard, should pathways.version ever lag.
    if (pgErrorCode(error) === UNIQUE_VIOLATION) throw new ConcurrencyConflict(pathwayId, expectedVersion);
    throw error;
  }
  // Folded from the events as stored (as every later read will see them), under the row lock.
  const stored = prior ? [...prior, ...rows.map(eventFromInsert)] : await eventsOf(tx, pathwayId);
  const state = fold(stored);
  if (state.version !== version) throw new ConcurrencyConflict(pathwayId, expectedVersion, state.version);
  if (state.status !== claim.status) {
    await tx.update(pathways).set({ status: state.status }).where(eq(pathways.id, pathwayId));
  }
  await project(tx, pathwayId, state, claim.citizen);
  return { version, state };
}

/**
 * Appends events (from `decide`, stamped with seq expectedVersion+1, +2, …) to a pathway in one
 * transaction, and rebuilds its worklist rows and open clocks from all its events in the same
 * transaction. Throws ConcurrencyConflict if the pathway is no longer at `expectedVersion`
 * (nothing is written), PathwayNotFound if there is no such pathway.
 */
export async function appendEvents(
  db: Db,
  pathwayId: string,
  expectedVersion: number,
  proposed: readonly PathwayEvent[],
  options: AppendOptions = {},
): Promise<AppendResult> {
  checkSequence(pathwayId, expectedVersion, proposed);
  if (!isUuid(pathwayId)) throw new PathwayNotFound(pathwayId);
  const prior = options.prior;
  const known =
    prior?.length === expectedVersion && (prior.at(-1)?.seq ?? 0) === expectedVersion ? prior : undefined;
  return db.transaction(async (tx) => {
    const result = await appendInTransaction(tx, pathwayId, expectedVersion, proposed, known);
    if (options.audit) await writeAudit(tx, options.audit);
    return result;
  });
}

export interface AppendOptions {
  /**
   * The pathway's events up to `expectedVersion`, as loaded by the caller (loadPathway). The
   * store is append-only and the version claim fails if anything was appended since, so these are
   * then exactly the stored ones, and the append need not read them again.
   */
  prior?: readonly PathwayEvent[];
  /** The audit row of this write, committed in the same transaction as the events. */
  audit?: AuditEntry;
}

export interface NewPathway {
  citizenId: string;
  coordinatorOrgId: string;
  program?: 'rsd-2023';
  /** Set by the caller to know the id before the insert; generated otherwise. */
  id?: string;
  /** The opening events (seq 1, 2, …), appended in the same transaction. */
  events?: readonly PathwayEvent[];
}

/** Creates a pathway at version 0, or, with `events`, created and opened atomically. */
export async function createPathway(db: Db, input: NewPathway): Promise<PathwayRow> {
  const opening = input.events ?? [];
  if (opening.length > 0) checkSequence(input.id ?? 'new', 0, opening);
  const creating = db.transaction(async (tx) => {
    const [created] = await tx
      .insert(pathways)
      .values({
        citizenId: input.citizenId,
        coordinatorOrgId: input.coordinatorOrgId,
        program: input.program ?? 'rsd-2023',
        ...(input.id ? { id: input.id } : {}),
      })
      .returning();
    if (!created) throw new Error('insert into pathways returned no row');
    if (opening.length === 0) return created;
    await appendInTransaction(tx, created.id, 0, opening);
    const [opened] = await tx.select().from(pathways).where(eq(pathways.id, created.id));
    return opened ?? created;
  });
  // A second open pathway of the citizen is refused by the database (OpenPathwayExists).
  return creating.catch((error: unknown) => {
    throw asOpenPathwayExists(error, input.citizenId);
  });
}

/**
 * loadPathway's statement, built once per database and prepared under a name: it runs on every
 * read and every command, and drizzle would otherwise rebuild its SQL text (and PostgreSQL parse
 * and plan it) each time. One statement, so one snapshot: the version and the events always
 * belong together (an append committing in between cannot pair an old version with newer
 * events). One round trip, with the citizen, instead of a transaction's five.
 */
const loadStatements = new WeakMap<Db, ReturnType<typeof prepareLoad>>();
/** An event row as json_agg gives it: `at` as text. */
type StoredEvent = Omit<EventRow, 'at' | 'recordedAt' | 'pathwayId'> & { at: string };
const prepareLoad = (db: Db) =>
  db
    .select({
      pathway: pathways,
      citizen: citizens,
      // The events as one JSON array: the pathway's and citizen's columns come once, not once
      // per event, and the driver parses one value instead of a row per event.
      events: sql<StoredEvent[] | null>`(select json_agg(json_build_object(
          'seq', ${events.seq}, 'type', ${events.type}, 'at', ${events.at}, 'actor', ${events.actor},
          'organisationId', ${events.organisationId}, 'userId', ${events.userId}, 'payload', ${events.payload}
        ) order by ${events.seq}) from ${events} where ${events.pathwayId} = ${pathways.id})`,
    })
    .from(pathways)
    .innerJoin(citizens, eq(citizens.id, pathways.citizenId))
    .where(eq(pathways.id, sql.placeholder('pathwayId')))
    .prepare('rygforlob_load_pathway');
function loadStatement(db: Db) {
  let statement = loadStatements.get(db);
  if (!statement) {
    statement = prepareLoad(db);
    loadStatements.set(db, statement);
  }
  return statement;
}

/** A pathway row and its events, parsed; null if there is no such pathway. */
export async function loadPathway(
  db: Db,
  pathwayId: string,
): Promise<{ pathway: PathwayRow; citizen: CitizenRow; events: PathwayEvent[] } | null> {
  if (!isUuid(pathwayId)) return null;
  const rows = await loadStatement(db).execute({ pathwayId });
  const first = rows[0];
  if (!first) return null;
  return {
    pathway: first.pathway,
    citizen: first.citizen,
    // `at` arrives as JSON text (with the session's offset); as a Date it reads as any stored event.
    events: (first.events ?? []).map((row) => eventFromRow({ ...row, at: new Date(row.at) } as EventRow)),
  };
}

/** Rebuilds one pathway's projections from its events (after a projection change, say). */
export async function rebuildProjections(db: Db, pathwayId: string): Promise<PathwayState> {
  if (!isUuid(pathwayId)) throw new PathwayNotFound(pathwayId);
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: pathways.id })
      .from(pathways)
      .where(eq(pathways.id, pathwayId))
      .for('update');
    if (!locked) throw new PathwayNotFound(pathwayId);
    const state = fold(await eventsOf(tx, pathwayId));
    await project(tx, pathwayId, state, await citizenOf(tx, pathwayId));
    return state;
  });
}

export async function pathwaysForCitizen(db: Db, citizenId: string): Promise<PathwayRow[]> {
  if (!isUuid(citizenId)) return [];
  return db
    .select()
    .from(pathways)
    .where(eq(pathways.citizenId, citizenId))
    .orderBy(asc(pathways.openedAt), asc(pathways.id));
}
