import type { Database } from '@rygforlob/db';
import { isStorableText, type Viewer } from '@rygforlob/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import {
  type ApiLimits,
  DEFAULT_LIMITS,
  MAX_INPUT_DEPTH,
  type SessionPolicy,
  STAFF_SESSION,
} from './auth/limits.ts';
import { DomainRefusal, errorReference, refuse } from './errors.ts';

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
  /** Sign-in and CPR lookup limits, counted in the database (auth/limits.ts). */
  limits: ApiLimits;
  /** How long a staff session lives. */
  session: SessionPolicy;
  cookie?: SessionCookie;
  /** Sets a response header (Retry-After); absent when called without HTTP. */
  response?: { header(name: string, value: string): void };
}

export interface ContextInnerOptions {
  database: Database;
  viewer?: AuthedViewer | null;
  citizen?: SignedInCitizen | null;
  now?: () => Date;
  clientKey?: string;
  limits?: ApiLimits;
  session?: SessionPolicy;
  cookie?: SessionCookie;
  response?: { header(name: string, value: string): void };
}

/** A context without HTTP: for tests with `createCaller`, and the base of the HTTP context. */
export function createContextInner(options: ContextInnerOptions): Context {
  return {
    database: options.database,
    viewer: options.viewer ?? null,
    citizen: options.citizen ?? null,
    now: options.now ?? (() => new Date()),
    clientKey: options.clientKey ?? 'local',
    limits: options.limits ?? DEFAULT_LIMITS,
    session: options.session ?? STAFF_SESSION,
    ...(options.cookie ? { cookie: options.cookie } : {}),
    ...(options.response ? { response: options.response } : {}),
  };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    // An internal error's message can quote SQL, parameters (a CPR number) or the stack: the
    // client gets a reference only, and the server logs the detail under it (apps/server app.ts).
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      return {
        ...shape,
        message: `internal error (reference ${errorReference(error)})`,
        data: { ...shape.data, violations: null, warnings: null, stack: undefined },
      };
    }
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
 * - too-deep: nested deeper than MAX_INPUT_DEPTH (no stored payload needs it; the server's JSON
 *   parser refuses it before this runs, this covers callers without HTTP).
 * Iterative, and linear in the input's size: each node points at its parent instead of copying
 * the path, which is spelled out only for the one place reported (issue 9: a 128 KB body of
 * nested arrays once cost quadratic time here, before authentication).
 */
interface InputNode {
  value: unknown;
  key: string;
  parent: InputNode | null;
  depth: number;
}

const pathOf = (node: InputNode): string => {
  const keys: string[] = [];
  for (let at: InputNode | null = node; at?.parent; at = at.parent) keys.push(at.key);
  return keys.reverse().join('.');
};

function unacceptable(input: unknown): { field: string; reason: string } | null {
  const bad = (text: string) => !isStorableText(text);
  const stack: InputNode[] = [{ value: input, key: '', parent: null, depth: 0 }];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop() as InputNode;
    const { value } = node;
    if (typeof value === 'string') {
      if (bad(value)) return { field: pathOf(node), reason: 'unstorable-text' };
      if (node.key.endsWith('Id') && value in Object.prototype) {
        return { field: pathOf(node), reason: 'reserved-id' };
      }
    } else if (value && typeof value === 'object' && !seen.has(value)) {
      if (node.depth >= MAX_INPUT_DEPTH) return { field: pathOf(node), reason: 'too-deep' };
      seen.add(value);
      for (const [key, item] of Object.entries(value)) {
        if (bad(key)) return { field: pathOf(node), reason: 'unstorable-text' };
        stack.push({ value: item, key, parent: node, depth: node.depth + 1 });
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
