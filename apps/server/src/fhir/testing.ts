import { type AuthedViewer, createCaller, createContextInner } from '@rygforlob/api';
import { createDatabase, type Database, loadPathway, schema } from '@rygforlob/db';
import { fold, type PathwayState } from '@rygforlob/domain';
import { count } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from '../demo/organisations.ts';
import { seedDemo } from '../demo/seed.ts';
import { SESSION_COOKIE } from '../session.ts';
import { loadSettings } from '../settings.ts';
import { DEMO_FHIR_CLIENTS } from './demo-clients.ts';

/** The demo (organisations, pathways, FHIR clients) on an in-memory PGlite behind the real app. */
export async function fhirTestServer() {
  const database: Database = await createDatabase({ driver: 'pglite' });
  const now = new Date();
  await seedDemo(database, { now, password: DEMO_PASSWORD });
  const app: FastifyInstance = await buildApp({
    database,
    settings: loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
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
  return { app, database, asStaff, asClient, post, eventCount, pathways, trpcAs, close };
}
export type FhirTestServer = Awaited<ReturnType<typeof fhirTestServer>>;
