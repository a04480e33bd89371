import {
  createSession,
  deleteSession,
  findOrganisation,
  findUserByUsername,
  writeAudit,
} from '@rygforlob/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { DUMMY_HASH, verifyPassword } from '../auth/password.ts';
import { authedProcedure, publicProcedure } from '../trpc.ts';

/** Sessions last a working day and a half; a new sign-in is needed after that. */
export const SESSION_HOURS = 12;

const MeSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  actor: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
});

export const authRouter = {
  login: publicProcedure
    .input(z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }))
    .output(z.object({ ok: z.literal(true), expiresAt: z.string(), me: MeSchema }))
    .mutation(async ({ ctx, input }) => {
      const now = ctx.now();
      const keys = [`user:${input.username.toLowerCase()}`, `client:${ctx.clientKey}`];
      const wait = ctx.limiter.retryAfter(keys, now.getTime());
      if (wait > 0) {
        await writeAudit(ctx.database.db, {
          action: 'auth.login',
          outcome: 'denied',
          detail: { reason: 'rate-limited' },
        });
        throw new TRPCError({
          code: 'TOO_MANY_REQUESTS',
          message: `too many attempts; try again in ${Math.ceil(wait / 60_000)} min`,
        });
      }
      const user = await findUserByUsername(ctx.database.db, input.username);
      // Verify against a dummy hash for unknown users, so timing does not reveal which exist.
      const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !valid) {
        ctx.limiter.fail(keys, now.getTime());
        await writeAudit(ctx.database.db, {
          action: 'auth.login',
          outcome: 'denied',
          ...(user ? { userId: user.id, organisationId: user.organisationId } : {}),
        });
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'wrong username or password' });
      }
      ctx.limiter.succeed(keys);
      const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3_600_000);
      const { token } = await createSession(ctx.database.db, { userId: user.id, expiresAt, now });
      ctx.cookie?.set(token, expiresAt);
      const organisation = await findOrganisation(ctx.database.db, user.organisationId);
      await writeAudit(ctx.database.db, {
        action: 'auth.login',
        outcome: 'ok',
        userId: user.id,
        organisationId: user.organisationId,
        actor: user.actor,
      });
      return {
        ok: true as const,
        expiresAt: expiresAt.toISOString(),
        me: {
          userId: user.id,
          displayName: user.displayName,
          actor: user.actor,
          organisationId: user.organisationId,
          organisationName: organisation?.name ?? user.organisationId,
        },
      };
    }),

  logout: authedProcedure.output(z.object({ ok: z.literal(true) })).mutation(async ({ ctx }) => {
    await deleteSession(ctx.database.db, ctx.viewer.sessionToken);
    ctx.cookie?.clear();
    return { ok: true as const };
  }),

  me: publicProcedure.output(MeSchema.nullable()).query(({ ctx }) =>
    ctx.viewer
      ? {
          userId: ctx.viewer.userId,
          displayName: ctx.viewer.displayName,
          actor: ctx.viewer.actor,
          organisationId: ctx.viewer.organisationId,
          organisationName: ctx.viewer.organisationName,
        }
      : null,
  ),
} satisfies TRPCRouterRecord;
