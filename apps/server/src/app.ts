import fastifyCookie from '@fastify/cookie';
import { type AppRouter, appRouter, LoginLimiter } from '@rygforlob/api';
import type { Database } from '@rygforlob/db';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { sql } from 'drizzle-orm';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { registerCitizenSignIn } from './citizen/index.ts';
import { type LogOptions, loggerOptions, registerRequestLogging } from './logging.ts';
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
  /** One per app: every request of this process shares it. */
  limiter?: LoginLimiter;
  static?: StaticOptions;
}

/**
 * The HTTP face of Rygforløb: /trpc (the api package), /health, the three built apps and the
 * security headers. Nothing here holds a business rule: it reads the session cookie and hands
 * the viewer to the api.
 */
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
  registerSecurityHeaders(app, { https: settings.cookieSecure });
  // No secret: session tokens are random and stored hashed, so there is nothing to sign.
  await app.register(fastifyCookie);

  // Errors outside tRPC (static files, malformed requests): never echo internals to the client or the log.
  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: { name: error.name, code: error.code } }, 'request failed');
    return reply.code(status).send({ error: status >= 500 ? 'Internal Server Error' : error.message });
  });

  // Min side's sign-in (OpenID Connect, the test IdP outside production) and the citizen's session.
  const citizen = await registerCitizenSignIn(app, { database, settings, now });
  const limiter = options.limiter ?? new LoginLimiter();
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: citizen.withCitizen(
        createContextFactory({ database, limiter, now, cookieSecure: settings.cookieSecure }),
      ),
      onError({ path, error, req }) {
        // The path only: an internal error's message or cause can quote SQL parameters (a CPR number).
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          req.log.error({ procedure: path ?? '(unknown)', cause: error.cause?.name }, 'trpc internal error');
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });

  app.get('/health', async (request, reply) => {
    try {
      await database.db.execute(sql`select 1`);
      return { ok: true, db: database.driver };
    } catch (error) {
      request.log.error({ err: { name: (error as Error).name } }, 'health check failed');
      return reply.code(503).send({ ok: false, db: database.driver });
    }
  });

  await registerStaticApps(app, options.static);
  return app;
}
