import { fold } from '@rygforlob/domain';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { buildProjections } from '../projections.ts';
import { loadPathway } from '../repo/events.repo.ts';
import { openClocks, worklist } from '../schema/index.ts';

/** What the projection tables hold for a pathway, in a stable order. */
export async function projectionsOf(db: Db, pathwayId: string) {
  const rows = await db
    .select()
    .from(worklist)
    .where(eq(worklist.pathwayId, pathwayId))
    .orderBy(asc(worklist.organisationId));
  const clocks = await db
    .select()
    .from(openClocks)
    .where(eq(openClocks.pathwayId, pathwayId))
    .orderBy(asc(openClocks.code), asc(openClocks.subject));
  return { worklist: rows, clocks };
}

/** The same rows as a rebuild from all the pathway's stored events gives them, in the same order. */
export async function rebuiltOf(db: Db, pathwayId: string) {
  const loaded = await loadPathway(db, pathwayId);
  if (!loaded) throw new Error(`no pathway ${pathwayId}`);
  const built = buildProjections(fold(loaded.events), { pathwayId, citizen: loaded.citizen });
  return {
    worklist: built.worklist.sort((a, b) => a.organisationId.localeCompare(b.organisationId)),
    clocks: built.clocks.sort((a, b) => a.code.localeCompare(b.code) || a.subject.localeCompare(b.subject)),
  };
}
