import { listOrganisations } from '@rygforlob/db';
import { ActorSchema } from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { authedProcedure } from '../trpc.ts';

const OrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  actor: ActorSchema,
  municipality: z.string().nullable(),
  /** The number citizens call (the printed "Min plan" names the practice's), null when unknown. */
  phone: z.string().nullable(),
});

/** Organisations, for choosing a recipient or coordinator: no citizen data. */
export const directoryRouter = {
  organisations: authedProcedure
    .input(z.object({ actor: ActorSchema.optional() }).default({}))
    .output(z.array(OrganisationSchema))
    .query(async ({ ctx, input }) =>
      (await listOrganisations(ctx.database.db, input.actor ? { actor: input.actor } : {})).map((org) => ({
        id: org.id,
        name: org.name,
        actor: org.actor,
        municipality: org.municipality ?? null,
        phone: org.phone ?? null,
      })),
    ),
} satisfies TRPCRouterRecord;
