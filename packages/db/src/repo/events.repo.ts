import { fold, type PathwayEvent, PathwayEventSchema, type PathwayState } from '@rygforlob/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import {
  asOpenPathwayExists,
  ConcurrencyConflict,
  PathwayNotFound,
  pgErrorCode,
  UNIQUE_VIOLATION,
} from '../errors.ts';
import { projectState } from '../projections.ts';
import { citizens, events, pathways } from '../schema/index.ts';
import { runAppend } from './append.statement.ts';
import { type AuditEntry, auditRow } from './audit.repo.ts';
import { isUuid } from './ids.ts';
import { namedOnPglite } from './prepared.ts';

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

/** Why a claim at `expectedVersion` failed: no such pathway, or it moved on (ConcurrencyConflict). */
async function refusal(db: Db, pathwayId: string, expectedVersion: number): Promise<Error> {
  const [found] = await db
    .select({ version: pathways.version })
    .from(pathways)
    .where(eq(pathways.id, pathwayId));
  if (!found || found.version === expectedVersion) return new PathwayNotFound(pathwayId);
  return new ConcurrencyConflict(pathwayId, expectedVersion, found.version);
}

/** The pathway's events when it is at `expectedVersion`; otherwise why not (thrown). */
async function storedAt(db: Db, pathwayId: string, expectedVersion: number): Promise<PathwayEvent[]> {
  const stored = await eventsOf(db, pathwayId);
  if ((stored.at(-1)?.seq ?? 0) !== expectedVersion) throw await refusal(db, pathwayId, expectedVersion);
  return stored;
}

/**
 * The append itself: folds and projects in memory (once), then one statement claims the version
 * and writes the events, the projections and the audit row (repo/append.statement.ts). Inside a
 * caller's transaction (createPathway) the statement joins it.
 */
async function writeAppend(
  db: Db,
  pathwayId: string,
  expectedVersion: number,
  proposed: readonly PathwayEvent[],
  prior: readonly PathwayEvent[] | undefined,
  audit?: AuditEntry,
): Promise<AppendResult> {
  const version = expectedVersion + proposed.length;
  // Validated again at the door: nothing unparseable enters the store.
  const rows = proposed.map((event) => toRow(pathwayId, PathwayEventSchema.parse(event)));
  const before = prior ?? (await storedAt(db, pathwayId, expectedVersion));
  // Folded from the events as they will read back once stored (as every later read sees them).
  // The claim below fails if anything was appended after `before`, so this is the stored state.
  const state = fold([...before, ...rows.map(eventFromInsert)]);
  if (state.version !== version) throw new ConcurrencyConflict(pathwayId, expectedVersion, state.version);
  const projected = projectState(state);
  let claimed: boolean;
  try {
    claimed = await runAppend(db, {
      pathwayId,
      expectedVersion,
      version,
      status: state.status,
      events: rows,
      worklist: projected.worklist,
      clocks: projected.clocks,
      organisations: projected.organisations,
      audit: audit ? auditRow(audit) : undefined,
    });
  } catch (error) {
    // The primary key (pathway_id, seq) is the second guard, should pathways.version ever lag.
    if (pgErrorCode(error) === UNIQUE_VIOLATION && constraintOf(error) === 'events_pkey') {
      throw new ConcurrencyConflict(pathwayId, expectedVersion);
    }
    throw error;
  }
  if (!claimed) throw await refusal(db, pathwayId, expectedVersion);
  return { version, state };
}

/** The constraint a failed statement names, looking through drizzle's wrapper. */
function constraintOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const constraint = (e as { constraint?: unknown }).constraint;
    if (typeof constraint === 'string') return constraint;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Appends events (from `decide`, stamped with seq expectedVersion+1, +2, …) to a pathway and
 * brings its worklist rows and open clocks up to date with all its events, atomically (one
 * statement, with the audit row if given). Throws ConcurrencyConflict if the pathway is no longer at `expectedVersion`
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
  return writeAppend(db, pathwayId, expectedVersion, proposed, known, options.audit);
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
    await writeAppend(tx, created.id, 0, opening, []);
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
/** On PGlite too a named statement, planned once (repo/prepared.ts), not on every call. */
const prepareLoadNamed = (db: Db) => namedOnPglite(db, 'rygforlob_load_pathway', prepareLoad(db));
function loadStatement(db: Db) {
  let statement = loadStatements.get(db);
  if (!statement) {
    statement = prepareLoadNamed(db);
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

/**
 * Rebuilds one pathway's projections from its events (after a projection change, say), with the
 * append's statement at the version read (no events, no audit row): it writes only what differs.
 * An append in between makes the claim fail and the rebuild reads again. (An append that waited
 * for a rebuild's row lock writes its projections on the snapshot it started with: a row the
 * rebuild newly inserted and that append drops stays until the pathway's next append.)
 */
export async function rebuildProjections(db: Db, pathwayId: string): Promise<PathwayState> {
  if (!isUuid(pathwayId)) throw new PathwayNotFound(pathwayId);
  for (let attempt = 1; ; attempt++) {
    const loaded = await loadPathway(db, pathwayId);
    if (!loaded) throw new PathwayNotFound(pathwayId);
    const state = fold(loaded.events);
    const claimed = await runAppend(db, {
      pathwayId,
      expectedVersion: loaded.pathway.version,
      version: loaded.pathway.version,
      status: state.status,
      events: [],
      ...projectState(state),
    });
    if (claimed) return state;
    if (attempt === 5) throw new ConcurrencyConflict(pathwayId, loaded.pathway.version);
  }
}

export async function pathwaysForCitizen(db: Db, citizenId: string): Promise<PathwayRow[]> {
  if (!isUuid(citizenId)) return [];
  return db
    .select()
    .from(pathways)
    .where(eq(pathways.citizenId, citizenId))
    .orderBy(asc(pathways.openedAt), asc(pathways.id));
}
