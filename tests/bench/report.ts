/** The benchmark's tables and goals, as text on stdout. */
import { availableParallelism } from 'node:os';
import { type Measured, ms } from './measure.ts';
import { defaultWorkersHere } from './pg-cluster.ts';

export interface Run {
  label: string;
  workers: number;
  worklist: Measured;
  pathway: Measured;
  appends: Measured;
  baseline: { worklist: Measured; pathway: Measured; appends: Measured };
}

interface Report {
  n: number;
  connections: number;
  duration: number;
  /** Runs of each read; its row gives their medians. */
  rounds?: number;
  load: number[];
  runs: Run[];
  raw?: { worklist: Measured; pathway: Measured };
  scale: { size: number; worklist: Measured; pathway: Measured }[];
  /** Worker processes in the scale curve's runs. */
  scaleWorkers?: number;
}

/** The goals of issue 11. */
const GOALS = {
  pgPathwayP99: 50,
  pgPathwayRps: 1000,
  cpuOverDbWork: 2,
  pgWorklistP99: 100,
  pgAppends: 500,
  scaleGrowth: 1.2,
  pglitePathwayRps: 400,
  pglitePathwayP99: 250,
  pgliteAppends: 300,
};

const total = (m: Measured) =>
  m.cpuPerRequest === undefined ? undefined : m.cpuPerRequest + (m.dbCpuPerRequest ?? 0);
const cpu = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(2));
const times = (m: Measured, base: Measured) => {
  const a = total(m);
  const b = total(base);
  return a !== undefined && b ? a / b : undefined;
};

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  '),
  );
}

const row = (m: Measured, base?: Measured) => {
  const x = base ? times(m, base) : undefined;
  return [
    m.name,
    m.rps.toFixed(0),
    ms(m.p50),
    ms(m.p99),
    cpu(m.cpuPerRequest),
    cpu(m.dbCpuPerRequest),
    cpu(total(m)),
    x === undefined ? '' : `${x.toFixed(1)}×`,
    String(m.errors),
  ];
};

const mark = (ok: boolean) => (ok ? 'MET' : 'MISSED');

export function printReport(r: Report): void {
  const out: string[] = [''];
  out.push(
    `Rygforløb server benchmark: ${r.n.toLocaleString('en')} synthetic pathways, ${r.connections} clients on loopback, ${r.duration} s per run${r.rounds && r.rounds > 1 ? ` (reads: the median of ${r.rounds} runs each)` : ''}`,
  );
  out.push(
    `${availableParallelism()} cores, load average ${r.load.map((l) => l.toFixed(1)).join(' ')} (other processes skew req/s and latency, less so CPU ms/req)`,
  );
  const header = [
    '',
    'req/s',
    'p50 ms',
    'p99 ms',
    'server CPU',
    'PG CPU',
    'CPU ms/req',
    '× db work',
    'errors',
  ];
  for (const run of r.runs) {
    out.push('', `## ${run.label}`);
    out.push(
      ...table([
        header,
        row(run.worklist, run.baseline.worklist),
        row(run.pathway, run.baseline.pathway),
        row(run.appends, run.baseline.appends),
        row(run.baseline.worklist),
        row(run.baseline.pathway),
        row(run.baseline.appends),
      ]),
    );
    for (const m of [run.worklist, run.pathway, run.appends, ...Object.values(run.baseline)]) {
      if (m.errors > 0) out.push(`  ${m.name}: ${m.errorKinds || `${m.errors} failed`}`);
    }
  }
  out.push('');
  out.push(
    "server CPU: the server's processes (all workers); PG CPU: PostgreSQL's (PGlite runs inside the server);",
  );
  out.push('"database work": the same statements alone through the same driver in the benchmark process');
  out.push('(its CPU in the server CPU column); × db work: CPU ms/req over that of the database work.');
  if (r.raw) {
    out.push('', '## Raw Fastify route, the same bodies from memory (the floor)');
    out.push(...table([header, row(r.raw.worklist), row(r.raw.pathway)]));
  }
  const [small, big] = r.scale;
  if (small && big) {
    out.push(
      '',
      `## Scale curve on PostgreSQL (${r.scaleWorkers ?? r.runs.at(-1)?.workers ?? 1} workers; the larger size is the smaller copied in SQL)`,
    );
    const growth = (a: Measured, b: Measured) => {
      const x = total(a);
      const y = total(b);
      return x && y ? y / x : undefined;
    };
    out.push(
      ...table([
        ['pathways', 'worklist req/s', 'p99 ms', 'CPU ms/req', 'pathway.get req/s', 'p99 ms', 'CPU ms/req'],
        ...[small, big].map((s) => [
          s.size.toLocaleString('en'),
          s.worklist.rps.toFixed(0),
          ms(s.worklist.p99),
          cpu(total(s.worklist)),
          s.pathway.rps.toFixed(0),
          ms(s.pathway.p99),
          cpu(total(s.pathway)),
        ]),
        [
          'growth',
          '',
          '',
          `${growth(small.worklist, big.worklist)?.toFixed(2) ?? '?'}×`,
          '',
          '',
          `${growth(small.pathway, big.pathway)?.toFixed(2) ?? '?'}×`,
        ],
      ]),
    );
  }

  out.push('', '## Goals (issue 11)');
  const goal = (text: string, ok: boolean, detail: string) =>
    out.push(`  ${text.padEnd(52)} ${mark(ok).padEnd(7)} ${detail}`);
  const pglite = r.runs.find((run) => run.label.startsWith('PGlite'));
  const pgRuns = r.runs.filter((run) => run.label.startsWith('PostgreSQL'));
  // A PostgreSQL goal is judged on the server's own default for this machine with PostgreSQL on it
  // (WORKERS: one per core, less one for the database, docs/operations.md); the other
  // configurations' figures follow.
  const defaultWorkers = defaultWorkersHere();
  const recommended = pgRuns.find((run) => run.workers === defaultWorkers) ?? pgRuns.at(-1);
  const pgGoal = (text: string, ok: (run: Run) => boolean, figure: (run: Run) => string) => {
    if (!recommended) return;
    const others = pgRuns.filter((run) => run !== recommended);
    goal(
      text,
      ok(recommended),
      [
        `${figure(recommended)} (judged on ${recommended.label}, the server's default with PostgreSQL on this machine)`,
        ...others.map((run) => `${run.label}: ${figure(run)}`),
      ].join('; '),
    );
  };
  const overDbWork = (run: Run) => times(run.pathway, run.baseline.pathway);
  pgGoal(
    `PostgreSQL pathway.get p99 < ${GOALS.pgPathwayP99} ms`,
    (run) => run.pathway.p99 < GOALS.pgPathwayP99,
    (run) => `${ms(run.pathway.p99)} ms`,
  );
  pgGoal(
    `PostgreSQL pathway.get >= ${GOALS.pgPathwayRps} req/s`,
    (run) => run.pathway.rps >= GOALS.pgPathwayRps,
    (run) => `${run.pathway.rps.toFixed(0)} req/s`,
  );
  pgGoal(
    `pathway.get CPU <= ${GOALS.cpuOverDbWork}× its database work`,
    (run) => (overDbWork(run) ?? Number.POSITIVE_INFINITY) <= GOALS.cpuOverDbWork,
    (run) => `${overDbWork(run)?.toFixed(1) ?? '?'}×`,
  );
  pgGoal(
    `PostgreSQL worklist page p99 < ${GOALS.pgWorklistP99} ms`,
    (run) => run.worklist.p99 < GOALS.pgWorklistP99,
    (run) => `${ms(run.worklist.p99)} ms`,
  );
  pgGoal(
    `PostgreSQL appends >= ${GOALS.pgAppends}/s from ${r.connections} clients`,
    (run) => run.appends.rps >= GOALS.pgAppends,
    (run) =>
      `${run.appends.rps.toFixed(0)}/s (database work alone: ${run.baseline.appends.rps.toFixed(0)}/s)`,
  );
  if (small && big) {
    const g = (total(big.worklist) ?? Number.NaN) / (total(small.worklist) ?? Number.NaN);
    goal(
      `worklist cost at ${(big.size / small.size).toFixed(0)}× the pathways <= ${GOALS.scaleGrowth}×`,
      g <= GOALS.scaleGrowth,
      `${g.toFixed(2)}× (${small.size.toLocaleString('en')} → ${big.size.toLocaleString('en')}; judged on PostgreSQL, ${r.scaleWorkers ?? '?'} worker(s))`,
    );
  }
  if (pglite) {
    goal(
      `PGlite pathway.get >= ${GOALS.pglitePathwayRps} req/s, p99 < ${GOALS.pglitePathwayP99} ms`,
      pglite.pathway.rps >= GOALS.pglitePathwayRps && pglite.pathway.p99 < GOALS.pglitePathwayP99,
      `${pglite.pathway.rps.toFixed(0)} req/s, p99 ${ms(pglite.pathway.p99)} ms (judged on ${pglite.label})`,
    );
    goal(
      `PGlite appends >= ${GOALS.pgliteAppends}/s`,
      pglite.appends.rps >= GOALS.pgliteAppends,
      `${pglite.appends.rps.toFixed(0)}/s (database work alone: ${pglite.baseline.appends.rps.toFixed(0)}/s; judged on ${pglite.label})`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
