/**
 * @rygforlob/api: the tRPC routers. Apps import only `type AppRouter` (and the output types).
 */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { type AppRouter, appRouter } from './root.ts';
import { createCallerFactory } from './trpc.ts';

export {
  type ApiLimits,
  DEFAULT_LIMITS,
  MAX_INPUT_DEPTH,
  type SessionPolicy,
  STAFF_SESSION,
} from './auth/limits.ts';
export { hashPassword, verifyPassword } from './auth/password.ts';
export { errorReference } from './errors.ts';
export { type PathwayView, PathwayViewSchema, readPathway, runCommand } from './pathway-access.ts';
export { birthDateOf, limitLookups as limitCprLookups } from './routers/citizen.router.ts';
export {
  type AuthedViewer,
  type Context,
  createContextInner,
  type SessionCookie,
  type SignedInCitizen,
} from './trpc.ts';
export { type AppRouter, appRouter };

export const createCaller = createCallerFactory(appRouter);
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
