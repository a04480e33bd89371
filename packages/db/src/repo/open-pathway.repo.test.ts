import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { OpenPathwayExists } from '../errors.ts';
import { events, pathways, worklist } from '../schema/index.ts';
import { drivers, useDatabase } from '../testing/databases.ts';
import { openedPathway, run, T0, VIEWERS } from '../testing/fixtures.ts';

/**
 * One open pathway per citizen (PATHWAY-STATE already-open) was checked by the API alone: two
 * opens at the same moment both passed the check and both committed. The database now refuses
 * the second (migration 0009, `pathways_one_open_per_citizen`), on PGlite and on PostgreSQL,
 * where the two transactions truly run at once on two connections.
 */
describe.each(drivers())('one open pathway per citizen on $name', (driver) => {
  const database = useDatabase(driver);

  it('PATHWAY-STATE: two opens of one citizen at once: exactly one commits, the other is OpenPathwayExists and wrote nothing', async () => {
    const { db } = database();
    for (let round = 0; round < 5; round++) {
      const settled = await Promise.allSettled([openedPathway(db, 3), openedPathway(db, 3)]);
      const won = settled.filter((s) => s.status === 'fulfilled');
      const lost = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []));
      expect(won, `round ${round}`).toHaveLength(1);
      expect(lost, `round ${round}`).toHaveLength(1);
      expect(lost[0]).toBeInstanceOf(OpenPathwayExists);
      const winner = won[0]?.status === 'fulfilled' ? won[0].value : undefined;
      if (!winner) throw new Error('no winner');
      expect((lost[0] as OpenPathwayExists).citizenId).toBe(winner.citizen.id);
      // Nothing of the loser: one pathway more than before the round, the winner's.
      const open = await db.select().from(pathways).where(eq(pathways.status, 'open'));
      expect(open.map((p) => p.id)).toEqual([winner.pathway.id]);
      expect(await db.$count(pathways)).toBe(round + 1);
      const ofOpen = await db
        .select({ pathwayId: events.pathwayId })
        .from(events)
        .where(sql`${events.pathwayId} in (select id from ${pathways} where status = 'open')`);
      expect(new Set(ofOpen.map((e) => e.pathwayId))).toEqual(new Set([winner.pathway.id]));
      const rows = await db.select().from(worklist).where(eq(worklist.status, 'open'));
      expect(new Set(rows.map((r) => r.pathwayId))).toEqual(new Set([winner.pathway.id]));
      // Closed, the citizen may have a new pathway: the next round opens one.
      await run(db, winner.pathway.id, VIEWERS.gp, { type: 'pathwayClosed', reason: 'Afsluttet' }, T0);
    }
    const all = await db.select().from(pathways);
    expect(all).toHaveLength(5);
    expect(all.every((p) => p.status === 'closed')).toBe(true);
  });

  it('PATHWAY-STATE: another citizen’s open pathway is no obstacle', async () => {
    const { db } = database();
    const settled = await Promise.allSettled([openedPathway(db, 3), openedPathway(db, 2)]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
  });
});
