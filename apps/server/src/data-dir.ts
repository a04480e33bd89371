import { mkdirSync, statfsSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Below this much free space the data directory counts as full: PGlite's next checkpoint would fail. */
const MIN_FREE_BYTES = 16 * 1024 * 1024;
/** /health is polled (and flooded in an attack): the answer is reused this long. */
const CACHE_MS = 2_000;

export type DataDirProblem = 'missing' | 'not-writable' | 'full';

/** What is wrong with writing to `dir`, or null. Writes and removes a small probe file. */
export function probeDataDir(dir: string): { problem: DataDirProblem; code: string } | null {
  const probe = join(dir, '.rygforlob-write-check');
  try {
    writeFileSync(probe, 'ok');
    unlinkSync(probe);
    const fs = statfsSync(dir);
    if (fs.bavail * fs.bsize < MIN_FREE_BYTES) return { problem: 'full', code: 'ENOSPC' };
    return null;
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code ?? 'EIO');
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'missing', code };
    if (code === 'ENOSPC' || code === 'EDQUOT') return { problem: 'full', code };
    return { problem: 'not-writable', code };
  }
}

let cached: { dir: string; at: number; problem: DataDirProblem | null } | null = null;

/** For /health: the probe's answer, at most one probe per CACHE_MS. */
export async function dataDirProblem(dir: string, now = Date.now()): Promise<DataDirProblem | null> {
  if (cached && cached.dir === dir && now - cached.at < CACHE_MS) return cached.problem;
  const problem = probeDataDir(dir)?.problem ?? null;
  cached = { dir, at: now, problem };
  return problem;
}

/**
 * Before the database opens on `dir`: creates it if missing and throws an error that says what
 * is wrong and how to fix it (PGlite itself says only "PGlite failed to initialize properly").
 */
export function assertDataDirUsable(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      `DATA_DIR ${dir} cannot be created (${code}). Fix: create it and give the server's user write access, or set DATA_DIR to a writable directory.`,
    );
  }
  const found = probeDataDir(dir);
  if (!found) return;
  const fix = {
    missing: `create it, or set DATA_DIR to an existing directory`,
    'not-writable': `give the server's user write access (e.g. chown/chmod, or remount read-write), or set DATA_DIR to a writable directory`,
    full: `free space on its disk (at least ${MIN_FREE_BYTES / 1024 / 1024} MB), or move DATA_DIR to a larger disk`,
  }[found.problem];
  const what = { missing: 'does not exist', 'not-writable': 'is not writable', full: 'is on a full disk' }[
    found.problem
  ];
  throw new Error(`DATA_DIR ${dir} ${what} (${found.code}). Fix: ${fix}.`);
}
