import { type AuthedViewer, createCaller, createContextInner } from '@rygforlob/api';
import {
  createDatabase,
  createPathway,
  type Database,
  loadPathway,
  registerCitizen,
  schema,
} from '@rygforlob/db';
import { fold, type PathwayEvent, type PathwayState } from '@rygforlob/domain';
import { Scenario, TEST_CITIZENS } from '@rygforlob/domain/testing';
import { richScenario } from '@rygforlob/fhir/testing';
import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from '../demo/organisations.ts';
import { seedDemo, seedOrganisations } from '../demo/seed.ts';
import { SESSION_COOKIE } from '../session.ts';
import { loadSettings } from '../settings.ts';
import { DEMO_FHIR_CLIENTS, seedFhirDemo } from './demo-clients.ts';

/**
 * The real app on an in-memory PGlite with the demo organisations, their SOR codes and FHIR
 * clients, and either the whole demo (`demo: true`) or two pathways: `rich` (a fact of every
 * family, the hospital related) and `gpOnly` (only the GP related).
 */
export async function fhirTestServer(options: { demo?: boolean; env?: Record<string, string> } = {}) {
  const database: Database = await createDatabase({ driver: 'pglite' });
  const now = new Date();
  const created: { rich?: string; gpOnly?: string } = {};
  if (options.demo) {
    await seedDemo(database, { now, password: DEMO_PASSWORD });
  } else {
    await seedOrganisations(database.db, DEMO_PASSWORD);
    await seedFhirDemo(database.db);
    const store = async (citizen: (typeof TEST_CITIZENS)[number], events: PathwayEvent[]) => {
      const { citizen: row } = await registerCitizen(database.db, citizen);
      return (
        await createPathway(database.db, { citizenId: row.id, coordinatorOrgId: 'org-gp-vejle', events })
      ).id;
    };
    created.rich = await store(TEST_CITIZENS[0] as (typeof TEST_CITIZENS)[number], richScenario().events);
    created.gpOnly = await store(
      TEST_CITIZENS[1] as (typeof TEST_CITIZENS)[number],
      Scenario.planned().events,
    );
  }
  const app: FastifyInstance = await buildApp({
    database,
    settings: loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env }),
  });
  const cookies = new Map<string, string>();
  /** A staff session cookie for the demo organisation's one user. */
  const cookieOf = async (organisationId: string): Promise<string> => {
    const known = cookies.get(organisationId);
    if (known) return known;
    const o = DEMO_ORGANISATIONS.find((d) => d.id === organisationId);
    if (!o) throw new Error(organisationId);
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      payload: { username: o.user.username, password: DEMO_PASSWORD },
    });
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    if (!cookie) throw new Error(`login failed for ${o.user.username}: ${res.statusCode}`);
    cookies.set(organisationId, cookie);
    return cookie;
  };
  const basic = (clientId: string) => {
    const client = DEMO_FHIR_CLIENTS.find((c) => c.clientId === clientId);
    if (!client) throw new Error(clientId);
    return `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString('base64')}`;
  };
  const asStaff = async (organisationId: string, url: string) =>
    app.inject({ method: 'GET', url, cookies: { [SESSION_COOKIE]: await cookieOf(organisationId) } });
  const asClient = (clientId: string, url: string) =>
    app.inject({ method: 'GET', url, headers: { authorization: basic(clientId) } });
  const post = (clientId: string, body: unknown, contentType = 'application/fhir+json') =>
    app.inject({
      method: 'POST',
      url: '/fhir/R4/$process-message',
      headers: { authorization: basic(clientId), 'content-type': contentType },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const eventCount = async () => (await database.db.select({ n: count() }).from(schema.events))[0]?.n ?? 0;
  const pathways = async (): Promise<{ id: string; citizenId: string; state: PathwayState }[]> => {
    const rows = await database.db
      .select({ id: schema.pathways.id, citizenId: schema.pathways.citizenId })
      .from(schema.pathways);
    return Promise.all(
      rows.map(async (row) => ({
        ...row,
        state: fold((await loadPathway(database.db, row.id))?.events ?? []),
      })),
    );
  };
  /** A tRPC caller as the demo organisation's user (for setting up and for comparing with /trpc). */
  const trpcAs = (organisationId: string) => {
    const o = DEMO_ORGANISATIONS.find((d) => d.id === organisationId);
    if (!o) throw new Error(organisationId);
    const viewer: AuthedViewer = {
      userId: `user-${o.id}`,
      actor: o.actor,
      organisationId: o.id,
      displayName: o.user.displayName,
      organisationName: o.name,
      sessionToken: 'test',
    };
    return createCaller(createContextInner({ database, viewer }));
  };
  const close = async () => {
    await app.close();
    await database.close();
  };
  return { app, database, created, asStaff, asClient, post, eventCount, pathways, trpcAs, close };
}
export type FhirTestServer = Awaited<ReturnType<typeof fhirTestServer>>;

/** For benchmarks outside this package (tests/bench): the pathway with a fact of every family. */
export { richScenario } from '@rygforlob/fhir/testing';
