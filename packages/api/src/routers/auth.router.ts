import {
  type AttemptVerdict,
  clearAttempts,
  countAttempt,
  createSession,
  deleteSession,
  deleteUserSessions,
  findOrganisation,
  findUserByUsername,
  refundAttempt,
  writeAudit,
} from '@rygforlob/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { DUMMY_HASH, verifyPassword } from '../auth/password.ts';
import { auditAs } from '../pathway-access.ts';
import { authedProcedure, type Context, publicProcedure } from '../trpc.ts';

/**
 * Counts this sign-in attempt, before the password is checked, per address and per account and
 * address (issue 9): the counters are rows in the database, so 30 parallel guesses on any number
 * of server processes get the free attempts only. A stranger failing at an account from elsewhere
 * does not hold up its owner, whose account+address counter is their own.
 */
async function countLogin(ctx: Context, username: string, now: Date): Promise<AttemptVerdict> {
  const db = ctx.database.db;
  const byAddress = await countAttempt(db, addressKey(ctx), ctx.limits.loginPerAddress, now);
  if (!byAddress.allowed) return byAddress;
  return countAttempt(db, accountKey(ctx, username), ctx.limits.loginPerAccount, now);
}

const addressKey = (ctx: Context) => `login:addr:${ctx.clientKey}`;
const accountKey = (ctx: Context, username: string) =>
  `login:acct:${username.toLowerCase()}@${ctx.clientKey}`;

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
      const verdict = await countLogin(ctx, input.username, now);
      if (!verdict.allowed) {
        await writeAudit(ctx.database.db, {
          action: 'auth.login',
          outcome: 'denied',
          detail: { reason: 'rate-limited' },
        });
        const seconds = Math.ceil(verdict.retryAfterMs / 1000);
        ctx.response?.header('retry-after', String(seconds));
        throw new TRPCError({
          code: 'TOO_MANY_REQUESTS',
          message: `too many attempts; try again in ${seconds} s`,
        });
      }
      const user = await findUserByUsername(ctx.database.db, input.username);
      // Verify against a dummy hash for unknown users, so timing does not reveal which exist.
      const valid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !valid) {
        await writeAudit(ctx.database.db, {
          action: 'auth.login',
          outcome: 'denied',
          ...(user ? { userId: user.id, organisationId: user.organisationId } : {}),
        });
        throw new TRPCError({ code: 'UNAUTHORIZED', message: 'wrong username or password' });
      }
      // The owner's own counter starts again; the address gets back this attempt only, so signing
      // in to one's own account between guesses at others' does not reset their count.
      await clearAttempts(ctx.database.db, accountKey(ctx, input.username));
      await refundAttempt(ctx.database.db, addressKey(ctx));
      // The absolute lifetime, fixed now; the idle timeout is checked on every request (server).
      const expiresAt = new Date(now.getTime() + ctx.session.absoluteMs);
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
    await writeAudit(ctx.database.db, { ...auditAs(ctx), action: 'auth.logout', outcome: 'ok' });
    return { ok: true as const };
  }),

  /** "Log out everywhere": ends every session of this user (a lost phone, a shared PC left signed in). */
  logoutEverywhere: authedProcedure
    .output(z.object({ ok: z.literal(true), ended: z.number() }))
    .mutation(async ({ ctx }) => {
      const ended = await deleteUserSessions(ctx.database.db, ctx.viewer.userId);
      ctx.cookie?.clear();
      await writeAudit(ctx.database.db, {
        ...auditAs(ctx),
        action: 'auth.logout',
        outcome: 'ok',
        detail: { everywhere: true, ended },
      });
      return { ok: true as const, ended };
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
