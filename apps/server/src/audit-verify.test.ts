import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createDatabase, writeAudit } from '@rygforlob/db';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const SCRIPT = fileURLToPath(new URL('./audit-verify.ts', import.meta.url));

/** `pnpm audit:verify` as an operator runs it, on a PGlite data directory; its exit code and output. */
async function verify(dataDir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(TSX, [SCRIPT], {
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe('pnpm audit:verify (issue 9)', () => {
  it('catches a row deleted by hand from the audit log of a stopped server', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rygforlob-audit-'));
    const database = await createDatabase({ driver: 'pglite', dataDir });
    const pathwayId = '6f1f7e5e-0000-4000-8000-000000000001';
    const ids: number[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(await writeAudit(database.db, { pathwayId, action: 'pathway.get', outcome: 'ok' }));
    await database.close();

    const intact = await verify(dataDir);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toContain('4 rows in 16 chains');
    expect(intact.stdout).toContain('intact');

    // What the issue saw done: the trigger switched off, a row deleted.
    const tamper = await createDatabase({ driver: 'pglite', dataDir, migrate: false });
    await tamper.db.execute(sql`alter table audit_log disable trigger audit_log_append_only`);
    await tamper.db.execute(sql`delete from audit_log where id = ${ids[1]}`);
    await tamper.db.execute(sql`alter table audit_log enable trigger audit_log_append_only`);
    await tamper.close();

    const caught = await verify(dataDir);
    expect(caught.code).toBe(1);
    expect(caught.stdout).toContain('NOT intact: 1 problem');
    expect(caught.stdout).toMatch(/chain \d+ row #2: deleted/);
  }, 60_000);
});
