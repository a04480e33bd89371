/**
 * pnpm bench: how fold, advise and slice scale with a pathway's length.
 *
 * Each operation runs in batches large enough to time (≥ 2 ms) after a warm-up; rounds take one
 * batch of every operation in turn, and the medians over the rounds are reported. Per the
 * project's rule, costs are ratios to a baseline measured in the same process and the same round:
 * a JSON round trip of the same events (what reading them from the event store or the wire costs
 * anyway), so runs on different or busy machines can be compared. The absolute goal (a 200-event
 * pathway advised in under 0.5 ms) is printed beside it. No test asserts on time.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { advise, fold, type PathwayEvent, slice } from '../src/index.ts';
import { VIEWERS } from '../src/testing/scenario.ts';
import { buildPathway } from './pathway.build.ts';

const SIZES = [10, 200, 2_000] as const;
const GOAL = { events: 200, microseconds: 500 } as const;
/** Warm-up per size, shared between the operations. */
const WARM_UP_MS = 400;
const SAMPLE_MS = 2;
const SAMPLES = 31;

/** Keeps results alive so the engine cannot drop the work. */
let sink = 0;
const keep = (value: unknown) => {
  sink = (sink + (value === null ? 1 : typeof value === 'object' ? 2 : 3)) % 1_000_003;
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

interface Operation {
  operation: string;
  fn: () => unknown;
  batch: number;
}

/** Calls per sample so one sample takes at least SAMPLE_MS, after the operation's warm-up. */
function calibrate(fn: () => unknown, warmUpMs: number): number {
  const warmUntil = performance.now() + warmUpMs;
  while (performance.now() < warmUntil) keep(fn());
  for (let batch = 1; ; batch *= 2) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) keep(fn());
    if (performance.now() - start >= SAMPLE_MS) return batch;
  }
}

/** µs per call of one batch. */
function sample({ fn, batch }: Operation): number {
  const start = performance.now();
  for (let i = 0; i < batch; i++) keep(fn());
  return ((performance.now() - start) * 1000) / batch;
}

interface Row {
  events: number;
  operation: string;
  /** Median µs per call over the rounds. */
  micros: number;
  /** Median over the rounds of (this round's sample / this round's baseline sample). */
  ratio: number;
}

/**
 * Every round takes one sample of each operation, the baseline first, so a busy machine slows a
 * round's baseline as much as the rest of it: the ratios stay comparable when the times do not.
 */
function measureSize(size: number): { rows: Row[]; buildMs: number; types: number } {
  const built = performance.now();
  const { events, now } = buildPathway(size);
  const buildMs = performance.now() - built;
  const state = fold(events);
  const sliceOf = (name: keyof typeof VIEWERS): [string, () => unknown] => [
    `slice(state, ${name})${slice(state, VIEWERS[name]) ? '' : ' → null, no relation'}`,
    () => slice(state, VIEWERS[name]),
  ];
  const definitions: [string, () => unknown][] = [
    ['baseline: JSON round trip', () => JSON.parse(JSON.stringify(events)) as PathwayEvent[]],
    ['structuredClone(events)', () => structuredClone(events)],
    ['fold(events)', () => fold(events)],
    ['advise(state, now)', () => advise(state, now)],
    ['advise(fold(events), now)', () => advise(fold(events), now)],
    sliceOf('physio'),
    sliceOf('jobcentre'),
    sliceOf('gp'),
  ];
  const operations: Operation[] = definitions.map(([operation, fn]) => ({
    operation,
    fn,
    batch: calibrate(fn, WARM_UP_MS / definitions.length),
  }));
  const micros = operations.map((): number[] => []);
  const ratios = operations.map((): number[] => []);
  for (let round = 0; round < SAMPLES; round++) {
    const samples = operations.map(sample);
    const baseline = samples[0] ?? 1;
    samples.forEach((value, i) => {
      micros[i]?.push(value);
      ratios[i]?.push(value / baseline);
    });
  }
  return {
    rows: operations.map((op, i) => ({
      events: size,
      operation: op.operation,
      micros: median(micros[i] ?? []),
      ratio: median(ratios[i] ?? []),
    })),
    buildMs,
    types: new Set(events.map((e) => e.type)).size,
  };
}

const fixed = (value: number, digits: number) => value.toFixed(digits);

function table(rows: Row[]): string {
  const header = ['events', 'operation', 'median µs', 'µs/event', '× baseline'];
  const body = rows.map((r) => [
    String(r.events),
    r.operation,
    fixed(r.micros, r.micros < 10 ? 2 : 1),
    fixed(r.micros / r.events, 3),
    fixed(r.ratio, 2),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const rows: Row[] = [];
const load = loadavg()[0] ?? 0;
console.log(
  `@rygforlob/domain bench: node ${process.version}, ${SAMPLES} interleaved rounds of ≥ ${SAMPLE_MS} ms samples, ` +
    `load average ${fixed(load, 2)} on ${cpus().length} CPUs${load > cpus().length / 2 ? ' (busy: trust the ratios over the µs)' : ''}\n`,
);
for (const size of SIZES) {
  const result = measureSize(size);
  rows.push(...result.rows);
  console.log(
    `built ${size} events (${result.types} event types) through decide in ${fixed(result.buildMs, 0)} ms`,
  );
}
console.log(`\n${table(rows)}\n`);

const goal = rows.find((r) => r.events === GOAL.events && r.operation === 'advise(fold(events), now)');
if (goal) {
  const met = goal.micros < GOAL.microseconds;
  console.log(
    `goal: a ${GOAL.events}-event pathway advised (fold + advise) in under ${GOAL.microseconds / 1000} ms: ` +
      `${met ? 'MET' : 'NOT MET'} (${fixed(goal.micros, 1)} µs, ${fixed(goal.ratio, 2)} × baseline)`,
  );
}
if (sink < 0) console.log(sink);
