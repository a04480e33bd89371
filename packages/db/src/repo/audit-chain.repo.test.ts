import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../client.ts';
import { drivers, queryRows, useDatabase } from '../testing/databases.ts';
import { auditChainOf, writeAudit } from './audit.repo.ts';
import { describeAuditProblem, verifyAuditChain } from './audit-chain.repo.ts';

/** What someone with the owner's rights could do by hand: the append-only triggers do not fire. */
async function asReplica(db: Db, statement: ReturnType<typeof sql>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

async function fiveRowsOnOnePathway(db: Db): Promise<{ ids: number[]; chain: number }> {
  const pathwayId = randomUUID();
  const ids: number[] = [];
  for (let i = 0; i < 5; i++) {
    ids.push(await writeAudit(db, { pathwayId, action: 'pathway.get', outcome: 'ok', detail: { i } }));
  }
  return { ids, chain: auditChainOf({ pathwayId }) };
}

describe.each(drivers())('the audit hash chain on $name (issue 9, audit:verify)', (driver) => {
  const database = useDatabase(driver);

  it('an untouched log verifies, with rows on several chains written at once', async () => {
    const { db } = database();
    await Promise.all(
      Array.from({ length: 60 }, () =>
        writeAudit(db, { pathwayId: randomUUID(), action: 'pathway.get', outcome: 'ok' }),
      ),
    );
    await fiveRowsOnOnePathway(db);
    const report = await verifyAuditChain(db);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, rows: 65, chains: 16 });
  });

  it("an INSERT that names another row's id on another chain gets an id of its own (migration 0010)", async () => {
    const { db } = database();
    const { ids, chain } = await fiveRowsOnOnePathway(db);
    const other = (chain + 1) % 16;
    const [copied] = await queryRows<{ id: string }>(
      db,
      sql`insert into audit_log (id, chain, action, outcome) values (${ids[0]}, ${other}, 'forged', 'ok') returning id`,
    );
    expect(Number(copied?.id)).toBeGreaterThan(Math.max(...ids));
    const [counts] = await queryRows<{ rows: string; ids: string }>(
      db,
      sql`select count(*) as rows, count(distinct id) as ids from audit_log`,
    );
    expect(Number(counts?.ids)).toBe(Number(counts?.rows));
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('a row deleted by hand in the middle of a chain is reported as deleted', async () => {
    const { db } = database();
    const { ids, chain } = await fiveRowsOnOnePathway(db);
    await asReplica(db, sql`delete from audit_log where id = ${ids[2]}`);
    const report = await verifyAuditChain(db);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ kind: 'deleted', chain, seq: [3, 3], id: null }]);
    expect(describeAuditProblem(report.problems[0] as never)).toBe(`chain ${chain} row #3: deleted`);
  });

  it('the newest row of a chain deleted by hand is reported, though no row points back to it', async () => {
    const { db } = database();
    const { ids, chain } = await fiveRowsOnOnePathway(db);
    await asReplica(db, sql`delete from audit_log where id = ${ids[4]}`);
    expect((await verifyAuditChain(db)).problems).toEqual([
      { kind: 'deleted', chain, seq: [5, 5], id: null },
    ]);
  });

  it('a row changed by hand is reported as changed; re-hashing it breaks the link to the next row', async () => {
    const { db } = database();
    const { ids, chain } = await fiveRowsOnOnePathway(db);
    await asReplica(db, sql`update audit_log set outcome = 'denied' where id = ${ids[1]}`);
    expect((await verifyAuditChain(db)).problems).toEqual([
      { kind: 'changed', chain, seq: [2, 2], id: ids[1] },
    ]);
    await asReplica(
      db,
      sql`update audit_log set hash = rygforlob_audit_hash(audit_log) where id = ${ids[1]}`,
    );
    expect((await verifyAuditChain(db)).problems).toEqual([
      { kind: 'out-of-order', chain, seq: [3, 3], id: ids[2] },
    ]);
  });

  it('a row inserted by hand with the trigger off is reported; the writer cannot choose its own hash', async () => {
    const { db } = database();
    await fiveRowsOnOnePathway(db);
    const [forged] = await queryRows<{ id: number; hash: string; chain_seq: number }>(
      db,
      sql`insert into audit_log (action, outcome, chain, chain_seq, prev_hash, hash)
          values ('auth.login', 'ok', 1, 99, 'x', 'y') returning id, hash, chain_seq`,
    );
    expect(forged?.hash).not.toBe('y');
    expect(Number(forged?.chain_seq)).not.toBe(99);
    await asReplica(db, sql`insert into audit_log (action, outcome) values ('auth.login', 'ok')`);
    const report = await verifyAuditChain(db);
    expect(report.problems).toMatchObject([{ kind: 'unsealed', chain: 0, seq: null }]);
  });

  it("the server's role can append and read the audit log but not delete, change or unprotect it", async () => {
    const { db } = database();
    const { ids } = await fiveRowsOnOnePathway(db);
    const asApp = (statement: ReturnType<typeof sql>) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`set local role rygforlob_app`);
        await tx.execute(statement);
      });
    await asApp(sql`insert into audit_log (action, outcome) values ('x', 'ok')`);
    await asApp(sql`select count(*) from audit_log`);
    for (const attack of [
      sql`delete from audit_log where id = ${ids[0]}`,
      sql`update audit_log set outcome = 'denied' where id = ${ids[0]}`,
      sql`truncate audit_log`,
      sql`alter table audit_log disable trigger audit_log_append_only`,
      sql`update audit_chain_heads set seq = 0`,
      sql`delete from events`,
    ]) {
      const refused = await asApp(attack).then(
        () => 'allowed',
        (error: Error) => String((error.cause as Error | undefined)?.message ?? error.message),
      );
      expect(refused).toMatch(/permission denied|must be owner/);
    }
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
