import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createDatabase } from '../client.ts';
import { drivers, queryRows, useDatabase } from '../testing/databases.ts';
import { type AuditEntry, auditChainOf, writeAudit } from './audit.repo.ts';
import { verifyAuditChain } from './audit-chain.repo.ts';

interface StoredRow {
  id: string | number;
  chain: number;
  chain_seq: string | number;
  at: string;
  pathway_id: string | null;
  listed_citizen_ids: string[] | string | null;
  detail: Record<string, unknown>;
  outcome: string;
  /** The inserting transaction: rows of one batch share it. */
  xmin: string;
}

const rowsOf = (db: Parameters<typeof queryRows>[0]) =>
  queryRows<StoredRow>(
    db,
    sql`select xmin::text as xmin, id, chain, chain_seq, at::text as at, pathway_id, listed_citizen_ids, detail, outcome
        from audit_log order by id`,
  );

/** Both drivers give uuid[] as an array; either way, the ids it holds. */
const idsIn = (value: StoredRow['listed_citizen_ids']): string[] =>
  value === null ? [] : Array.isArray(value) ? value : value.replace(/[{}]/g, '').split(',');

describe.each(drivers())(
  'audit group commit on $name (AUDIT-ACCESS: every read is in the access log, program p. 50; issue 11)',
  (driver) => {
    const database = useDatabase(driver);

    it('AUDIT-ACCESS: concurrent reads share one insert, and each caller gets the id of its own row, committed', async () => {
      const { db } = database();
      const pathwayIds = Array.from({ length: 40 }, () => randomUUID());
      const listed = [randomUUID(), randomUUID()];
      const entries: AuditEntry[] = pathwayIds.map((pathwayId, i) => ({
        userId: 'user-1',
        organisationId: 'org-1',
        actor: 'gp',
        pathwayId,
        action: 'pathway.get',
        outcome: 'ok',
        detail: { i, nested: { text: 'æøå "quoted" \\ back' } },
        ...(i === 7 ? { listedCitizenIds: listed } : {}),
        ...(i === 8 ? { at: new Date('2026-09-01T08:00:00.123Z') } : {}),
      }));
      const ids = await Promise.all(entries.map((entry) => writeAudit(db, entry)));
      expect(new Set(ids).size).toBe(40);
      // Read back with another statement: every row the callers were told of is there, as written.
      const stored = new Map((await rowsOf(db)).map((row) => [Number(row.id), row]));
      ids.forEach((id, i) => {
        const row = stored.get(id);
        expect(row?.pathway_id).toBe(pathwayIds[i]);
        expect(row?.detail).toEqual({ i, nested: { text: 'æøå "quoted" \\ back' } });
        expect(Number(row?.chain)).toBe(auditChainOf({ pathwayId: pathwayIds[i] as string }));
      });
      expect(idsIn(stored.get(ids[7] as number)?.listed_citizen_ids ?? null)).toEqual(listed);
      expect(idsIn(stored.get(ids[0] as number)?.listed_citizen_ids ?? null)).toEqual([]);
      expect(new Date(`${stored.get(ids[8] as number)?.at}`).toISOString()).toBe('2026-09-01T08:00:00.123Z');
      expect((await verifyAuditChain(db)).problems).toEqual([]);
    });

    it('AUDIT-ACCESS: rows of one chain written at once keep their order in the chain and verify', async () => {
      const { db } = database();
      const pathwayId = randomUUID();
      const ids = await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          writeAudit(db, { pathwayId, action: 'pathway.get', outcome: 'ok', detail: { i } }),
        ),
      );
      const stored = await rowsOf(db);
      expect(stored.map((r) => Number(r.id))).toEqual([...ids].sort((a, b) => a - b));
      // The chain follows the order the rows were written in, without gaps.
      expect(stored.map((r) => r.detail.i)).toEqual(Array.from({ length: 25 }, (_, i) => i));
      expect(stored.map((r) => Number(r.chain_seq))).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
      const report = await verifyAuditChain(db);
      expect(report).toMatchObject({ ok: true, rows: 25 });
    });

    it('AUDIT-ACCESS: a row the table refuses fails only its own caller; the others in its batch are written', async () => {
      const { db } = database();
      const good = (i: number) =>
        writeAudit(db, { pathwayId: randomUUID(), action: 'pathway.get', outcome: 'ok', detail: { i } });
      const results = await Promise.allSettled([
        good(0),
        // An outcome the table's check refuses (audit_log_outcome): only this caller hears of it.
        writeAudit(db, { action: 'pathway.get', outcome: 'maybe' as AuditEntry['outcome'] }),
        good(2),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const stored = await rowsOf(db);
      expect(stored.map((r) => r.detail.i).sort()).toEqual([0, 2]);
      expect((await verifyAuditChain(db)).ok).toBe(true);
    });

    it('AUDIT-ACCESS: when the database cannot take the batch, every caller in it is refused (no read answers without its row)', async () => {
      const broken = await createDatabase(
        driver.name === 'pglite'
          ? { driver: 'pglite' }
          : { driver: 'postgres', url: 'postgres://127.0.0.1:1/none', migrate: false, max: 1 },
      );
      if (driver.name === 'pglite') await broken.close();
      const results = await Promise.allSettled(
        Array.from({ length: 5 }, () =>
          writeAudit(broken.db, { pathwayId: randomUUID(), action: 'pathway.get', outcome: 'ok' }),
        ),
      );
      expect(results.every((r) => r.status === 'rejected')).toBe(true);
      await broken.close();
    });

    it('AUDIT-ACCESS: inside a transaction the row commits or rolls back with it', async () => {
      const { db } = database();
      await db
        .transaction(async (tx) => {
          await writeAudit(tx, { pathwayId: randomUUID(), action: 'note.send', outcome: 'ok' });
          throw new Error('roll back');
        })
        .catch(() => undefined);
      expect(await rowsOf(db)).toEqual([]);
      const id = await db.transaction((tx) =>
        writeAudit(tx, { pathwayId: randomUUID(), action: 'note.send', outcome: 'ok' }),
      );
      expect((await rowsOf(db)).map((r) => Number(r.id))).toEqual([id]);
    });
  },
);
