import { type Command, decide, fold, type Viewer } from '@rygforlob/domain';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { projectState } from '../projections.ts';
import { openClocks, worklist } from '../schema/index.ts';
import { drivers, queryRows, useDatabase } from '../testing/databases.ts';
import {
  consentTo,
  hospitalContent,
  openedPathway,
  party,
  rehabPlanReferral,
  T0,
  VIEWERS,
} from '../testing/fixtures.ts';
import { runAppend, textArray } from './append.statement.ts';
import { appendEvents, loadPathway } from './events.repo.ts';

/**
 * The schema obeys the Citus plan (docs/scaling.md, section 3; migration 0010): primary keys hold
 * their table's distribution column, no foreign key runs from a projection to pathways, and an
 * append's deletes name the organisations they may touch, so they never fan out to every shard.
 */

interface Constraint {
  table: string;
  name: string;
  kind: 'p' | 'f';
  columns: string;
}

const constraintsOf = (db: Parameters<typeof queryRows>[0]) =>
  queryRows<Constraint>(
    db,
    sql`select t.relname as "table", c.conname as name, c.contype as kind,
          (select string_agg(a.attname, ',' order by k.i)
             from unnest(c.conkey) with ordinality as k(n, i)
             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n) as columns
        from pg_constraint c join pg_class t on t.oid = c.conrelid
        where t.relname in ('worklist', 'inbox_reads', 'open_clocks', 'audit_log', 'events')
          and c.contype in ('p', 'f') and t.relnamespace = current_schema()::regnamespace
        order by t.relname, c.contype, c.conname`,
  );

const gp = VIEWERS.gp.organisationId;
const physio = VIEWERS.physio.organisationId;
const hospital = VIEWERS.hospital.organisationId;

describe.each(drivers())('the schema obeys the Citus plan on $name', (driver) => {
  const database = useDatabase(driver);

  it('primary keys hold the distribution column; no foreign key from a projection to pathways', async () => {
    const { db } = database();
    expect(await constraintsOf(db)).toEqual([
      { table: 'audit_log', name: 'audit_log_pkey', kind: 'p', columns: 'chain,id' },
      { table: 'events', name: 'events_pathway_id_pathways_id_fk', kind: 'f', columns: 'pathway_id' },
      { table: 'events', name: 'events_pkey', kind: 'p', columns: 'pathway_id,seq' },
      {
        table: 'inbox_reads',
        name: 'inbox_reads_pkey',
        kind: 'p',
        columns: 'pathway_id,organisation_id,seq',
      },
      {
        table: 'open_clocks',
        name: 'open_clocks_pkey',
        kind: 'p',
        columns: 'owner_org_id,pathway_id,code,subject',
      },
      { table: 'worklist', name: 'worklist_pkey', kind: 'p', columns: 'pathway_id,organisation_id' },
    ]);
    // No index on id alone: nothing reads a row by id, and each audited request would write it.
    const indexes = await queryRows<{ indexdef: string }>(
      db,
      sql`select indexdef from pg_indexes where tablename = 'audit_log' and indexdef ~ '\(id\)$'`,
    );
    expect(indexes).toEqual([]);
  });

  it('textArray gives the texts back as a text[] parameter, whatever they hold', async () => {
    const { db } = database();
    const texts = ['org-a', 'b"c', 'd\\e', 'f,g', "h'i", '{j}', ' k ', 'NULL', ''];
    const [row] = await queryRows<{ a: string[] }>(db, sql`select ${textArray(texts)}::text[] as a`);
    expect(row?.a).toEqual(texts);
  });

  it("an append's deletes reach only the organisations the pathway names: a stale row or clock of a named one goes, another organisation's stays", async () => {
    const { db } = database();
    const { pathway } = await openedPathway(db);
    const loaded = await loadPathway(db, pathway.id);
    if (!loaded) throw new Error('pathway gone');
    const projected = projectState(fold(loaded.events));
    const [gpRow] = await db.select().from(worklist).where(sql`${worklist.pathwayId} = ${pathway.id}`);
    if (!gpRow) throw new Error('no worklist row for the coordinator');
    // Rows and clocks as an older projection might have left them, for physio and the hospital.
    for (const organisationId of [physio, hospital]) {
      await db.insert(worklist).values({ ...gpRow, organisationId });
      await db.insert(openClocks).values({
        pathwayId: pathway.id,
        code: 'stale' as never,
        subject: 'stale',
        ownerOrgId: organisationId,
        startedOn: '2026-09-01',
        dueFrom: '2026-09-08',
        dueBy: '2026-09-15',
        threshold: false,
      });
    }
    const claimed = await runAppend(db, {
      pathwayId: pathway.id,
      expectedVersion: loaded.pathway.version,
      version: loaded.pathway.version,
      status: 'open',
      events: [],
      worklist: projected.worklist,
      clocks: projected.clocks,
      organisations: [gp, physio],
    });
    expect(claimed).toBe(true);
    const rows = await queryRows<{ organisation_id: string }>(
      db,
      sql`select organisation_id from worklist where pathway_id = ${pathway.id} order by organisation_id`,
    );
    expect(rows.map((r) => r.organisation_id)).toEqual([gp, hospital].sort());
    const stale = await queryRows<{ owner_org_id: string }>(
      db,
      sql`select owner_org_id from open_clocks where pathway_id = ${pathway.id} and code = 'stale'`,
    );
    expect(stale.map((c) => c.owner_org_id)).toEqual([hospital]);
  });

  it('the organisations a pathway names only grow, and hold every worklist row and clock owner it ever had', async () => {
    const { db } = database();
    const { pathway } = await openedPathway(db);
    const steps: [Viewer, Command][] = [
      [VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h')],
      [VIEWERS.gp, consentTo(VIEWERS.rehab, 'c-r')],
      [VIEWERS.gp, consentTo(VIEWERS.chiro, 'c-c')],
      [
        VIEWERS.gp,
        {
          type: 'referralSent',
          referralId: 'h-1',
          kind: 'hospital',
          to: party(VIEWERS.hospital),
          content: hospitalContent(),
        },
      ],
      [VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }],
      [VIEWERS.hospital, rehabPlanReferral('r-1')],
      [VIEWERS.gp, consentTo(VIEWERS.physio, 'c-1')],
      [VIEWERS.gp, { type: 'consentWithdrawn', consentId: 'c-1' }],
      [
        VIEWERS.gp,
        {
          type: 'noteSent',
          noteId: 'n-1',
          kind: 'information',
          to: [party(VIEWERS.chiro)],
          content: { text: 'Til orientering' },
        },
      ],
      [VIEWERS.gp, { type: 'pathwayClosed', reason: 'Forløb afsluttet' }],
    ];
    let before: string[] = [];
    const everStored = new Set<string>();
    const refused: string[] = [];
    for (const [i, [viewer, command]] of steps.entries()) {
      const loaded = await loadPathway(db, pathway.id);
      if (!loaded) throw new Error('pathway gone');
      const decision = decide(fold(loaded.events), command, viewer, T0);
      if (!decision.ok) {
        refused.push(`${command.type}: ${JSON.stringify(decision.violations)}`);
        continue;
      }
      await appendEvents(db, pathway.id, loaded.pathway.version, decision.events);
      const after = await loadPathway(db, pathway.id);
      const named = projectState(fold(after?.events ?? [])).organisations;
      expect(named, `step ${i} (${command.type})`).toEqual(expect.arrayContaining(before));
      const stored = await queryRows<{ org: string }>(
        db,
        sql`select organisation_id as org from worklist where pathway_id = ${pathway.id}
            union select owner_org_id from open_clocks where pathway_id = ${pathway.id}`,
      );
      for (const { org } of stored) everStored.add(org);
      expect(named, `step ${i} (${command.type})`).toEqual(expect.arrayContaining([...everStored]));
      before = named;
    }
    // Guards against a sequence the domain refused: every step applied, naming five organisations.
    expect(refused).toEqual([]);
    expect([...before].sort()).toEqual(
      [VIEWERS.gp, VIEWERS.hospital, VIEWERS.rehab, VIEWERS.chiro, VIEWERS.physio]
        .map((v) => v.organisationId)
        .sort(),
    );
  });
});
