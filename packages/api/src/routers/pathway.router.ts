import { randomUUID } from 'node:crypto';
import {
  createPathway,
  findCitizen,
  findOrganisation,
  loadPathway,
  pathwaysForCitizen,
  writeAudit,
} from '@rygforlob/db';
import { AdviceSchema, decide, fold, ScopeAnswersSchema, SliceEntrySchema } from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { notFound, refuse } from '../errors.ts';
import { auditAs, OnPathwaySchema, PathwayViewSchema, readPathway } from '../pathway-access.ts';
import { authedProcedure } from '../trpc.ts';

export const pathwayRouter = {
  /**
   * Opens the citizen's pathway with the scope check (SCOPE-*). A GP coordinates it; anyone
   * else who opens one names the citizen's GP as coordinator.
   */
  open: authedProcedure
    .input(
      z.object({
        citizenId: z.uuid(),
        scope: ScopeAnswersSchema,
        consentToCoordinator: z.boolean(),
        coordinatorOrganisationId: z.string().min(1).max(100).optional(),
      }),
    )
    .output(PathwayViewSchema)
    .mutation(async ({ ctx, input }) => {
      const db = ctx.database.db;
      const citizen = await findCitizen(db, input.citizenId);
      if (!citizen) throw notFound('citizen');
      for (const row of await pathwaysForCitizen(db, citizen.id)) {
        const loaded = await loadPathway(db, row.id);
        if (fold(loaded?.events ?? []).status === 'open') {
          throw refuse([
            {
              rule: 'PATHWAY-STATE',
              field: 'citizenId',
              params: { reason: 'already-open', pathwayId: row.id },
            },
          ]);
        }
      }
      const coordinatorId =
        ctx.viewer.actor === 'gp' ? ctx.viewer.organisationId : input.coordinatorOrganisationId;
      const coordinator = coordinatorId ? await findOrganisation(db, coordinatorId) : null;
      if (coordinator?.actor !== 'gp') {
        throw refuse([
          {
            rule: 'INPUT-INVALID',
            field: 'coordinatorOrganisationId',
            params: { reason: "the citizen's GP clinic" },
          },
        ]);
      }
      const decision = decide(
        fold([]),
        {
          type: 'pathwayOpened',
          citizen: { birthDate: citizen.birthDate, municipality: citizen.municipality },
          coordinator: { actor: 'gp', organisationId: coordinator.id },
          scope: input.scope,
          consentToCoordinator: input.consentToCoordinator,
        },
        ctx.viewer,
        ctx.now().toISOString(),
      );
      if (!decision.ok) {
        await writeAudit(db, {
          ...auditAs(ctx),
          citizenId: citizen.id,
          action: 'pathway.open',
          outcome: 'denied',
          detail: { rules: decision.violations.map((v) => v.rule) },
        });
        throw refuse(decision.violations, decision.warnings);
      }
      const id = randomUUID();
      await createPathway(db, {
        id,
        citizenId: citizen.id,
        coordinatorOrgId: coordinator.id,
        events: decision.events,
      });
      return readPathway(ctx, id, 'pathway.open');
    }),

  /** The viewer's slice of the pathway, with advice computed from that slice only. */
  get: authedProcedure
    .input(OnPathwaySchema.pick({ pathwayId: true }))
    .output(PathwayViewSchema)
    .query(({ ctx, input }) => readPathway(ctx, input.pathwayId, 'pathway.get')),

  timeline: authedProcedure
    .input(OnPathwaySchema.pick({ pathwayId: true }))
    .output(z.array(SliceEntrySchema))
    .query(async ({ ctx, input }) => (await readPathway(ctx, input.pathwayId, 'pathway.timeline')).entries),

  advice: authedProcedure
    .input(OnPathwaySchema.pick({ pathwayId: true }))
    .output(z.array(AdviceSchema))
    .query(async ({ ctx, input }) => (await readPathway(ctx, input.pathwayId, 'pathway.advice')).advice),
} satisfies TRPCRouterRecord;
