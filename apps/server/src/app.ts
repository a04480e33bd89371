import fastifyCookie from '@fastify/cookie';
import { type ApiLimits, type AppRouter, appRouter, DEFAULT_LIMITS, errorReference } from '@rygforlob/api';
import type { Database } from '@rygforlob/db';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { registerCitizenSignIn } from './citizen/index.ts';
import { dataDirProblem } from './data-dir.ts';
import { registerFhir } from './fhir/plugin.ts';
import { type LogOptions, loggerOptions, registerRequestLogging } from './logging.ts';
import { registerRequestLimits } from './request-limits.ts';
import { registerSecurityHeaders } from './security.ts';
import { createContextFactory } from './session.ts';
import type { Settings } from './settings.ts';
import { registerStaticApps, type StaticOptions } from './static-apps.ts';

export interface BuildAppOptions {
  database: Database;
  settings: Settings;
  now?: () => Date;
  /** Where log lines go (tests read them); stdout by default. */
  logStream?: LogOptions['stream'];
  static?: StaticOptions;
  /** PGlite's directory on disk, which /health checks can still be written; absent otherwise. */
  dataDir?: string;
}

/**
 * The HTTP face of Rygforløb: /trpc (the api package), /health, the three built apps and the
 * security headers. Nothing here holds a business rule: it reads the session cookie and hands
 * the viewer to the api.
 */
/** The API's database-counted limits, from the settings (docs/operations.md). */
export function apiLimits(settings: Settings): ApiLimits {
  return {
    loginPerAccount: { ...DEFAULT_LIMITS.loginPerAccount, free: settings.limits.loginPerAccount },
    loginPerAddress: { ...DEFAULT_LIMITS.loginPerAddress, free: settings.limits.loginPerAddress },
    cprLookups: {
      ...DEFAULT_LIMITS.cprLookups,
      free: settings.limits.cprLookupsPerHour,
      windowMs: 3_600_000,
    },
  };
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { database, settings } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: loggerOptions({
      level: settings.logLevel,
      ...(options.logStream ? { stream: options.logStream } : {}),
    }),
    // Fastify's own request lines log the URL (with the query string); logging.ts logs instead.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: settings.trustProxy,
    // Batched tRPC calls put every procedure name in the path.
    routerOptions: { maxParamLength: 5000 },
    bodyLimit: 1024 * 1024,
  });

  registerRequestLogging(app);
  registerSecurityHeaders(app, {
    https: settings.cookieSecure,
    allowedOrigins: settings.allowedOrigins,
    publicOrigin: settings.publicOrigin,
    onlyPublicHost: settings.env === 'production',
  });
  // No secret: session tokens are random and stored hashed, so there is nothing to sign.
  await app.register(fastifyCookie);
  // Overload, rate limits, the JSON depth limit and batch rules, before anything else runs.
  const requestLimits = await registerRequestLimits(app, settings);

  // Errors outside tRPC (static files, malformed requests): never echo internals to the client or the log.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status < 500) return reply.code(status).send({ error: error.message });
    // The client gets a reference; the log gets it with what went wrong (never the message: it can quote data).
    const reference = errorReference(error);
    request.log.error({ reference, err: { name: error.name, code: error.code } }, 'request failed');
    return reply.code(status).send({ error: 'Internal Server Error', reference });
  });

  // Min side's sign-in (OpenID Connect, the test IdP outside production) and the citizen's session.
  const citizen = await registerCitizenSignIn(app, { database, settings, now });
  const limits = apiLimits(settings);
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      maxBatchSize: settings.limits.maxBatchSize,
      createContext: citizen.withCitizen(
        createContextFactory({
          database,
          limits,
          session: settings.session,
          now,
          cookieSecure: settings.cookieSecure,
          unknownSession: requestLimits.unknownSession,
        }),
      ),
      onError({ path, error, req }) {
        // The path and the names only: an internal error's message or cause can quote SQL
        // parameters (a CPR number). The client was told the same reference (api trpc.ts).
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          req.log.error(
            {
              reference: errorReference(error),
              procedure: path ?? '(unknown)',
              cause: error.cause?.name,
              code: (error.cause as { code?: unknown } | undefined)?.code,
            },
            'trpc internal error',
          );
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  // FHIR R4 and MedCom messages (issue 13): the same viewer, slice and audit as /trpc.
  await registerFhir(app, { database, settings, now, limits });

  // Ok only if the database answers and, on PGlite, its data directory can still be written
  // (a read-only or full disk once answered ok while every write failed).
  const dataDir = options.dataDir ?? null;
  app.get('/health', async (request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
    } catch (error) {
      request.log.error({ err: { name: (error as Error).name } }, 'health check failed');
      return reply.code(503).send({ ok: false, db: database.driver });
    }
    const problem = dataDir ? await dataDirProblem(dataDir) : null;
    if (problem) {
      request.log.error({ dataDir: problem }, 'health check failed: data directory');
      return reply.code(503).send({ ok: false, db: database.driver, dataDir: problem });
    }
    return { ok: true, db: database.driver };
  });

  await registerStaticApps(app, { sourceMaps: settings.env === 'development', ...options.static });
  return app;
}
