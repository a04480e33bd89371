import { TRPCError } from '@trpc/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainRefusal } from './errors.ts';
import {
  buildOwnerPathway,
  callPath,
  eventsOf,
  formatted,
  NOW,
  OWNER,
  type OwnerPathway,
  outcomeOf,
  PROCEDURES,
  type Sample,
  STRANGERS,
  samples,
  type TestApi,
} from './pathway.fixtures.ts';
import { testApi } from './testing.ts';

/**
 * Bad input never breaks the server: for every procedure, generated inputs (anything at all, and
 * valid samples with one thing broken) give a tRPC error a user can act on — BAD_REQUEST with
 * rule codes, NOT_FOUND, UNAUTHORIZED, FORBIDDEN, CONFLICT — or succeed. Never
 * INTERNAL_SERVER_ERROR, and never anything but a TRPCError.
 */

const RUNS = 30;
const ALLOWED = new Set(['BAD_REQUEST', 'NOT_FOUND', 'UNAUTHORIZED', 'FORBIDDEN', 'CONFLICT']);

let api: TestApi;
let owner: OwnerPathway;
let table: Record<string, Sample>;
beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  owner = await buildOwnerPathway(api);
  table = samples(owner);
}, 60_000);
afterAll(() => api?.close());

// ---- inputs -------------------------------------------------------------------------------

const deep = (depth: number): unknown => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value, b: [value === 'bottom' ? 1 : 2] };
  return value;
};
const ownKey = (key: string, value: unknown): Record<string, unknown> => {
  const object: Record<string, unknown> = {};
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  return object;
};
const POLLUTION = [
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  { constructor: { prototype: { polluted: 'yes' } } },
  ownKey('__proto__', { isAdmin: true, actor: 'gp' }),
];

/** Values a careless or hostile client sends: wrong types, edge numbers, odd strings, huge and deep values. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    -1,
    -0,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    2 ** 53 + 1,
    '',
    '   ',
    'not-a-known-value',
    'x'.repeat(200_000),
    'a\u0000b',
    '\ud800',
    '2026-02-30',
    '00000000-0000-4000-8000-000000000000',
    "'; drop table events; --",
    '%_\\',
    '011252-2170',
    // ids named like what every object has: the domain keys its state by ids
    '__proto__',
    'constructor',
    'toString',
    'valueOf',
    'hasOwnProperty',
    true,
    [],
    {},
    [[[[[]]]]],
    deep(200),
    deep(3000),
    ...POLLUTION,
  ),
  fc.anything({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
);

type Path = (string | number)[];
/** Copies the top of a value; below `depth` the (possibly very deep) rest is shared. */
const cloneTop = (value: unknown, depth = 12): unknown => {
  if (depth === 0 || !value || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => cloneTop(item, depth - 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: cloneTop(item, depth - 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
};
const pathsOf = (value: unknown, at: Path = []): Path[] => {
  const here = [at];
  if (at.length >= 12) return here;
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, i) => pathsOf(item, [...at, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...at, k]))];
  return here;
};

type Mutation = { kind: 'drop' | 'replace' | 'add'; pick: number; value: unknown; key: string };

/** The sample with one thing broken at one place. */
function mutate(sample: unknown, { kind, pick, value, key }: Mutation): unknown {
  const copy = cloneTop(sample);
  const paths = pathsOf(copy);
  const path = paths[pick % paths.length] ?? [];
  if (path.length === 0)
    return kind === 'add' && copy && typeof copy === 'object'
      ? Object.assign(ownKey(key, value), copy)
      : value;
  const parent = path
    .slice(0, -1)
    .reduce((node: unknown, k) => (node as Record<string | number, unknown>)[k], copy) as Record<
    string | number,
    unknown
  >;
  const last = path[path.length - 1] as string | number;
  if (kind === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (kind === 'replace') {
    parent[last] = value;
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
    } else {
      parent[last] = value;
    }
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom<Mutation['kind']>('drop', 'replace', 'add'),
  pick: fc.nat(),
  value: nasty,
  key: fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'type',
    'by',
    'seq',
    'selfReferral',
    'toString',
    'extra',
  ),
});

const inputFor = (sample: Sample): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.anything() },
    { weight: 1, arbitrary: nasty },
    { weight: 4, arbitrary: mutation.map((m) => mutate(sample.input, m)) },
    {
      weight: 1,
      arbitrary: fc.tuple(mutation, mutation).map(([a, b]) => mutate(mutate(sample.input, a), b)),
    },
  );

type Who = 'owner' | 'stranger' | 'anonymous';
const who: fc.Arbitrary<Who> = fc.constantFrom<Who>('owner', 'owner', 'owner', 'stranger', 'anonymous');

// ---- the property -------------------------------------------------------------------------

/** What the fuzz saw, so a run that never reaches the domain (or never succeeds) fails. */
const seen = new Map<string, number>();
const tally = (outcome: { ok: true } | { ok: false; error: unknown }) => {
  const error = outcome.ok ? null : outcome.error;
  const key = !error
    ? 'OK'
    : error instanceof TRPCError
      ? `${error.code}${error.code === 'BAD_REQUEST' ? (error.cause instanceof DomainRefusal ? ' domain' : ' input') : ''}`
      : 'other';
  seen.set(key, (seen.get(key) ?? 0) + 1);
};

/** Why an outcome is not acceptable, or null when it is. */
function judge(
  path: string,
  input: unknown,
  outcome: { ok: true } | { ok: false; error: unknown },
): string | null {
  if (outcome.ok) return null;
  const error = outcome.error;
  if (!(error instanceof TRPCError)) return `threw a non-TRPCError: ${String(error)}`;
  const allowed = ALLOWED.has(error.code) || (path === 'auth.login' && error.code === 'TOO_MANY_REQUESTS');
  if (!allowed) return `${error.code}: ${error.message} (cause: ${String(error.cause)})`;
  if (error.code === 'BAD_REQUEST') {
    // Input shape errors and domain refusals both reach the UI as rule codes it can point at.
    const violations = formatted(error, path, input).data.violations;
    if (!Array.isArray(violations) || violations.length === 0)
      return `BAD_REQUEST without violations: ${error.message}`;
    const bad = violations.find((v) => typeof v?.rule !== 'string' || !/^[A-Z0-9-]+$/.test(v.rule));
    if (bad) return `BAD_REQUEST with a violation without a rule code: ${JSON.stringify(bad)}`;
  }
  return null;
}

const stranger = STRANGERS[0]?.[1];
// plan.close last: once the pathway is closed, every other command is PATHWAY-STATE.
const ORDER = [...PROCEDURES.filter((p) => p !== 'plan.close'), 'plan.close'];

describe('bad input gives BAD_REQUEST (with rule codes), NOT_FOUND, UNAUTHORIZED, FORBIDDEN or CONFLICT, never INTERNAL_SERVER_ERROR', () => {
  it.each(ORDER)('%s', async (path) => {
    const sample = table[path];
    if (!sample || !stranger)
      throw new Error(`no sample input for ${path}: add one to samples() in pathway.fixtures.ts`);
    await fc.assert(
      fc.asyncProperty(inputFor(sample), who, async (input, caller) => {
        const client =
          caller === 'anonymous' ? api.anonymous() : api.as(caller === 'owner' ? OWNER[sample.by] : stranger);
        const outcome = await outcomeOf(callPath(client, path, input));
        tally(outcome);
        const problem = judge(path, input, outcome);
        if (problem) throw new Error(`${path} as ${caller}: ${problem}`);
      }),
      { numRuns: RUNS },
    );
    // whatever was appended, the pathway still loads and shows
    await expect(api.as(OWNER.gp).pathway.get({ pathwayId: owner.pathwayId })).resolves.toMatchObject({
      pathwayId: owner.pathwayId,
    });
  });

  it('the fuzz reached every kind of answer: success, domain refusals, input refusals, NOT_FOUND, UNAUTHORIZED', () => {
    for (const key of ['OK', 'BAD_REQUEST domain', 'BAD_REQUEST input', 'NOT_FOUND', 'UNAUTHORIZED']) {
      expect(seen.get(key) ?? 0, `${key} in ${JSON.stringify([...seen])}`).toBeGreaterThan(0);
    }
  });

  it('nothing polluted Object.prototype', () => {
    for (const key of ['polluted', 'isAdmin', 'withdrawnAt', 'held', 'answered', 'grade']) {
      expect((Object.prototype as Record<string, unknown>)[key], key).toBeUndefined();
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('every stored event still parses, with seqs 1..n', async () => {
    const events = await eventsOf(api.database, owner.pathwayId);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });
});

describe('known bad inputs, one by one', () => {
  const cases: [string, string, unknown][] = [
    [
      'a NUL character in a note',
      'note.send',
      {
        noteId: 'nul-1',
        kind: 'correspondence',
        to: [{ actor: 'gp', organisationId: OWNER.gp.organisationId }],
        content: { text: 'a\u0000b' },
      },
    ],
    [
      'a lone surrogate in a note',
      'note.send',
      {
        noteId: 'sur-1',
        kind: 'correspondence',
        to: [{ actor: 'gp', organisationId: OWNER.gp.organisationId }],
        content: { text: 'a\ud800b' },
      },
    ],
    [
      'a NUL character in referral content',
      'referral.send',
      {
        referralId: 'nul-2',
        kind: 'specialist',
        to: { actor: 'specialist', organisationId: 'org-x' },
        content: { reason: 'r', clinicalInformation: 'c', extra: '\u0000' },
        recordConsent: 'treatment',
      },
    ],
    [
      'a deeply nested referral content',
      'referral.send',
      {
        referralId: 'deep-1',
        kind: 'specialist',
        to: { actor: 'specialist', organisationId: 'org-x' },
        content: { reason: 'r', clinicalInformation: 'c', extra: deep(3000) },
        recordConsent: 'treatment',
      },
    ],
  ];
  it.each(cases)('%s (%s) is refused or stored, never a server error', async (_name, path, fields) => {
    const input = { pathwayId: owner.pathwayId, ...(fields as object) };
    const outcome = await outcomeOf(callPath(api.as(OWNER.gp), path, input));
    expect(judge(path, input, outcome)).toBeNull();
    await expect(api.as(OWNER.gp).pathway.get({ pathwayId: owner.pathwayId })).resolves.toMatchObject({
      pathwayId: owner.pathwayId,
    });
  });

  const ids: [string, string, Record<string, unknown>][] = [
    ['consent.withdraw', 'gp', { consentId: '__proto__' }],
    ['consent.withdraw', 'gp', { consentId: 'valueOf' }],
    [
      'consent.give',
      'gp',
      { consentId: '__proto__', recipient: { actor: 'physio', organisationId: 'x' }, purpose: 'treatment' },
    ],
    ['referral.accept', 'physio', { referralId: 'constructor' }],
    ['referral.grade', 'rehab', { referralId: '__proto__', grade: 'basic' }],
    ['jobcentre.holdMeeting', 'jobcentre', { meetingId: '__proto__', notes: 'x' }],
    ['jobcentre.holdMeeting', 'jobcentre', { meetingId: 'toString', notes: 'x' }],
    [
      'jobcentre.answerCertificate',
      'gp',
      { certificateId: 'hasOwnProperty', abilityToWork: 'x', considerations: 'y' },
    ],
    ['plan.recordSession', 'gp', { interventionId: 'hasOwnProperty', response: 'improved' }],
    ['plan.followUpMedication', 'gp', { prescriptionId: '__proto__', effect: 'x', sideEffects: '' }],
  ];
  it.each(ids)(
    '%s as %s with %j (an id named like a property of every object) is refused, and pollutes nothing',
    async (path, by, fields) => {
      const input = { pathwayId: owner.pathwayId, ...fields };
      const outcome = await outcomeOf(callPath(api.as(OWNER[by as keyof typeof OWNER]), path, input));
      expect(judge(path, input, outcome)).toBeNull();
      expect(Object.keys(Object.prototype)).toEqual([]);
      for (const key of ['withdrawnAt', 'held', 'answered', 'status', 'grade']) {
        expect((Object.prototype as Record<string, unknown>)[key], key).toBeUndefined();
      }
      await expect(api.as(OWNER.gp).pathway.get({ pathwayId: owner.pathwayId })).resolves.toMatchObject({
        pathwayId: owner.pathwayId,
      });
    },
  );

  it.each([
    ['auth.login', { username: 'a\u0000b', password: 'x' }],
    ['citizen.register', { cpr: '011252-2170', name: 'a\u0000b', municipality: 'Odense' }],
    ['citizen.findByCpr', { cpr: '\u0000' }],
    ['worklist.mine', { search: 'a\u0000b' }],
    ['jobcentre.caseload', { search: '\ud800' }],
    [
      'pathway.open',
      {
        citizenId: '00000000-0000-4000-8000-000000000000',
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: true,
        coordinatorOrganisationId: 'a\u0000b',
      },
    ],
  ])('%s with a NUL character or a lone surrogate is refused, never a server error', async (path, input) => {
    const client = path === 'auth.login' ? api.anonymous() : api.as(OWNER.gp);
    const outcome = await outcomeOf(callPath(client, path, input));
    expect(judge(path, input, outcome)).toBeNull();
  });
});
