import {
  type CitizenRow,
  findCitizen,
  findOrganisation,
  loadPathway,
  type PathwayRow,
  writeAudit,
} from '@rygforlob/db';
import {
  ActorSchema,
  AdviceSchema,
  addresseesOf,
  advise,
  type CitizenView,
  citizenSlice,
  fold,
  type PathwayState,
  SliceEntrySchema,
} from '@rygforlob/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { notFound } from './errors.ts';
import { type Context, publicProcedure, type SignedInCitizen } from './trpc.ts';

/** Signed in to Min side as a citizen (the citizen's own session, never a staff one). */
export const citizenProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.citizen) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return next({ ctx: { ...ctx, citizen: ctx.citizen } });
});

export type CitizenCtx = Context & { citizen: SignedInCitizen };

/** The citizen's audit identity: the actor `citizen`, their own id (design.md: every read audited). */
export const auditAsCitizen = (ctx: CitizenCtx) => ({
  userId: `citizen:${ctx.citizen.citizenId}`,
  organisationId: `citizen:${ctx.citizen.citizenId}`,
  actor: 'citizen' as const,
  citizenId: ctx.citizen.citizenId,
});

/** An organisation the citizen's pathway names, with the name Min side shows. */
export const NamedOrganisationSchema = z.object({ id: z.string(), name: z.string(), actor: ActorSchema });

/** What Min side gets of one pathway: the citizen's slice, never more (domain citizenSlice). */
export const MyPathwaySchema = z.object({
  pathwayId: z.string(),
  version: z.number().int(),
  status: z.enum(['open', 'closed']),
  coordinatorOrganisationId: z.string(),
  entries: z.array(SliceEntrySchema),
  /** The clocks and advice of the citizen's view (Min plan shows the citizen's own clocks as dates). */
  advice: z.array(AdviceSchema),
  organisations: z.array(NamedOrganisationSchema),
});
export type MyPathway = z.infer<typeof MyPathwaySchema>;

/** The organisations a pathway's facts name (authors and addressees), from the directory. */
export async function organisationsOf(ctx: CitizenCtx, state: PathwayState) {
  const ids = new Set<string>();
  for (const event of state.events) {
    if (!event.by.organisationId.startsWith('citizen:')) ids.add(event.by.organisationId);
    for (const id of addresseesOf(event, state)) ids.add(id);
  }
  return namedOrganisations(ctx, ids);
}

/** The directory's name and actor of each organisation id (unknown ids are left out). */
export async function namedOrganisations(ctx: CitizenCtx, ids: Iterable<string>) {
  const found = await Promise.all([...new Set(ids)].map((id) => findOrganisation(ctx.database.db, id)));
  return found.flatMap((org) => (org ? [{ id: org.id, name: org.name, actor: org.actor }] : []));
}

export async function presentMine(
  ctx: CitizenCtx,
  pathway: PathwayRow,
  view: CitizenView,
): Promise<MyPathway> {
  return {
    pathwayId: pathway.id,
    version: view.state.version,
    status: view.state.status,
    coordinatorOrganisationId: pathway.coordinatorOrgId,
    entries: view.entries,
    advice: advise(view.state, ctx.now().toISOString()),
    organisations: await organisationsOf(ctx, view.state),
  };
}

/**
 * Loads one pathway for the signed-in citizen: theirs, or NOT_FOUND (another citizen's pathway
 * and no pathway look the same). Audited either way, with the full state for procedures that judge.
 */
export async function loadMine(
  ctx: CitizenCtx,
  pathwayId: string,
  action: string,
): Promise<{ pathway: PathwayRow; citizen: CitizenRow; state: PathwayState; view: CitizenView }> {
  const loaded = await loadPathway(ctx.database.db, pathwayId);
  const state = loaded ? fold(loaded.events) : null;
  const view = loaded && state ? citizenSlice(state, ctx.citizen, loaded.citizen.id) : null;
  if (!loaded || !state || !view) {
    await writeAudit(ctx.database.db, {
      ...auditAsCitizen(ctx),
      pathwayId: loaded ? loaded.pathway.id : null,
      action,
      outcome: loaded ? 'denied' : 'not-found',
      detail: { reason: loaded ? 'not-own-pathway' : 'no-pathway' },
    });
    throw notFound();
  }
  await writeAudit(ctx.database.db, {
    ...auditAsCitizen(ctx),
    pathwayId: loaded.pathway.id,
    action,
    outcome: 'ok',
  });
  return { pathway: loaded.pathway, citizen: loaded.citizen, state, view };
}

/** The signed-in citizen's register row; a session for a citizen no longer registered is refused. */
export async function me(ctx: CitizenCtx): Promise<CitizenRow> {
  const citizen = await findCitizen(ctx.database.db, ctx.citizen.citizenId);
  if (!citizen) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return citizen;
}
