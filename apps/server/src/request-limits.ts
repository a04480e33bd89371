import { createHash } from 'node:crypto';
import { MAX_INPUT_DEPTH } from '@rygforlob/api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_COOKIE } from './session.ts';
import type { Settings } from './settings.ts';

/** A client error that says what was wrong, with its status; never an internal detail. */
class RequestRefused extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * How deep `json` nests, up to `limit` + 1: one pass over the text, counting brackets outside
 * strings. It runs before JSON.parse, so a body of 100,000 nested arrays costs one scan and a
 * refusal, never a parse, a deep recursion or a walk over it (issue 9).
 */
export function jsonDepthExceeds(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > limit) return true;
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth--;
  }
  return false;
}

/** JSON bodies parsed with the depth limit; bad JSON is a 400 naming the problem. */
function registerJsonParser(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = String(body);
    if (jsonDepthExceeds(text, MAX_INPUT_DEPTH)) {
      done(new RequestRefused(400, `JSON nested deeper than ${MAX_INPUT_DEPTH} levels is not accepted`));
      return;
    }
    try {
      done(null, text === '' ? undefined : JSON.parse(text));
    } catch {
      done(new RequestRefused(400, 'the body is not valid JSON'));
    }
  });
}

/**
 * Whether the router sent the request to tRPC. Judged by the route it matched, never by the raw
 * URL: `/%74rpc/auth.login,auth.login` reaches the same route, and a check on `request.url` let
 * it pass batched sign-in, the per-session limit, the input depth check, `no-store` and the
 * cross-site guard (insider.edge.test.ts).
 */
export const isTrpcRequest = (request: FastifyRequest): boolean =>
  request.routeOptions.url?.startsWith('/trpc/') ?? false;

/** The procedures of a tRPC request ('auth.login', 'a.b,c.d' when batched), as the router decoded them. */
const proceduresOf = (request: FastifyRequest): string[] =>
  ((request.params as { path?: string } | undefined)?.path ?? '').split(',');

/**
 * Checks on a /trpc request before anything else runs (onRequest: no body read yet):
 * - auth.login is never batched: 200 logins in one request were 200 guesses for one request's cost;
 * - a GET's `input` query (tRPC queries carry their input there) gets the same depth limit as a body.
 * The batch size itself is capped by tRPC (`maxBatchSize`, app.ts).
 */
function checkTrpcRequest(request: FastifyRequest): void {
  if (!isTrpcRequest(request)) return;
  const procedures = proceduresOf(request);
  if (procedures.length > 1 && procedures.includes('auth.login')) {
    throw new RequestRefused(400, 'auth.login cannot be batched');
  }
  const input = (request.query as { input?: unknown } | undefined)?.input;
  if (typeof input === 'string' && jsonDepthExceeds(input, MAX_INPUT_DEPTH)) {
    throw new RequestRefused(400, `JSON nested deeper than ${MAX_INPUT_DEPTH} levels is not accepted`);
  }
}

/**
 * Requests per key (an address, a session), per window, in this process: a fixed window whose
 * counts are dropped when it ends, so unknown keys cannot grow it beyond one window's worth.
 * Per process on purpose: it bounds a flood or a runaway client cheaply, before any database
 * work; the database counters (sign-in, CPR lookups) are what hold across processes.
 */
export class FixedWindow {
  #counts = new Map<string, number>();
  #windowEnds = 0;
  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /** Milliseconds to wait, or 0 if this request is within the limit. */
  take(key: string, now: number): number {
    if (now >= this.#windowEnds) {
      this.#counts.clear();
      this.#windowEnds = now + this.windowMs;
    }
    const count = (this.#counts.get(key) ?? 0) + 1;
    this.#counts.set(key, count);
    return count > this.max ? this.#windowEnds - now : 0;
  }
}

function tooMany(reply: FastifyReply, waitMs: number, what: string) {
  return reply
    .code(429)
    .header('retry-after', String(Math.max(1, Math.ceil(waitMs / 1000))))
    .send({ error: `too many requests ${what}; try again later` });
}

/**
 * Overload answered 503 at once (with Retry-After) instead of queuing every request behind the
 * backlog: the equal of @fastify/under-pressure's maxEventLoopDelay, judged on the worst delay,
 * never a mean (a mean of 10 ms samples averaged a 6 s stall away: issue 9's review).
 * - A timer ticks every TICK_MS; each tick measures how late it ran. A tick later than
 *   `maxDelayMs` marks the server overloaded for HOLD_MS after it, so the backlog it left drains.
 * - A request also measures the time since the last tick: the first request after a stall is
 *   answered 503 even when it runs before the late tick does.
 * Measured from when the server is ready: start-up work (migrations, the demo seed) is not overload.
 */
function registerOverloadGuard(app: FastifyInstance, maxDelayMs: number): void {
  const TICK_MS = 50;
  const HOLD_MS = 1_000;
  let lastTick = 0;
  let overloadedUntil = 0;
  let timer: NodeJS.Timeout | undefined;
  /** Whether the loop is (or just was) stalled; notes a stall seen now. */
  const stalled = (now: number): boolean => {
    if (lastTick > 0 && now - lastTick - TICK_MS > maxDelayMs) overloadedUntil = now + HOLD_MS;
    return now < overloadedUntil;
  };
  app.addHook('onReady', async () => {
    lastTick = performance.now();
    timer = setInterval(() => {
      const now = performance.now();
      stalled(now);
      lastTick = now;
    }, TICK_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    if (timer) clearInterval(timer);
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (stalled(performance.now())) {
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: 'the server is overloaded; try again shortly' });
    }
  });
}

/**
 * Everything that bounds what one client can make the server do, registered first:
 * overload answered 503 at once (registerOverloadGuard) instead of queuing for seconds; anonymous
 * requests per address and signed-in ones per session, answered 429 with Retry-After; the JSON depth
 * limit while parsing; no batched sign-in. /health is exempt from the rate limits (monitors poll it)
 * but not from the overload answer.
 */
export async function registerRequestLimits(
  app: FastifyInstance,
  settings: Settings,
): Promise<RequestLimits> {
  const limits = settings.limits;
  if (limits.maxEventLoopDelayMs > 0) registerOverloadGuard(app, limits.maxEventLoopDelayMs);
  registerJsonParser(app);
  // tRPC's Fastify plugin replaces the JSON parser in its own scope and hands tRPC the body as
  // text, which tRPC parses later: the same depth check, on that text, before the handler runs.
  app.addHook('preValidation', async (request, reply) => {
    if (typeof request.body === 'string' && jsonDepthExceeds(request.body, MAX_INPUT_DEPTH)) {
      return reply
        .code(400)
        .send({ error: `JSON nested deeper than ${MAX_INPUT_DEPTH} levels is not accepted` });
    }
  });
  app.addHook('onRequest', async (request, reply) => {
    try {
      checkTrpcRequest(request);
    } catch (error) {
      if (error instanceof RequestRefused) return reply.code(error.statusCode).send({ error: error.message });
      throw error;
    }
  });
  // Anonymous requests per address: every request without a session cookie (but /health), and,
  // charged later by the session lookup, every request whose cookie names no live session, so
  // made-up cookies buy nothing. Signed-in users are limited per session instead: a clinic
  // behind one address is many users, an anonymous flood is not.
  const anonymous = limits.perAddress > 0 ? new FixedWindow(limits.perAddress, limits.windowMs) : null;
  const perSession = limits.perSession > 0 ? new FixedWindow(limits.perSession, limits.windowMs) : null;
  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies?.[SESSION_COOKIE];
    if (!token) {
      if (!anonymous || request.url === '/health') return;
      const wait = anonymous.take(request.ip, Date.now());
      if (wait > 0) return tooMany(reply, wait, 'from this address');
      return;
    }
    if (!perSession || !isTrpcRequest(request)) return;
    const wait = perSession.take(createHash('sha256').update(token).digest('base64url'), Date.now());
    if (wait > 0) return tooMany(reply, wait, 'in this session');
  });
  return {
    unknownSession: (request) => (anonymous ? anonymous.take(request.ip, Date.now()) : 0),
  };
}

/** What the session lookup reports back to the limits (session.ts). */
export interface RequestLimits {
  /** A request's cookie named no live session: charge its address; ms to wait, or 0. */
  unknownSession(request: FastifyRequest): number;
}

export { RequestRefused };
