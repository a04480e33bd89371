import { createUser, type Database, upsertOrganisation } from '@rygforlob/db';
import { openTestDatabase } from '@rygforlob/db/testing';
import type { Viewer } from '@rygforlob/domain';
import { VIEWERS } from '@rygforlob/domain/testing';
import { DEFAULT_LIMITS } from './auth/limits.ts';
import { createCaller } from './index.ts';
import { type AuthedViewer, createContextInner } from './trpc.ts';

/**
 * A real API over a real database (PGlite in memory, or PostgreSQL: openTestDatabase) with the
 * scenario's organisations and one user each, for tests: `as(VIEWERS.gp)` is a caller signed in
 * as that organisation's user.
 */
export async function testApi(options: { now?: () => Date; database?: Database } = {}) {
  // PGlite in memory; PostgreSQL with TEST_DRIVER=postgres (scripts/test-all.mjs in CI).
  const database = options.database ?? (await openTestDatabase());
  for (const viewer of Object.values(VIEWERS)) {
    await upsertOrganisation(database.db, {
      id: viewer.organisationId,
      name: viewer.organisationId,
      actor: viewer.actor,
    });
    await createUser(database.db, {
      id: viewer.userId,
      organisationId: viewer.organisationId,
      actor: viewer.actor,
      displayName: `Bruger ${viewer.organisationId}`,
      username: viewer.userId,
      passwordHash: 'not-used-in-caller-tests',
    });
  }
  const now = options.now ?? (() => new Date());
  const as = (viewer: Viewer) => {
    const authed: AuthedViewer = {
      ...viewer,
      displayName: viewer.userId,
      organisationName: viewer.organisationId,
      sessionToken: 'test',
    };
    return createCaller(createContextInner({ database, viewer: authed, now }));
  };
  const anonymous = () => createCaller(createContextInner({ database, now }));
  return { database, as, anonymous, close: () => database.close() };
}

/** A caller signed in as `viewer` whose CPR lookups are limited to `free` per hour (issue 9). */
export function limitedCaller(database: Database, viewer: Viewer, free: number, now?: () => Date) {
  return createCaller(
    createContextInner({
      database,
      viewer: {
        ...viewer,
        displayName: viewer.userId,
        organisationName: viewer.organisationId,
        sessionToken: 't',
      },
      limits: { ...DEFAULT_LIMITS, cprLookups: { ...DEFAULT_LIMITS.cprLookups, free } },
      ...(now ? { now } : {}),
    }),
  );
}
