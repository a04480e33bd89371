import { rmSync } from 'node:fs';
import { createDatabase, type Database } from '@rygforlob/db';
import { Progress } from '@rygforlob/server/src/demo/progress.ts';
import { seedSynthetic } from '@rygforlob/server/src/demo/synthetic.ts';
import { sql } from 'drizzle-orm';

/** N synthetic pathways in a PGlite directory, seeded once and kept as the cache. */
export async function seedPglite(dir: string, n: number, fresh: boolean, log: (line: string) => void) {
  if (fresh) rmSync(dir, { recursive: true, force: true });
  const database = await createDatabase({ driver: 'pglite', dataDir: dir });
  try {
    const rows = (await database.db.execute(sql`select count(*)::int as n from pathways`)) as unknown as {
      rows: Array<{ n: number }>;
    };
    const stored = Number(rows.rows[0]?.n ?? 0);
    if (stored >= n) {
      log(`PGlite: ${stored} synthetic pathways already seeded in ${dir}`);
      return;
    }
    const started = Date.now();
    const progress = new Progress(n, 'synthetic pathways (PGlite)');
    await seedSynthetic(database, { pathways: n, onProgress: (done) => progress.update(done) });
    progress.finish(n);
    log(`PGlite: seeded in ${((Date.now() - started) / 1000).toFixed(0)} s into ${dir}`);
  } finally {
    await database.close();
  }
}

/** The organisation's open pathways it coordinates (up to 1,000), to read and append to. */
export async function gpPathways(database: Database, organisationId: string): Promise<string[]> {
  const rows = (await database.db.execute(
    sql`select pathway_id from worklist
        where organisation_id = ${organisationId} and relation = 'coordinator' and status = 'open'
        order by pathway_id limit 1000`,
  )) as unknown as { rows: Array<{ pathway_id: string }> };
  return rows.rows.map((r) => r.pathway_id);
}
