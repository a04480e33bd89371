import { randomUUID } from 'node:crypto';
import {
  createPathway,
  findCitizen,
  loadPathway,
  OpenPathwayExists,
  pathwaysForCitizen,
  writeAudit,
} from '@rygforlob/db';
import {
  ACTORS_FOR,
  AdviceSchema,
  EventPayloads,
  fold,
  relationOf,
  ScopeAnswersSchema,
  SliceEntrySchema,
  type Violation,
} from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { notFound, refuse } from '../errors.ts';
import {
  auditAs,
  decideWithDirectory,
  OnPathwaySchema,
  type PathwayView,
  PathwayViewSchema,
  readPathway,
} from '../pathway-access.ts';
import { authedProcedure } from '../trpc.ts';
import { commandProcedure } from './command.ts';

export const pathwayRouter = {
  /**
   * Opens the citizen's pathway with the scope check (SCOPE-*). Its coordinator is the GP practice
   * the register lists the citizen with (COORDINATOR-LISTING): that practice opens it, or another
   * clinician opens it naming that practice; no other GP can. One open pathway per citizen.
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
      // ACTOR-PERMISSION before the citizen is looked up: an actor that may not open a pathway gets
      // one answer for every citizen id, never whether the citizen or an open pathway exists.
      if (!ACTORS_FOR.pathwayOpened?.includes(ctx.viewer.actor)) {
        await writeAudit(db, {
          ...auditAs(ctx),
          action: 'pathway.open',
          outcome: 'denied',
          detail: { rules: ['ACTOR-PERMISSION'] },
        });
        throw refuse([
          {
            rule: 'ACTOR-PERMISSION',
            field: 'type',
            params: { command: 'pathwayOpened', actor: ctx.viewer.actor },
          },
        ]);
      }
      const citizen = await findCitizen(db, input.citizenId);
      if (!citizen) throw notFound('citizen');
      const refused = async (violations: Violation[], warnings: Violation[] = []) => {
        await writeAudit(db, {
          ...auditAs(ctx),
          citizenId: citizen.id,
          action: 'pathway.open',
          outcome: 'denied',
          detail: { rules: violations.map((v) => v.rule) },
        });
        return refuse(violations, warnings);
      };
      /** PATHWAY-STATE already-open, the open pathway's id only for those related to it. */
      const alreadyOpen = async (): Promise<Violation | null> => {
        for (const row of await pathwaysForCitizen(db, citizen.id)) {
          const loaded = await loadPathway(db, row.id);
          const state = fold(loaded?.events ?? []);
          if (state.status !== 'open') continue;
          // A stranger learns that one exists, no more.
          const related = relationOf(state, ctx.viewer) !== null;
          return {
            rule: 'PATHWAY-STATE',
            field: 'citizenId',
            params: { reason: 'already-open', ...(related ? { pathwayId: row.id } : {}) },
          };
        }
        return null;
      };
      const open = await alreadyOpen();
      if (open) throw await refused([open]);
      const coordinatorId =
        input.coordinatorOrganisationId ??
        citizen.listedWith ??
        (ctx.viewer.actor === 'gp' ? ctx.viewer.organisationId : undefined);
      if (!coordinatorId) {
        throw await refused([
          { rule: 'COORDINATOR-LISTING', field: 'coordinator', params: { reason: 'unlisted' } },
        ]);
      }
      const decision = await decideWithDirectory(
        ctx,
        fold([]),
        {
          type: 'pathwayOpened',
          citizen: { birthDate: citizen.birthDate, municipality: citizen.municipality },
          coordinator: { actor: 'gp', organisationId: coordinatorId },
          scope: input.scope,
          consentToCoordinator: input.consentToCoordinator,
        },
        citizen,
      );
      if (!decision.ok) throw await refused(decision.violations, decision.warnings);
      const id = randomUUID();
      try {
        await createPathway(db, {
          id,
          citizenId: citizen.id,
          coordinatorOrgId: coordinatorId,
          events: decision.events,
        });
      } catch (error) {
        // Another open of this citizen committed since the check above: the database's index
        // (one open pathway per citizen) refused this one. The same answer as the check gives.
        if (!(error instanceof OpenPathwayExists)) throw error;
        const won = await alreadyOpen();
        throw await refused([
          won ?? { rule: 'PATHWAY-STATE', field: 'citizenId', params: { reason: 'already-open' } },
        ]);
      }
      return readPathway(ctx, id, 'pathway.open');
    }),

  /**
   * COORDINATOR-LISTING: the citizen changed GP. The practice the register now lists them with
   * (or the citizen) records `coordinatorChanged`; the coordinator is the register's, never the request's.
   */
  changeCoordinator: commandProcedure(
    'coordinatorChanged',
    EventPayloads.coordinatorChanged,
    'pathway.coordinator-changed',
  ),

  /**
   * The viewer's slice of the pathway, with advice computed from that slice only. No output
   * validator on this, the hottest read (issue 11: parsing the view again copied all of it on every
   * read): readPathway builds a PathwayView field by field from slice(), and read-output.test.ts
   * holds every viewer's answer to PathwayViewSchema, which would strip nothing from it.
   */
  get: authedProcedure
    .input(OnPathwaySchema.pick({ pathwayId: true }))
    .query(({ ctx, input }): Promise<PathwayView> => readPathway(ctx, input.pathwayId, 'pathway.get')),

  timeline: authedProcedure
    .input(OnPathwaySchema.pick({ pathwayId: true }))
    .output(z.array(SliceEntrySchema))
    .query(async ({ ctx, input }) => (await readPathway(ctx, input.pathwayId, 'pathway.timeline')).entries),

  advice: authedProcedure
    .input(OnPathwaySchema.pick({ pathwayId: true }))
    .output(z.array(AdviceSchema))
    .query(async ({ ctx, input }) => (await readPathway(ctx, input.pathwayId, 'pathway.advice')).advice),
} satisfies TRPCRouterRecord;
