/**
 * @rygforlob/api: the tRPC routers. Apps import only `type AppRouter` (and the output types).
 */
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { type AppRouter, appRouter } from './root.ts';
import { createCallerFactory } from './trpc.ts';

export { LoginLimiter } from './auth/login-limiter.ts';
export { hashPassword, verifyPassword } from './auth/password.ts';
export { type PathwayView, PathwayViewSchema } from './pathway-access.ts';
export { SESSION_HOURS } from './routers/auth.router.ts';
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
