import type { Writable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * What may be logged about a request: method, route pattern, status and duration, and for /trpc
 * the procedure names. Never the URL (a /trpc query string carries the input, e.g. a CPR number),
 * the body, cookies or the Authorization header. Fastify's own per-request lines are switched
 * off (they log the full URL); this module logs one line per request instead.
 */
export interface LogOptions {
  level: string;
  /** Where log lines go; stdout when absent (tests pass a stream to read them). */
  stream?: Writable;
}

/** Paths pino censors if anything ever logs a request or headers whole (defence in depth). */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.body',
  'req.query',
  'req.url',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  'body',
  'password',
  '*.password',
  'token',
  '*.token',
  'sessionToken',
  '*.sessionToken',
];

/** Fastify's `logger` option. */
export function loggerOptions(options: LogOptions) {
  return {
    level: options.level,
    ...(options.stream ? { stream: options.stream } : {}),
    redact: { paths: REDACT, censor: '[redacted]' },
    serializers: {
      req: (req: { method?: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.routeOptions?.url,
      }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/** The route pattern ('/trpc/:path', '/clinic/*'), never the concrete URL. */
export const routeOf = (request: FastifyRequest): string => request.routeOptions.url ?? '(no route)';

/** For /trpc: the procedure (or batched procedures) called, e.g. 'auth.login'. Names only. */
function procedureOf(request: FastifyRequest): string | undefined {
  if (!routeOf(request).startsWith('/trpc')) return undefined;
  const path = (request.params as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' && /^[\w.,]+$/.test(path) ? path : undefined;
}

export function registerRequestLogging(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const procedure = procedureOf(request);
    request.log.info(
      {
        method: request.method,
        route: routeOf(request),
        ...(procedure ? { procedure } : {}),
        status: reply.statusCode,
        durationMs: Math.round(reply.elapsedTime * 10) / 10,
      },
      'request',
    );
  });
}
