import {
  appendEvents,
  type CitizenRow,
  findOrganisation,
  isConcurrencyConflict,
  loadPathway,
  type PathwayRow,
  writeAudit,
} from '@rygforlob/db';
import {
  type Actor,
  AdviceSchema,
  addressedParties,
  adviceFor,
  advise,
  type Command,
  type Decision,
  decide,
  fold,
  knownState,
  type PathwayEvent,
  type PathwayState,
  RelationSchema,
  relationOf,
  slice,
  type Violation,
  ViolationSchema,
  WithheldEntrySchema,
} from '@rygforlob/domain';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { notFound, refuse } from './errors.ts';
import type { AuthedViewer, Context } from './trpc.ts';

/**
 * A slice entry on its way out. A withheld entry is parsed in full (it must carry nothing but
 * type, author and time). A full event is checked by shape only: it was parsed by
 * PathwayEventSchema on its way into the store, the store is append-only, and slice() decided
 * the viewer may see it; parsing every event of the pathway again on every read cost about a
 * twentieth of a read's CPU and proved nothing more (issue 11's profile).
 */
export const SliceEntryOutputSchema = z.discriminatedUnion('visibility', [
  z.object({
    visibility: z.literal('full'),
    event: z.custom<PathwayEvent>(
      (value) =>
        typeof value === 'object' &&
        value !== null &&
        typeof (value as { type?: unknown }).type === 'string' &&
        Number.isInteger((value as { seq?: unknown }).seq),
      'a stored pathway event',
    ),
  }),
  WithheldEntrySchema,
]);

/** What every pathway procedure returns: the viewer's slice, never more (design.md). */
export const PathwayViewSchema = z.object({
  pathwayId: z.string(),
  version: z.number().int(),
  status: z.enum(['open', 'closed']),
  citizen: z.object({
    id: z.string(),
    name: z.string(),
    cpr: z.string(),
    birthDate: z.string(),
    sex: z.string(),
    municipality: z.string(),
  }),
  coordinatorOrganisationId: z.string(),
  relation: RelationSchema,
  consented: z.boolean(),
  /** The purposes the viewer's organisation holds an active consent for (CONSENT-PURPOSE). */
  purposes: z.array(z.enum(['treatment', 'employment'])),
  entries: z.array(SliceEntryOutputSchema),
  advice: z.array(AdviceSchema),
});
export type PathwayView = z.infer<typeof PathwayViewSchema>;

export const CommandResultSchema = z.object({ view: PathwayViewSchema, warnings: z.array(ViolationSchema) });

/** The input every pathway procedure starts from. `expectedVersion`: the version the user acted on. */
export const OnPathwaySchema = z.object({
  pathwayId: z.uuid(),
  expectedVersion: z.number().int().min(0).optional(),
});

type Ctx = Context & { viewer: AuthedViewer };

const auditAs = (ctx: Ctx) => ({
  userId: ctx.viewer.userId,
  organisationId: ctx.viewer.organisationId,
  actor: ctx.viewer.actor,
});

function present(ctx: Ctx, pathway: PathwayRow, citizen: CitizenRow, state: PathwayState): PathwayView {
  const view = slice(state, ctx.viewer);
  if (!view) throw notFound();
  return {
    pathwayId: pathway.id,
    version: state.version,
    status: state.status,
    citizen: {
      id: citizen.id,
      name: citizen.name,
      cpr: citizen.cpr,
      birthDate: citizen.birthDate,
      sex: citizen.sex,
      municipality: citizen.municipality,
    },
    // The coordinator moves with `coordinatorChanged` (COORDINATOR-LISTING); the row keeps the first.
    coordinatorOrganisationId: state.coordinator?.organisationId ?? pathway.coordinatorOrgId,
    relation: view.relation,
    consented: view.consented,
    purposes: view.purposes,
    entries: view.entries,
    advice: adviceFor(advise(view.state, ctx.now().toISOString()), ctx.viewer),
  };
}

async function load(ctx: Ctx, pathwayId: string, action: string) {
  const loaded = await loadPathway(ctx.database.db, pathwayId);
  if (!loaded) {
    await writeAudit(ctx.database.db, {
      ...auditAs(ctx),
      action,
      outcome: 'not-found',
      detail: { reason: 'no-pathway' },
    });
    throw notFound();
  }
  return { pathway: loaded.pathway, citizen: loaded.citizen, state: fold(loaded.events) };
}

/**
 * Reads a pathway as the viewer may see it, audit-logged. No relation to the pathway is the same
 * NOT_FOUND as no pathway: the viewer learns nothing.
 */
export async function readPathway(ctx: Ctx, pathwayId: string, action: string): Promise<PathwayView> {
  const { pathway, citizen, state } = await inspectPathway(ctx, pathwayId, action);
  return present(ctx, pathway, citizen, state);
}

/** The full state, for procedures that must judge (never return) it; access checked and audited. */
export async function inspectPathway(ctx: Ctx, pathwayId: string, action: string) {
  const loaded = await load(ctx, pathwayId, action);
  const ids = { citizenId: loaded.citizen.id, pathwayId: loaded.pathway.id };
  if (!relationOf(loaded.state, ctx.viewer)) {
    await writeAudit(ctx.database.db, {
      ...auditAs(ctx),
      ...ids,
      action,
      outcome: 'denied',
      detail: { reason: 'no-relation' },
    });
    throw notFound();
  }
  await writeAudit(ctx.database.db, { ...auditAs(ctx), ...ids, action, outcome: 'ok' });
  return loaded;
}

/**
 * The domain's decision, with what only the directory and the register know: the actor and
 * municipality of every organisation the command involves (RECIPIENT-ACTOR, HOME-MUNICIPALITY),
 * and the pathway's citizen with the GP practice they are listed with (COORDINATOR-LISTING, and
 * whether a citizen viewer acts on their own pathway).
 */
export async function decideWithDirectory(
  ctx: Ctx,
  state: PathwayState,
  command: Command,
  citizen: Pick<CitizenRow, 'id' | 'listedWith'>,
): Promise<Decision> {
  const organisationIds = new Set([
    ctx.viewer.organisationId,
    ...addressedParties(command).map(({ party }) => party.organisationId),
    ...(command.type === 'pathwayOpened' ? [command.coordinator.organisationId] : []),
  ]);
  const directory = new Map<string, DirectoryEntry | undefined>();
  for (const id of organisationIds) directory.set(id, await directoryEntry(ctx, id));
  const options = {
    municipalityOf: (id: string) => directory.get(id)?.municipality,
    actorOf: (id: string) => directory.get(id)?.actor,
    register: { citizenId: citizen.id, listedWith: citizen.listedWith },
  };
  const now = ctx.now().toISOString();
  const decision = decide(state, command, ctx.viewer, now, options);
  return { ...decision, warnings: seenWarnings(decision.warnings, state, command, ctx.viewer, now, options) };
}

/**
 * The warnings the viewer would also get deciding on its own slice: a warning drawn from a fact
 * the slice withholds (SURG-NONSPECIFIC names the triage's target group) would tell a participant
 * without consent what it may not read (issue 8, insider.oracles.test.ts). The decision itself
 * stays the whole pathway's.
 */
function seenWarnings(
  warnings: Violation[],
  state: PathwayState,
  command: Command,
  viewer: AuthedViewer,
  now: string,
  options: Parameters<typeof decide>[4],
): Violation[] {
  if (warnings.length === 0) return warnings;
  const known = knownState(state, viewer);
  const seen = new Set(decide(known, command, viewer, now, options).warnings.map((w) => JSON.stringify(w)));
  return warnings.filter((w) => seen.has(JSON.stringify(w)));
}

/** What the directory says of an organisation: its actor and municipality. */
interface DirectoryEntry {
  actor: Actor;
  municipality?: string;
}

/** An organisation's entry rarely changes: remembered for a while, per database. */
const DIRECTORY_TTL_MS = 5 * 60_000;
const directoryCache = new WeakMap<object, Map<string, { entry?: DirectoryEntry; until: number }>>();

async function directoryEntry(ctx: Ctx, organisationId: string): Promise<DirectoryEntry | undefined> {
  let cache = directoryCache.get(ctx.database);
  if (!cache) {
    cache = new Map();
    directoryCache.set(ctx.database, cache);
  }
  const at = Date.now();
  const cached = cache.get(organisationId);
  if (cached && cached.until > at) return cached.entry;
  const row = await findOrganisation(ctx.database.db, organisationId);
  const entry = row
    ? { actor: row.actor as Actor, ...(row.municipality ? { municipality: row.municipality } : {}) }
    : undefined;
  cache.set(organisationId, { ...(entry ? { entry } : {}), until: at + DIRECTORY_TTL_MS });
  return entry;
}

/**
 * Runs one command against a pathway: the domain decides, the store appends at the version the
 * decision was made on (a concurrent writer gives CONFLICT, never a lost event), and the audit
 * log records the attempt either way.
 */
export async function runCommand(
  ctx: Ctx,
  input: z.infer<typeof OnPathwaySchema>,
  command: Command,
  action: string,
): Promise<{ view: PathwayView; warnings: Violation[] }> {
  const { pathway, citizen, state } = await load(ctx, input.pathwayId, action);
  const ids = { citizenId: citizen.id, pathwayId: pathway.id };
  const decision = await decideWithDirectory(ctx, state, command, citizen);
  if (!decision.ok) {
    // A stranger learns nothing, not even why (ACTOR-PERMISSION and PATHWAY-STATE are judged before
    // the relation): only a self-referral may come from outside the pathway.
    const selfReferral = command.type === 'referralSent' && command.selfReferral === true;
    const relisting =
      command.type === 'coordinatorChanged' && citizen.listedWith === ctx.viewer.organisationId;
    // A self-referral to another municipality's citizen (HOME-MUNICIPALITY) is told as no pathway:
    // that citizen is not the team's to know of, as citizen.findByCpr says too (issue 9).
    const foreignCitizen =
      selfReferral &&
      !relationOf(state, ctx.viewer) &&
      decision.violations.some((v) => v.rule === 'HOME-MUNICIPALITY');
    const unrelated =
      foreignCitizen ||
      (!selfReferral && !relisting && !relationOf(state, ctx.viewer)) ||
      decision.violations.some((v) => v.params?.reason === 'no-relation');
    const rules = decision.violations.map((v) => v.rule);
    await writeAudit(ctx.database.db, {
      ...auditAs(ctx),
      ...ids,
      action,
      outcome: 'denied',
      detail: { rules },
    });
    if (unrelated) throw notFound();
    throw refuse(decision.violations, decision.warnings);
  }
  if (input.expectedVersion !== undefined && input.expectedVersion !== state.version)
    throw conflict(state.version);
  try {
    // The audit row commits with the events: no append without its row, and one commit for both.
    const appended = await appendEvents(ctx.database.db, pathway.id, state.version, decision.events, {
      prior: state.events,
      audit: {
        ...auditAs(ctx),
        ...ids,
        action,
        outcome: 'ok',
        detail: {
          events: decision.events.map((e) => e.type),
          warnings: decision.warnings.map((w) => w.rule),
        },
      },
    });
    return { view: present(ctx, pathway, citizen, appended.state), warnings: decision.warnings };
  } catch (error) {
    if (isConcurrencyConflict(error)) throw conflict(error.actualVersion);
    throw error;
  }
}

const conflict = (actual?: number) =>
  new TRPCError({
    code: 'CONFLICT',
    message: `the pathway changed (now at version ${actual ?? 'newer'}): reload and try again`,
  });

export { auditAs };

/**
 * A list of citizens (worklist, inbox, caseload, clocks) shows each listed citizen's name, CPR
 * and news: a read of each one's data. One audit row names them all, and each citizen's access
 * log finds it (listedCitizenIds).
 */
export async function auditListed(
  ctx: Ctx,
  action: string,
  listed: readonly { citizenId: string }[],
  detail: Record<string, unknown> = {},
): Promise<void> {
  const listedCitizenIds = [...new Set(listed.map((row) => row.citizenId))];
  await writeAudit(ctx.database.db, {
    ...auditAs(ctx),
    listedCitizenIds,
    action,
    outcome: 'ok',
    detail: { ...detail, rows: listed.length },
  });
}
