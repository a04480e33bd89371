/**
 * `pnpm bench` (after the server benchmark): `EpisodeOfCare/{id}/$everything` for a 200-event
 * pathway beside `pathway.get` of the same pathway, in one process, through the same HTTP stack
 * (Fastify inject, the GP's session cookie, in-memory PGlite). Prints the mean and p95 of each and
 * the ratio; the goal (issue 13) is $everything under 2× pathway.get.
 * Measurement only, not a test: it asserts nothing and is not part of `npm test`.
 */
import { parseArgs } from 'node:util';
import { createPathway, registerCitizen } from '@rygforlob/db';
import type { Viewer } from '@rygforlob/domain';
import { TEST_CITIZENS, VIEWERS } from '@rygforlob/domain/testing';
import { fhirTestServer, richScenario } from '@rygforlob/server/src/fhir/testing.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '200' },
    iterations: { type: 'string', short: 'i', default: '200' },
    warmup: { type: 'string', default: '30' },
  },
});
const EVENTS = Number(values.events);
const ITERATIONS = Number(values.iterations);
const WARMUP = Number(values.warmup);
const GOAL_RATIO = 2;

/** The rich pathway, then sessions, medication follow-ups and notes until it holds `count` events. */
function pathwayOf(count: number) {
  const s = richScenario();
  const at = (n: number) => new Date(Date.parse('2026-09-06T08:00:00+02:00') + n * 3_600_000).toISOString();
  const gp: Viewer = VIEWERS.gp;
  for (let n = 0; s.events.length < count; n++) {
    if (n % 10 === 9) {
      s.run(
        VIEWERS.physio,
        {
          type: 'noteSent',
          noteId: `bench-${n}`,
          kind: 'correspondence',
          to: [{ actor: 'gp', organisationId: gp.organisationId }],
          content: { text: `Notat ${n}` },
        },
        at(n),
      );
    } else if (n % 10 === 4) {
      s.run(
        gp,
        { type: 'medicationFollowedUp', prescriptionId: 'rx-1', effect: 'God', sideEffects: 'Ingen' },
        at(n),
      );
    } else {
      s.run(
        gp,
        {
          type: 'sessionRecorded',
          interventionId: 'i-1',
          attended: true,
          response: n % 3 === 0 ? 'improved' : 'unchanged',
        },
        at(n),
      );
    }
  }
  return s.events;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { mean: ms.reduce((a, b) => a + b, 0) / ms.length, p95: percentile(sorted, 0.95) };
};

async function main() {
  // A measurement of cost, not of overload protection: no 503 for a busy event loop, no rate limit.
  const server = await fhirTestServer({
    env: {
      OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: '0',
      RATE_LIMIT_PER_ADDRESS: '1000000',
      RATE_LIMIT_PER_SESSION: '1000000',
    },
  });
  try {
    const events = pathwayOf(EVENTS);
    const citizen = TEST_CITIZENS[2] ?? TEST_CITIZENS[0];
    if (!citizen) throw new Error('no test citizen');
    const { citizen: row } = await registerCitizen(server.database.db, citizen);
    const pathway = await createPathway(server.database.db, {
      citizenId: row.id,
      coordinatorOrgId: VIEWERS.gp.organisationId,
      events,
    });
    const get = `/trpc/pathway.get?input=${encodeURIComponent(JSON.stringify({ pathwayId: pathway.id }))}`;
    const everything = `/fhir/R4/EpisodeOfCare/${pathway.id}/$everything`;
    const time = async (url: string) => {
      const start = process.hrtime.bigint();
      const res = await server.asStaff(VIEWERS.gp.organisationId, url);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      return { ms, bytes: res.body.length };
    };
    for (let i = 0; i < WARMUP; i++) {
      await time(get);
      await time(everything);
    }
    const getMs: number[] = [];
    const everythingMs: number[] = [];
    let bytes = { get: 0, everything: 0 };
    // Interleaved, so both see the same machine (2 shared cores): the ratio is what matters.
    for (let i = 0; i < ITERATIONS; i++) {
      const a = await time(get);
      const b = await time(everything);
      getMs.push(a.ms);
      everythingMs.push(b.ms);
      bytes = { get: a.bytes, everything: b.bytes };
    }
    const g = summary(getMs);
    const e = summary(everythingMs);
    const ratio = e.mean / g.mean;
    const line = (name: string, s: { mean: number; p95: number }, size: number) =>
      `${name.padEnd(32)} ${s.mean.toFixed(2).padStart(8)} ms ${s.p95.toFixed(2).padStart(8)} ms ${String(Math.round(size / 1024)).padStart(6)} KiB`;
    process.stdout.write(
      [
        '',
        `FHIR $everything vs pathway.get: one ${events.length}-event pathway, the GP, ${ITERATIONS} interleaved requests each`,
        `${'request'.padEnd(32)} ${'mean'.padStart(11)} ${'p95'.padStart(11)} ${'body'.padStart(10)}`,
        line('trpc pathway.get', g, bytes.get),
        line('fhir EpisodeOfCare/$everything', e, bytes.everything),
        `ratio $everything / pathway.get: ${ratio.toFixed(2)}× (goal < ${GOAL_RATIO}×) ${ratio < GOAL_RATIO ? 'ok' : 'MISSED'}`,
        '',
      ].join('\n'),
    );
  } finally {
    await server.close();
  }
}

await main();
