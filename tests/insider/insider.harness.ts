import { hashPassword } from '@rygforlob/api';
import { createUser, listAuditForCitizen, upsertOrganisation } from '@rygforlob/db';
import { openTestDatabase } from '@rygforlob/db/testing';
import type { Actor, PathwayEvent } from '@rygforlob/domain';
import { loadSettings } from '@rygforlob/server/src/settings.ts';
import { testServer } from '@rygforlob/server/src/testing.ts';

/**
 * The insider suite's world (issue 8): a real server (Fastify, the tRPC adapter, sessions in
 * cookies) over an in-memory PGlite, with one user per organisation of two towns, signed in with
 * a password the way a browser does. Every call goes over HTTP (`app.inject`): POST for a
 * mutation, GET `?input=` for a query.
 */

export const PASSWORD = 'insider-test-adgangskode-1';
const SESSION_COOKIE = 'rygforlob_session';

/** Organisations of Vejle and Odense, each in the role the directory gives it. */
export const ORGS = {
  gp: { id: 'org-gp-vejle', actor: 'gp', municipality: 'Vejle' },
  otherGp: { id: 'org-gp-odense', actor: 'gp', municipality: 'Odense' },
  physio: { id: 'org-physio-vejle', actor: 'physio', municipality: 'Vejle' },
  physioOdense: { id: 'org-physio-odense', actor: 'physio', municipality: 'Odense' },
  chiro: { id: 'org-chiro-kolding', actor: 'chiro', municipality: 'Kolding' },
  specialist: { id: 'org-specialist-odense', actor: 'specialist', municipality: 'Odense' },
  hospital: { id: 'org-rygcenter', actor: 'hospital', municipality: null },
  painCentre: { id: 'org-smertecenter-syd', actor: 'pain-centre', municipality: null },
  prevention: { id: 'org-vejle-forebyggelse', actor: 'municipal-prevention', municipality: 'Vejle' },
  otherPrevention: { id: 'org-odense-forebyggelse', actor: 'municipal-prevention', municipality: 'Odense' },
  rehab: { id: 'org-vejle-genoptraening', actor: 'municipal-rehab', municipality: 'Vejle' },
  jobcentre: { id: 'org-jobcenter-vejle', actor: 'jobcentre', municipality: 'Vejle' },
  jobcentreOdense: { id: 'org-jobcenter-odense', actor: 'jobcentre', municipality: 'Odense' },
} as const satisfies Record<string, { id: string; actor: Actor; municipality: string | null }>;
export type Who = keyof typeof ORGS;
export const EVERYONE = Object.keys(ORGS) as Who[];

export const party = (who: Who) => ({ actor: ORGS[who].actor, organisationId: ORGS[who].id });

/** What one HTTP call answered: the data, or the tRPC error code with the domain's rule codes. */
export interface Answer<T = unknown> {
  status: number;
  data?: T;
  code?: string;
  rules: string[];
}

export async function insiderWorld() {
  // The machine running the suite is shared: no overload shedding or request rate limits here
  // (they are the edge tests' subject), so every answer is the access model's.
  const defaults = loadSettings({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  // PGlite in memory; PostgreSQL with TEST_DRIVER=postgres (scripts/test-all.mjs in CI).
  const server = await testServer({
    database: await openTestDatabase(),
    settings: { limits: { ...defaults.limits, maxEventLoopDelayMs: 0, perAddress: 0, perSession: 0 } },
  });
  const hash = await hashPassword(PASSWORD);
  for (const [who, org] of Object.entries(ORGS)) {
    await upsertOrganisation(server.database.db, {
      id: org.id,
      name: `${who} (${org.municipality ?? 'Region Syddanmark'})`,
      actor: org.actor,
      municipality: org.municipality,
    });
    await createUser(server.database.db, {
      id: `user-${org.id}`,
      organisationId: org.id,
      actor: org.actor,
      displayName: `Bruger ${who}`,
      username: `insider.${who}`,
      passwordHash: hash,
    });
  }
  const cookies = new Map<Who, string>();
  for (const who of EVERYONE) {
    const res = await server.login(`insider.${who}`, PASSWORD);
    const cookie = res.cookies.find((c: { name: string }) => c.name === SESSION_COOKIE);
    if (!cookie)
      throw new Error(
        `no session for ${who}: ${res.statusCode} ${res.body} ${server.logs.text.slice(-1500)}`,
      );
    cookies.set(who, cookie.value);
  }

  /** The HTTP answer as it is: for comparing two answers byte for byte (insider.existence.test.ts). */
  async function raw(who: Who, kind: 'query' | 'mutation', path: string, input?: unknown) {
    const res = await send(who, kind, path, input);
    return { status: res.statusCode, contentType: res.headers['content-type'], body: res.body };
  }

  async function send(who: Who, kind: 'query' | 'mutation', path: string, input?: unknown) {
    const cookie = { [SESSION_COOKIE]: cookies.get(who) ?? '' };
    return kind === 'query'
      ? await server.app.inject({
          method: 'GET',
          url: `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
          cookies: cookie,
        })
      : await server.app.inject({
          method: 'POST',
          url: `/trpc/${path}`,
          payload: input ?? {},
          cookies: cookie,
        });
  }

  async function call<T>(
    who: Who,
    kind: 'query' | 'mutation',
    path: string,
    input?: unknown,
  ): Promise<Answer<T>> {
    const res = await send(who, kind, path, input);
    const body = res.json() as {
      result?: { data?: T };
      error?: { data?: { code?: string; violations?: { rule: string }[] | null } };
    };
    return {
      status: res.statusCode,
      ...(body.result ? { data: body.result.data as T } : {}),
      ...(body.error?.data?.code ? { code: body.error.data.code } : {}),
      rules: body.error?.data?.violations?.map((v) => v.rule) ?? [],
    };
  }

  /** Facts of others the organisation sees in full in its pathway view (none when NOT_FOUND). */
  async function othersFacts(who: Who, pathwayId: string): Promise<PathwayEvent[]> {
    const view = await call<{ entries: { visibility: string; event?: PathwayEvent }[] }>(
      who,
      'query',
      'pathway.get',
      {
        pathwayId,
      },
    );
    return (view.data?.entries ?? []).flatMap((e) =>
      e.visibility === 'full' && e.event && e.event.by.organisationId !== ORGS[who].id ? [e.event] : [],
    );
  }

  /** The audit rows of the citizen written for this organisation's user and action. */
  async function auditOf(citizenId: string, who: Who, action: string) {
    return (await listAuditForCitizen(server.database.db, citizenId)).filter(
      (row) => row.userId === `user-${ORGS[who].id}` && row.action === action,
    );
  }

  return { server, call, raw, othersFacts, auditOf, close: () => server.close() };
}
export type InsiderWorld = Awaited<ReturnType<typeof insiderWorld>>;
