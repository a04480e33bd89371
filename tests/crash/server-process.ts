/**
 * The real server as a child process (`node --import tsx apps/server/src/main.ts`), for the crash
 * test and the benchmark. `node` runs main.ts itself, not a `tsx` wrapper that relays signals, so
 * SIGKILL reaches the process that holds the database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from '@rygforlob/server/src/node-flags.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface ServerProcess {
  /** http://127.0.0.1:port */
  url: string;
  child: ChildProcess;
  /** Everything the process wrote so far (stdout and stderr), for failure messages. */
  output(): string;
  /** SIGKILL: no shutdown hook runs. Resolves when the process is gone. */
  kill(): Promise<NodeJS.Signals | number | null>;
  /** SIGTERM: the graceful shutdown (main.ts). Resolves with the exit code. */
  stop(): Promise<NodeJS.Signals | number | null>;
}

export interface ServerEnv {
  /** On-disk PGlite directory (ignored when databaseUrl is set). */
  dataDir?: string;
  databaseUrl?: string;
  seedDemo?: boolean;
  logLevel?: string;
  /** WORKERS (apps/server/src/cluster.ts); unset: the server's default. */
  workers?: number;
  /** Further settings (e.g. a limit off for a measurement). */
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts the server on a free port (PORT=0) and resolves once it prints "Rygforløb kører på <url>".
 * Rejects if it exits first or does not come up within `timeoutMs`.
 */
export function startServer(options: ServerEnv, timeoutMs = 120_000): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: 'development',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: options.logLevel ?? 'warn',
    SEED_DEMO: options.seedDemo === false ? 'false' : 'true',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : { DATA_DIR: options.dataDir }),
    ...(options.workers ? { WORKERS: String(options.workers) } : {}),
    ...options.env,
  };
  // As its start script runs it (apps/server package.json): with the server's V8 flags.
  return spawnReady(MAIN, [], env, /Rygforløb kører på (http:\/\/[^\s]+)/, timeoutMs, SERVER_NODE_FLAGS);
}

/**
 * Runs a TypeScript file in a child `node --import tsx` and resolves once its output matches
 * `ready` (whose first group is the URL it serves). Only PATH, HOME and TMPDIR of this process's
 * environment are passed on, plus `env`.
 */
export function spawnReady(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  timeoutMs = 120_000,
  nodeFlags: readonly string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeFlags, '--import', TSX_LOADER, script, ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? code));
  });
  const running = () => child.exitCode === null && child.signalCode === null;

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    let up = false;
    const collect = (chunk: Buffer) => {
      // The tail is enough for a failure message; a busy server's request log would grow without end.
      output = (output + chunk.toString('utf8')).slice(-100_000);
      const url = up ? undefined : ready.exec(output)?.[1];
      if (!url) return;
      up = true;
      clearTimeout(timer);
      resolve({
        url,
        child,
        output: () => output,
        kill: async () => {
          if (running()) child.kill('SIGKILL');
          return exited;
        },
        stop: async () => {
          if (running()) child.kill('SIGTERM');
          return exited;
        },
      });
    };
    // Both pipes are drained for the child's whole life, so a full pipe never blocks it.
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    void exited.then((how) => {
      clearTimeout(timer);
      if (!up) reject(new Error(`${script} exited (${how}) before it was up:\n${output}`));
    });
  });
}
