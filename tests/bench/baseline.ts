/**
 * The database work a request needs, without the server: the statements the server runs for it,
 * through the same driver (drizzle over node-postgres or PGlite), from `clients` loops in this
 * process. Per read: the session lookup, the read, its audit row. Per append: the session lookup,
 * loading the pathway, appendEvents with its audit row (one transaction). What the server costs
 * beyond this is HTTP, tRPC, validation, the domain and serialisation.
 */
import {
  appendEvents,
  type Database,
  findSession,
  loadPathway,
  worklistPage,
  writeAudit,
} from '@rygforlob/db';
import type { PathwayEvent } from '@rygforlob/domain';
import { loop, type Measured } from './measure.ts';

export interface WorkOptions {
  /** The signed-in GP's session token (its cookie value). */
  token: string;
  pathways: string[];
  clients: number;
  seconds: number;
  /** Seconds of the same work before measuring (JIT, caches, the pool's connections). */
  warmup: number;
  run: string;
  dbPid?: number | undefined;
}

async function session(database: Database, token: string) {
  const found = await findSession(database.db, token, new Date());
  if (!found) throw new Error('the benchmark session is gone');
  return found.user;
}

export async function databaseWork(
  database: Database,
  options: WorkOptions,
): Promise<{ worklist: Measured; pathway: Measured; appends: Measured }> {
  const { pathways, token } = options;
  const common = { seconds: options.seconds, clients: options.clients, dbPid: options.dbPid };
  const measure = async (name: string, work: (i: number) => Promise<unknown>) => {
    if (options.warmup > 0) await loop(name, { ...common, seconds: options.warmup }, work);
    return loop(name, common, work);
  };
  const reads = pathways.slice(0, 200);

  const worklist = await measure('database work of worklist.mine', async () => {
    const user = await session(database, token);
    const page = await worklistPage(database.db, user.organisationId, { now: new Date().toISOString() });
    await writeAudit(database.db, {
      userId: user.id,
      organisationId: user.organisationId,
      actor: user.actor,
      listedCitizenIds: [...new Set(page.rows.map((r) => r.citizenId))],
      action: 'worklist.mine',
      outcome: 'ok',
      detail: { filter: 'all', rows: page.rows.length },
    });
  });

  const pathway = await measure('database work of pathway.get', async (i) => {
    const user = await session(database, token);
    const loaded = await loadPathway(database.db, reads[i % reads.length] as string);
    if (!loaded) throw new Error('pathway gone');
    await writeAudit(database.db, {
      userId: user.id,
      organisationId: user.organisationId,
      actor: user.actor,
      citizenId: loaded.citizen.id,
      pathwayId: loaded.pathway.id,
      action: 'pathway.get',
      outcome: 'ok',
    });
  });

  // Each client appends to its own pathway, as the HTTP run's clients do.
  let next = 0;
  const append = (phase: string) => async (i: number) => {
    const pathwayId = pathways[next++ % pathways.length] as string;
    const user = await session(database, token);
    const loaded = await loadPathway(database.db, pathwayId);
    if (!loaded) throw new Error('pathway gone');
    const version = loaded.pathway.version;
    const event = {
      seq: version + 1,
      at: new Date().toISOString(),
      by: { userId: user.id, actor: user.actor, organisationId: user.organisationId },
      type: 'noteSent',
      noteId: `bench-${options.run}-${phase}${i}`,
      kind: 'information',
      to: [{ actor: 'gp', organisationId: user.organisationId }],
      content: { text: 'Telefonkonsultation: smerterne aftager, fortsætter øvelserne.' },
    } as PathwayEvent;
    await appendEvents(database.db, pathwayId, version, [event], {
      prior: loaded.events,
      audit: {
        userId: user.id,
        organisationId: user.organisationId,
        actor: user.actor,
        citizenId: loaded.citizen.id,
        pathwayId,
        action: 'note.send',
        outcome: 'ok',
      },
    });
  };
  // Warmed up like the reads (the append path's JIT), with notes of its own on the same pathways.
  if (options.warmup > 0) await loop('append warm-up', { ...common, seconds: options.warmup }, append('dbw'));
  const appends = await loop(
    `database work of an append (${options.clients} clients)`,
    { ...common },
    append('db'),
  );
  return { worklist, pathway, appends };
}
