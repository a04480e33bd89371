import {
  appendEvents,
  type CitizenRow,
  findCitizen,
  findOrganisation,
  isConcurrencyConflict,
  loadPathway,
  type PathwayRow,
  writeAudit,
} from '@rygforlob/db';
import {
  type Actor,
  ActorSchema,
  AdviceSchema,
  addressedParties,
  addresseesOf,
  advise,
  type CitizenView,
  type Command,
  citizenSlice,
  citizenViewer,
  decide,
  fold,
  type PathwayState,
  SliceEntrySchema,
} from '@rygforlob/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { notFound, refuse } from './errors.ts';
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
export const NamedOrganisationSchema = z.object({
  id: z.string(),
  name: z.string(),
  actor: ActorSchema,
  /** The directory's phone number for citizens, if it has one (Min plan's "whom to call"). */
  phone: z.string().nullable(),
});

/** What Min side gets of one pathway: the citizen's slice, never more (domain citizenSlice). */
export const MyPathwaySchema = z.object({
  pathwayId: z.string(),
  version: z.number().int(),
  status: z.enum(['open', 'closed']),
  coordinatorOrganisationId: z.string(),
  entries: z.array(SliceEntrySchema),
  /** The clocks of the citizen's view (Min plan shows the citizen's own clocks as dates). */
  advice: z.array(AdviceSchema),
  organisations: z.array(NamedOrganisationSchema),
});
export type MyPathway = z.infer<typeof MyPathwaySchema>;

/**
 * The organisations a pathway's facts name (authors and addressees) and its coordinator (the
 * citizen's practice, whose phone Min plan shows), from the directory.
 */
export async function organisationsOf(ctx: CitizenCtx, state: PathwayState, coordinator?: string) {
  const ids = new Set<string>(coordinator ? [coordinator] : []);
  for (const event of state.events) {
    if (!event.by.organisationId.startsWith('citizen:')) ids.add(event.by.organisationId);
    for (const id of addresseesOf(event, state)) ids.add(id);
  }
  return namedOrganisations(ctx, ids);
}

/** The directory's name and actor of each organisation id (unknown ids are left out). */
export async function namedOrganisations(ctx: CitizenCtx, ids: Iterable<string>) {
  const found = await Promise.all([...new Set(ids)].map((id) => findOrganisation(ctx.database.db, id)));
  return found.flatMap((org) =>
    org ? [{ id: org.id, name: org.name, actor: org.actor, phone: org.phone ?? null }] : [],
  );
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
    // The clocks only: the plan shows the citizen's dates; warnings and suggestions are the clinicians'.
    advice: advise(view.state, ctx.now().toISOString()).filter((a) => a.kind === 'clock'),
    organisations: await organisationsOf(ctx, view.state, pathway.coordinatorOrgId),
  };
}

/**
 * One pathway for the signed-in citizen: theirs, or NOT_FOUND (another citizen's pathway and no
 * pathway look the same), the refusal audited. The caller audits what it then does.
 */
async function findMine(ctx: CitizenCtx, pathwayId: string, action: string) {
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
  return { pathway: loaded.pathway, citizen: loaded.citizen, state, view };
}

/** Reads one of the citizen's own pathways, audit-logged (refusals too). */
export async function loadMine(
  ctx: CitizenCtx,
  pathwayId: string,
  action: string,
): Promise<{ pathway: PathwayRow; citizen: CitizenRow; state: PathwayState; view: CitizenView }> {
  const found = await findMine(ctx, pathwayId, action);
  await writeAudit(ctx.database.db, {
    ...auditAsCitizen(ctx),
    pathwayId: found.pathway.id,
    action,
    outcome: 'ok',
  });
  return found;
}

/**
 * The citizen acts on their own pathway (CONSENT-BY: giving and withdrawing consent; answering a
 * questionnaire): the domain decides as the citizen viewer, with the register's facts (whose
 * pathway it is) and the directory's actor and municipality of every party the command names;
 * the append and its audit row commit together. A refusal is BAD_REQUEST with the rule codes.
 */
export async function runMine(
  ctx: CitizenCtx,
  input: { pathwayId: string; expectedVersion?: number | undefined },
  command: Command,
  action: string,
): Promise<MyPathway> {
  const { pathway, citizen, state } = await findMine(ctx, input.pathwayId, action);
  const viewer = citizenViewer(`citizen:${citizen.id}`, citizen.id);
  const directory = new Map<string, { actor: Actor; municipality: string | null } | null>();
  for (const { party } of addressedParties(command)) {
    const org = await findOrganisation(ctx.database.db, party.organisationId);
    directory.set(party.organisationId, org ? { actor: org.actor, municipality: org.municipality } : null);
  }
  const decision = decide(state, command, viewer, ctx.now().toISOString(), {
    actorOf: (id) => directory.get(id)?.actor,
    municipalityOf: (id) => directory.get(id)?.municipality ?? undefined,
    register: { citizenId: citizen.id, listedWith: citizen.listedWith },
  });
  const ids = { ...auditAsCitizen(ctx), pathwayId: pathway.id, action };
  if (!decision.ok) {
    await writeAudit(ctx.database.db, {
      ...ids,
      outcome: 'denied',
      detail: { rules: decision.violations.map((v) => v.rule) },
    });
    throw refuse(decision.violations, decision.warnings);
  }
  if (input.expectedVersion !== undefined && input.expectedVersion !== state.version) {
    throw new TRPCError({ code: 'CONFLICT', message: 'the pathway changed: reload and try again' });
  }
  try {
    const appended = await appendEvents(ctx.database.db, pathway.id, state.version, decision.events, {
      prior: state.events,
      audit: { ...ids, outcome: 'ok', detail: { events: decision.events.map((e) => e.type) } },
    });
    const view = citizenSlice(appended.state, ctx.citizen, citizen.id);
    if (!view) throw notFound();
    return presentMine(ctx, pathway, view);
  } catch (error) {
    if (isConcurrencyConflict(error)) {
      throw new TRPCError({ code: 'CONFLICT', message: 'the pathway changed: reload and try again' });
    }
    throw error;
  }
}

/** The signed-in citizen's register row; a session for a citizen no longer registered is refused. */
export async function me(ctx: CitizenCtx): Promise<CitizenRow> {
  const citizen = await findCitizen(ctx.database.db, ctx.citizen.citizenId);
  if (!citizen) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'sign in first' });
  return citizen;
}
