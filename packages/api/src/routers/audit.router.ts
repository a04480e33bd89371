import { findCitizen, listAuditForCitizen, loadPathway, pathwaysForCitizen, writeAudit } from '@rygforlob/db';
import { coordinatorOf, fold } from '@rygforlob/domain';
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
  /** Who read or wrote a citizen's data, and when: for the citizen's coordinating GP only. */
  forCitizen: authedProcedure
    .input(z.object({ citizenId: z.uuid() }))
    .output(z.array(AuditEntrySchema))
    .query(async ({ ctx, input }) => {
      const db = ctx.database.db;
      const citizen = await findCitizen(db, input.citizenId);
      const pathways = citizen ? await pathwaysForCitizen(db, citizen.id) : [];
      let coordinator = false;
      for (const row of pathways) {
        const loaded = await loadPathway(db, row.id);
        if (coordinatorOf(fold(loaded?.events ?? [])) === ctx.viewer.organisationId) coordinator = true;
      }
      if (!citizen || !coordinator) {
        await writeAudit(db, {
          ...auditAs(ctx),
          citizenId: citizen?.id ?? null,
          action: 'audit.citizen',
          outcome: 'denied',
        });
        throw notFound('citizen');
      }
      const rows = await listAuditForCitizen(db, citizen.id);
      await writeAudit(db, {
        ...auditAs(ctx),
        citizenId: citizen.id,
        action: 'audit.citizen',
        outcome: 'ok',
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
