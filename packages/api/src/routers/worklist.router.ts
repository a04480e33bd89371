import {
  clocksFor,
  InvalidCursor,
  type WorklistEntry,
  type WorklistFilter,
  worklistPage,
} from '@rygforlob/db';
import { ActorSchema, ClockCodeSchema, RelationSchema, TargetGroupSchema } from '@rygforlob/domain';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditListed } from '../pathway-access.ts';
import { type AuthedViewer, authedProcedure, type Context } from '../trpc.ts';

type Ctx = Context & { viewer: AuthedViewer };

/** A worklist row holds only what the organisation's own slice shows (db projections). */
export const WorklistEntrySchema = z.object({
  pathwayId: z.string(),
  relation: RelationSchema,
  citizenId: z.string(),
  citizenName: z.string(),
  citizenCpr: z.string(),
  targetGroup: TargetGroupSchema.nullable(),
  status: z.enum(['open', 'closed']),
  lastEventAt: z.string(),
  inbox: z.array(
    z.object({
      type: z.string(),
      id: z.string().optional(),
      kind: z.string().optional(),
      seq: z.number(),
      at: z.string(),
      from: z.object({ actor: ActorSchema, organisationId: z.string() }),
      withheld: z.boolean(),
      /** Read by someone of the viewer's organisation (inbox.markRead), until marked unread. */
      read: z.boolean(),
    }),
  ),
  dueClocks: z.number().int(),
  overdueClocks: z.number().int(),
});

/** What worklist.mine answers: one page. */
export const WorklistPageSchema = z.object({
  rows: z.array(WorklistEntrySchema),
  nextCursor: z.string().nullable(),
});

export const toWorklistEntry = (row: WorklistEntry): z.infer<typeof WorklistEntrySchema> => ({
  pathwayId: row.pathwayId,
  relation: row.relation,
  citizenId: row.citizenId,
  citizenName: row.citizenName,
  citizenCpr: row.citizenCpr,
  targetGroup: row.targetGroup ?? null,
  status: row.status,
  lastEventAt: row.lastEventAt.toISOString(),
  // Field by field: the stored items may carry more than the row shows.
  inbox: row.inbox.map((item) => ({
    type: item.type,
    ...(item.id === undefined ? {} : { id: item.id }),
    ...(item.kind === undefined ? {} : { kind: item.kind }),
    seq: item.seq,
    at: item.at,
    from: { actor: item.from.actor, organisationId: item.from.organisationId },
    withheld: item.withheld,
    read: item.read,
  })),
  dueClocks: row.dueClocks,
  overdueClocks: row.overdueClocks,
});

/** What every paged list takes (worklist.mine, referral.inbox, jobcentre.caseload). */
export const PageInputSchema = z.object({
  search: z.string().max(100).optional(),
  /** A page's `nextCursor`, for the page after it. */
  cursor: z.string().max(300).optional(),
  /** Rows per page: 50 unless fewer are asked for. */
  limit: z.number().int().min(1).max(50).optional(),
});

/**
 * One page of the viewer's organisation's worklist rows, the one way every list is served
 * (issue 11: a page from an index range, never the whole organisation): a bad cursor is
 * BAD_REQUEST, and the rows of the page, and only those, are audited as listed under `action`.
 */
export async function listPage(
  ctx: Ctx,
  action: string,
  filter: WorklistFilter,
  input: z.infer<typeof PageInputSchema>,
): Promise<z.infer<typeof WorklistPageSchema>> {
  const page = await worklistPage(ctx.database.db, ctx.viewer.organisationId, {
    filter,
    now: ctx.now().toISOString(),
    ...(input.search ? { search: input.search } : {}),
    ...(input.cursor ? { cursor: input.cursor } : {}),
    ...(input.limit ? { limit: input.limit } : {}),
  }).catch((error: unknown) => {
    if (error instanceof InvalidCursor) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: error.message, cause: error });
    }
    throw error;
  });
  await auditListed(ctx, action, page.rows, { filter, page: input.cursor ? 'next' : 'first' });
  return { rows: page.rows.map(toWorklistEntry), nextCursor: page.nextCursor };
}

const ClockEntrySchema = z.object({
  pathwayId: z.string(),
  code: ClockCodeSchema,
  subject: z.string(),
  dueFrom: z.string(),
  dueBy: z.string(),
  state: z.enum(['pending', 'due', 'overdue']),
  daysLeft: z.number().int(),
  citizenId: z.string(),
  citizenName: z.string(),
});

export const worklistRouter = {
  /**
   * One page (50 rows) of my organisation's pathways: overdue first (most overdue first), then
   * most recent; filter by inbox, due or overdue; search name or CPR. Pass `nextCursor` back as
   * `cursor` for the next page.
   */
  mine: authedProcedure
    .input(
      PageInputSchema.extend({ filter: z.enum(['all', 'inbox', 'due', 'overdue']).default('all') }).default({
        filter: 'all',
      }),
    )
    // No output validator on the list every clinician opens first (issue 11: zod was 4.6 % of the
    // page's profiled server CPU under load): toWorklistEntry builds each row field by field, and
    // read-output.test.ts holds the answer to WorklistPageSchema, which would strip nothing from it.
    .query(({ ctx, input }) => listPage(ctx, 'worklist.mine', input.filter, input)),

  /** The clocks my organisation owns, due and overdue by default. */
  clocks: authedProcedure
    .input(
      z
        .object({ states: z.array(z.enum(['pending', 'due', 'overdue'])).default(['due', 'overdue']) })
        .default({ states: ['due', 'overdue'] }),
    )
    .output(z.array(ClockEntrySchema))
    .query(async ({ ctx, input }) => {
      const rows = await clocksFor(ctx.database.db, ctx.viewer.organisationId, {
        now: ctx.now().toISOString(),
        states: input.states,
      });
      await auditListed(ctx, 'worklist.clocks', rows);
      return rows.map((row) => ({
        pathwayId: row.pathwayId,
        code: row.code,
        subject: row.subject,
        dueFrom: row.dueFrom,
        dueBy: row.dueBy,
        state: row.state,
        daysLeft: row.daysLeft,
        citizenId: row.citizenId,
        citizenName: row.citizenName,
      }));
    }),
} satisfies TRPCRouterRecord;
