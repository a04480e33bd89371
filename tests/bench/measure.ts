/**
 * What the benchmark measures with: autocannon runs, CPU time of process trees from /proc, and
 * percentiles. CPU per request says what the stack costs whatever else the shared machine does,
 * which throughput and latency cannot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface Measured {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** What the errors were: status codes, timeouts, connection errors. */
  errorKinds?: string;
  bytes?: number;
  /** The server's (or, for a baseline, this process's) CPU time per successful request, ms. */
  cpuPerRequest?: number;
  /** PostgreSQL's CPU time per successful request, ms (all its processes). */
  dbCpuPerRequest?: number;
}

/**
 * CPU of one process and of its children that have ended (ms); 0 when it is gone. The ended
 * children count so that a PostgreSQL backend closed during a run (a pool's idle timeout) does
 * not take its CPU out of the sum.
 */
function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, cutime, cstime: fields 14-17 of stat(5), in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return 0;
  }
}

/** Every process's parent, from /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  return map;
}

/**
 * CPU time (ms) of a process and all its descendants alive now: a clustered server's primary
 * and workers, or PostgreSQL's postmaster and its backends. Backends that ended during a run
 * are not counted, so connections are kept open (pools) while measuring.
 */
export function treeCpuMs(root: number | undefined): number {
  if (!root) return 0;
  const parentOf = parents();
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p && p > 1; p = parentOf.get(p)) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parentOf.keys()) if (inTree(pid)) total += processCpuMs(pid);
  return total;
}

/**
 * Several runs of the same measurement as one: the median of each figure (the issue's own figures
 * were medians of 4 runs). A single 10 s run's p99 moved by a fifth between runs on this shared
 * machine, more than any change it was meant to show.
 */
export function medianOf(runs: readonly Measured[]): Measured {
  const [first] = runs;
  if (!first) throw new Error('medianOf: no runs');
  const median = (pick: (m: Measured) => number | undefined): number | undefined => {
    const values = runs
      .map(pick)
      .filter((v): v is number => v !== undefined)
      .sort((a, b) => a - b);
    return values.length === 0 ? undefined : values[Math.floor((values.length - 1) / 2)];
  };
  const cpu = median((m) => m.cpuPerRequest);
  const db = median((m) => m.dbCpuPerRequest);
  return {
    ...first,
    rps: median((m) => m.rps) ?? first.rps,
    p50: median((m) => m.p50) ?? first.p50,
    p99: median((m) => m.p99) ?? first.p99,
    errors: runs.reduce((sum, m) => sum + m.errors, 0),
    errorKinds: runs
      .map((m) => m.errorKinds)
      .filter(Boolean)
      .join('; '),
    ...(cpu === undefined ? {} : { cpuPerRequest: cpu }),
    ...(db === undefined ? {} : { dbCpuPerRequest: db }),
  };
}

export const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

export const ms = (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0));

export interface Target {
  url: string;
  /** The process tree whose CPU counts as the server's. */
  pid: number | undefined;
  /** PostgreSQL's postmaster, when the target uses it. */
  dbPid?: number | undefined;
}

/** One autocannon run; `next` gives each request its path (and body), round robin. */
export async function cannon(
  title: string,
  target: Target,
  options: {
    seconds: number;
    connections: number;
    headers?: Record<string, string>;
    method?: 'GET' | 'POST';
    next: (i: number) => { path: string; body?: string };
  },
): Promise<Measured> {
  let i = 0;
  const cpuBefore = treeCpuMs(target.pid);
  const dbBefore = treeCpuMs(target.dbPid);
  const result = await autocannon({
    // A shared machine can stall a request for seconds; count it as slow, not as lost.
    timeout: 60,
    url: target.url,
    title,
    connections: options.connections,
    duration: options.seconds,
    method: options.method ?? 'GET',
    headers: options.headers ?? {},
    requests: [
      {
        setupRequest: (request) => {
          const { path, body } = options.next(i++);
          return { ...request, path, ...(body === undefined ? {} : { body }) };
        },
      },
    ],
  });
  const cpu = treeCpuMs(target.pid) - cpuBefore;
  const db = treeCpuMs(target.dbPid) - dbBefore;
  const codes = Object.entries(result.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${count} × HTTP ${code}`);
  if (result.timeouts > 0) codes.push(`${result.timeouts} timeouts`);
  if (result.errors > result.timeouts) codes.push(`${result.errors - result.timeouts} connection errors`);
  const ok = result['2xx'];
  return {
    name: title,
    rps: ok / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors,
    errorKinds: codes.join(', '),
    bytes: ok > 0 ? result.throughput.total / (ok + result.non2xx) : 0,
    ...(ok > 0 && target.pid ? { cpuPerRequest: cpu / ok } : {}),
    ...(ok > 0 && target.dbPid ? { dbCpuPerRequest: db / ok } : {}),
  };
}

/**
 * `clients` loops in this process, each running `work` again and again for `seconds`: the
 * database work of a request without HTTP, session cookie, tRPC or the domain. CPU is this
 * process's (the driver's share) and PostgreSQL's.
 */
export async function loop(
  name: string,
  options: { seconds: number; clients: number; dbPid?: number | undefined },
  work: (i: number) => Promise<unknown>,
): Promise<Measured> {
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  const cpuBefore = process.cpuUsage();
  const dbBefore = treeCpuMs(options.dbPid);
  const started = performance.now();
  const until = started + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          await work(n++);
          latencies.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const db = treeCpuMs(options.dbPid) - dbBefore;
  latencies.sort((a, b) => a - b);
  const ok = latencies.length;
  return {
    name,
    rps: ok / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
    ...(ok > 0 ? { cpuPerRequest: (cpu.user + cpu.system) / 1000 / ok } : {}),
    ...(ok > 0 && options.dbPid ? { dbCpuPerRequest: db / ok } : {}),
  };
}
