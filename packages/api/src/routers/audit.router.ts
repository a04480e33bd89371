import { findCitizen, listAuditForCitizen, loadPathway, pathwaysForCitizen, writeAudit } from '@rygforlob/db';
import { accessLogScope, fold } from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { notFound } from '../errors.ts';
import { auditAs } from '../pathway-access.ts';
import { authedProcedure } from '../trpc.ts';

const AuditEntrySchema = z.object({
  at: z.string(),
  userId: z.string().nullable(),
  organisationId: z.string().nullable(),
  actor: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
});

export const auditRouter = {
  /**
   * Who read or wrote a citizen's data, and when (issue 8): the citizen's whole log for the
   * citizen, signed in as themselves; for the GP practice coordinating one of the citizen's
   * pathways, the rows of the pathways it coordinates only. Nobody else: refused, audited, and
   * told as NOT_FOUND.
   */
  forCitizen: authedProcedure
    .input(z.object({ citizenId: z.uuid() }))
    .output(z.array(AuditEntrySchema))
    .query(async ({ ctx, input }) => {
      const db = ctx.database.db;
      const citizen = await findCitizen(db, input.citizenId);
      const pathways = citizen
        ? await Promise.all(
            (await pathwaysForCitizen(db, citizen.id)).map(async (row) => ({
              id: row.id,
              state: fold((await loadPathway(db, row.id))?.events ?? []),
            })),
          )
        : [];
      const access = citizen ? accessLogScope(ctx.viewer, citizen.id, pathways) : null;
      if (!citizen || !access?.ok) {
        await writeAudit(db, {
          ...auditAs(ctx),
          citizenId: citizen?.id ?? null,
          action: 'audit.citizen',
          outcome: 'denied',
          detail: { rules: ['AUDIT-ACCESS'] },
        });
        throw notFound('citizen');
      }
      const own = access.scope === 'citizen';
      const coordinated = new Set(access.scope === 'coordinated' ? access.pathwayIds : []);
      const rows = (await listAuditForCitizen(db, citizen.id)).filter(
        (row) => own || (row.pathwayId !== null && coordinated.has(row.pathwayId)),
      );
      await writeAudit(db, {
        ...auditAs(ctx),
        citizenId: citizen.id,
        action: 'audit.citizen',
        outcome: 'ok',
        detail: own ? { scope: 'citizen' } : { scope: 'coordinated-pathways', pathways: coordinated.size },
      });
      return rows.map((row) => ({
        at: row.at.toISOString(),
        userId: row.userId,
        organisationId: row.organisationId,
        actor: row.actor,
        action: row.action,
        outcome: row.outcome,
      }));
    }),
} satisfies TRPCRouterRecord;
