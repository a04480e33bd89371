import type { Database } from '@rygforlob/db';
import { isStorableText, type Viewer } from '@rygforlob/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { LoginLimiter } from './auth/login-limiter.ts';
import { DomainRefusal, refuse } from './errors.ts';

/** The signed-in user: the domain's viewer plus what the UI shows of them. */
export interface AuthedViewer extends Viewer {
  displayName: string;
  organisationName: string;
  /** The session token from the cookie, for sign-out; never logged. */
  sessionToken: string;
}

/** How a procedure sets or clears the session cookie; absent when called without HTTP. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

/** A citizen signed in to Min side (by OpenID Connect): a separate session from staff's. */
export interface SignedInCitizen {
  citizenId: string;
}

export interface Context {
  database: Database;
  viewer: AuthedViewer | null;
  /** The citizen of Min side; only the `me` router reads it. */
  citizen?: SignedInCitizen | null;
  now: () => Date;
  /** The client's address, for login rate limiting. */
  clientKey: string;
  limiter: LoginLimiter;
  cookie?: SessionCookie;
}

export interface ContextInnerOptions {
  database: Database;
  viewer?: AuthedViewer | null;
  citizen?: SignedInCitizen | null;
  now?: () => Date;
  clientKey?: string;
  limiter?: LoginLimiter;
  cookie?: SessionCookie;
}

/** A context without HTTP: for tests with `createCaller`, and the base of the HTTP context. */
export function createContextInner(options: ContextInnerOptions): Context {
  return {
    database: options.database,
    viewer: options.viewer ?? null,
    citizen: options.citizen ?? null,
    now: options.now ?? (() => new Date()),
    clientKey: options.clientKey ?? 'local',
    limiter: options.limiter ?? new LoginLimiter(),
    ...(options.cookie ? { cookie: options.cookie } : {}),
  };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const refusal = error.cause instanceof DomainRefusal ? error.cause : null;
    const zodIssues = error.cause instanceof ZodError ? error.cause.issues : null;
    return {
      ...shape,
      data: {
        ...shape.data,
        // Domain rule codes and fields; input shape errors as INPUT-INVALID with their paths.
        violations:
          refusal?.violations ??
          zodIssues?.map((i) => ({
            rule: 'INPUT-INVALID',
            field: i.path.join('.'),
            params: { reason: i.message },
          })) ??
          null,
        warnings: refusal?.warnings ?? null,
        // Never send stack traces to a browser.
        stack: undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/**
 * The first place in an input the server cannot take, with why, or null:
 * - unstorable-text: a NUL character or UTF-16 that is not well formed (a lone surrogate), in a
 *   string or a key: PostgreSQL cannot store it;
 * - reserved-id: an id (a key ending in `Id`) named like a property every object has
 *   (`__proto__`, `constructor`, `toString` …): the domain's state keeps its referrals, consents,
 *   meetings … keyed by these ids (in prototype-less maps, and the domain refuses such ids too;
 *   this refuses them for every procedure, also those whose input never reaches the domain).
 * Iterative: depth is the client's to choose.
 */
function unacceptable(input: unknown): { field: string; reason: string } | null {
  const bad = (text: string) => !isStorableText(text);
  const stack: [unknown, string[]][] = [[input, []]];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [unknown, string[]];
    if (typeof value === 'string') {
      if (bad(value)) return { field: path.join('.'), reason: 'unstorable-text' };
      if (path.at(-1)?.endsWith('Id') && value in Object.prototype) {
        return { field: path.join('.'), reason: 'reserved-id' };
      }
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      seen.add(value);
      for (const [key, item] of Object.entries(value)) {
        if (bad(key)) return { field: path.join('.'), reason: 'unstorable-text' };
        stack.push([item, [...path, key]]);
      }
    }
  }
  return null;
}

/** Refuses such input as INPUT-INVALID at the door, before it fails deeper down as a server error. */
export const publicProcedure = t.procedure.use(async ({ getRawInput, next }) => {
  const found = unacceptable(await getRawInput());
  if (found) throw refuse([{ rule: 'INPUT-INVALID', field: found.field, params: { reason: found.reason } }]);
  return next();
});

/** Signed in: the viewer is known. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.viewer) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return next({ ctx: { ...ctx, viewer: ctx.viewer } });
});
