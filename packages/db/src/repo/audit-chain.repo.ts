import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { AUDIT_CHAINS } from '../schema/index.ts';

/** What `verifyAuditChain` found wrong with one place in a chain. */
export interface AuditChainProblem {
  /**
   * deleted: rows missing from the chain (a gap, or the newest rows gone from behind its head);
   * changed: a row whose content no longer gives its hash;
   * out-of-order: a row that does not follow the one before it (inserted, or re-hashed after a change);
   * unsealed: a row without its place in a chain (written with the trigger switched off).
   */
  kind: 'deleted' | 'changed' | 'out-of-order' | 'unsealed';
  chain: number | null;
  /** The chain positions concerned, first and last (equal for one row). */
  seq: [number, number] | null;
  /** The audit row's id, when the row is there. */
  id: number | null;
}

export interface AuditChainReport {
  ok: boolean;
  rows: number;
  chains: number;
  problems: AuditChainProblem[];
}

interface ChainRow extends Record<string, unknown> {
  id: string | number;
  chain_seq: string | number;
  prev_hash: string | null;
  hash: string | null;
  expected: string;
}

/** Both drivers' results carry `rows`, which the shared Db type cannot see. */
async function select<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const ZERO_HASH = '0'.repeat(64);
const PAGE = 5_000;

/**
 * Walks every audit chain in order and recomputes each row's hash in the database (the same
 * function the insert trigger uses). Needs SELECT on audit_log and audit_chain_heads: run it as
 * the owner role (`pnpm audit:verify`), not as the server's role. Memory stays flat: a chain is
 * read a page at a time.
 */
export async function verifyAuditChain(db: Db): Promise<AuditChainReport> {
  const problems: AuditChainProblem[] = [];
  let rows = 0;
  const unsealed = await select<{ id: string | number; chain: number }>(
    db,
    sql`select id, chain from audit_log where chain_seq is null or hash is null order by id`,
  );
  for (const row of unsealed) {
    problems.push({ kind: 'unsealed', chain: Number(row.chain), seq: null, id: Number(row.id) });
  }
  rows += unsealed.length;
  const heads = await select<{ chain: number; seq: string | number; hash: string }>(
    db,
    sql`select chain, seq, hash from audit_chain_heads order by chain`,
  );
  for (const head of heads) {
    const chain = Number(head.chain);
    let expectedSeq = 1;
    let prevHash = ZERO_HASH;
    for (;;) {
      const page = await select<ChainRow>(
        db,
        sql`
        select id, chain_seq, prev_hash, hash, rygforlob_audit_hash(a) as expected
        from audit_log a
        where chain = ${chain} and chain_seq >= ${expectedSeq} and hash is not null
        order by chain_seq limit ${PAGE}`,
      );
      for (const row of page) {
        const seq = Number(row.chain_seq);
        const id = Number(row.id);
        if (seq > expectedSeq) {
          problems.push({ kind: 'deleted', chain, seq: [expectedSeq, seq - 1], id: null });
        } else if (row.prev_hash !== prevHash) {
          problems.push({ kind: 'out-of-order', chain, seq: [seq, seq], id });
        }
        if (row.hash !== row.expected) problems.push({ kind: 'changed', chain, seq: [seq, seq], id });
        prevHash = row.hash ?? '';
        expectedSeq = seq + 1;
      }
      rows += page.length;
      if (page.length < PAGE) break;
    }
    const headSeq = Number(head.seq);
    if (headSeq >= expectedSeq) {
      problems.push({ kind: 'deleted', chain, seq: [expectedSeq, headSeq], id: null });
    } else if (headSeq === expectedSeq - 1 && headSeq > 0 && head.hash !== prevHash) {
      problems.push({ kind: 'changed', chain, seq: [headSeq, headSeq], id: null });
    } else if (headSeq < expectedSeq - 1) {
      problems.push({ kind: 'out-of-order', chain, seq: [headSeq + 1, expectedSeq - 1], id: null });
    }
  }
  return { ok: problems.length === 0, rows, chains: heads.length || AUDIT_CHAINS, problems };
}

/** One line per problem, for the command line and the log. */
export function describeAuditProblem(problem: AuditChainProblem): string {
  const where =
    problem.seq === null
      ? `row ${problem.id}`
      : `chain ${problem.chain} ${problem.seq[0] === problem.seq[1] ? `row #${problem.seq[0]}` : `rows #${problem.seq[0]}–#${problem.seq[1]}`}${problem.id === null ? '' : ` (id ${problem.id})`}`;
  const what = {
    deleted: 'deleted',
    changed: 'changed after it was written',
    'out-of-order': 'inserted out of order (does not follow the row before it)',
    unsealed: 'written outside the chain (trigger switched off?)',
  }[problem.kind];
  return `${where}: ${what}`;
}
