/**
 * `pnpm seed:synthetic --pathways N [--batch 200]`: N synthetic pathways in the configured
 * database (DATABASE_URL or DATA_DIR, as the server), for benchmarks. Every step goes through
 * the domain's `decide`. Repeatable: citizen n is always the same fictitious person, and one who
 * already has a pathway is skipped, so running with a larger N adds only the difference.
 */
import { parseArgs } from 'node:util';
import { analyze, type Database, type Db, databaseFromEnv, schema } from '@rygforlob/db';
import { eq, inArray } from 'drizzle-orm';
import { databaseEnv, loadSettings } from '../settings.ts';
import { DEMO_PASSWORD } from './organisations.ts';
import { Progress } from './progress.ts';
import { seedOrganisations, storePathway } from './seed.ts';
import { runStory } from './story.ts';
import { pick, prng, syntheticCitizen } from './synthetic-citizens.ts';
import { AREA, HOMES, pickMix } from './synthetic-mixes.ts';

/** Synthetic pathway n: its citizen, its mix and its events, all determined by n (and `now`). */
export function syntheticPathway(n: number, now: Date) {
  const random = prng(n + 1);
  const gp = random() < 0.5 ? 'laege.vejle' : 'laege.odense';
  const mix = pickMix(random);
  const municipality = mix.municipal ? (gp === 'laege.vejle' ? 'Vejle' : 'Odense') : pick(random, AREA[gp]);
  const citizen = syntheticCitizen(n, municipality);
  const story = {
    citizen: citizen.id,
    coordinator: gp,
    summary: mix.name,
    steps: mix.steps(random, gp, HOMES[gp]),
  } as const;
  return { citizen, story, mix: mix.name, ...runStory(story, citizen, now) };
}

async function withPathway(db: Db, cprs: string[]): Promise<Set<string>> {
  if (cprs.length === 0) return new Set();
  const rows = await db
    .selectDistinct({ cpr: schema.citizens.cpr })
    .from(schema.citizens)
    .innerJoin(schema.pathways, eq(schema.pathways.citizenId, schema.citizens.id))
    .where(inArray(schema.citizens.cpr, cprs));
  return new Set(rows.map((r) => r.cpr));
}

export interface SyntheticOptions {
  pathways: number;
  batch?: number;
  now?: Date;
  onProgress?: (done: number) => void;
}

/** Seeds the organisations (idempotent) and synthetic pathways 0…N-1 that are not there yet. */
export async function seedSynthetic(database: Database, options: SyntheticOptions) {
  const now = options.now ?? new Date();
  const batch = Math.max(1, options.batch ?? 200);
  // PGlite has one connection: parallel transactions would only queue.
  const parallel = database.driver === 'postgres' ? 8 : 1;
  await seedOrganisations(database.db, DEMO_PASSWORD);
  let created = 0;
  let skipped = 0;
  for (let from = 0; from < options.pathways; from += batch) {
    const built = Array.from({ length: Math.min(batch, options.pathways - from) }, (_, i) =>
      syntheticPathway(from + i, now),
    );
    const existing = await withPathway(
      database.db,
      built.map((b) => b.citizen.cpr.replace('-', '')),
    );
    const todo = built.filter((b) => !existing.has(b.citizen.cpr.replace('-', '')));
    skipped += built.length - todo.length;
    for (let i = 0; i < todo.length; i += parallel) {
      await Promise.all(
        todo.slice(i, i + parallel).map((b) => storePathway(database.db, b.citizen, b.story, b.events)),
      );
    }
    created += todo.length;
    options.onProgress?.(from + built.length);
  }
  // PGlite collects no statistics by itself; after a bulk load the planner needs them.
  if (created > 0 && database.driver === 'pglite') await analyze(database);
  return { created, skipped };
}

async function main() {
  const { values } = parseArgs({
    options: { pathways: { type: 'string', short: 'n' }, batch: { type: 'string' } },
  });
  const pathways = Number(values.pathways);
  if (!Number.isInteger(pathways) || pathways < 0) {
    process.stderr.write('usage: pnpm seed:synthetic --pathways N [--batch 200]\n');
    process.exitCode = 2;
    return;
  }
  const settings = loadSettings();
  const database = await databaseFromEnv(databaseEnv(settings));
  try {
    const progress = new Progress(pathways, 'synthetic pathways');
    const started = Date.now();
    const result = await seedSynthetic(database, {
      pathways,
      ...(values.batch ? { batch: Number(values.batch) } : {}),
      onProgress: (done) => progress.update(done),
    });
    progress.finish(pathways);
    const where = database.driver === 'postgres' ? 'PostgreSQL' : settings.dataDir;
    process.stderr.write(
      `${result.created} created, ${result.skipped} already there, in ${((Date.now() - started) / 1000).toFixed(1)} s (${where})\n`,
    );
  } finally {
    await database.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    process.stderr.write(
      `seed:synthetic failed: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
