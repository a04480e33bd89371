import {
  countAttempt,
  findCitizenByCpr,
  findOrganisation,
  InvalidCpr,
  loadPathway,
  pathwaysForCitizen,
  registerCitizen,
  writeAudit,
} from '@rygforlob/db';
import {
  fold,
  isRsdMunicipality,
  parseCpr,
  registerRefusal,
  relationOf,
  SECTOR_OF,
  type Violation,
} from '@rygforlob/domain';
import { TRPCError, type TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { refuse } from '../errors.ts';
import { auditAs } from '../pathway-access.ts';
import { type AuthedViewer, authedProcedure, type Context } from '../trpc.ts';

const CitizenSchema = z.object({
  id: z.string(),
  name: z.string(),
  cpr: z.string(),
  birthDate: z.string(),
  sex: z.string(),
  municipality: z.string(),
});

/** A pathway of the citizen as a stranger may know it: that it exists, and whether it is theirs. */
const PathwayRefSchema = z.object({
  id: z.string(),
  status: z.enum(['open', 'closed']),
  related: z.boolean(),
  openedAt: z.string().nullable(),
});

const cprInput = z.object({ cpr: z.string().trim().min(1).max(20) });

/** The birth date a CPR number names: what a lookup audits when nobody has it (never the number). */
export function birthDateOf(cpr: string): string | null {
  const parsed = parseCpr(cpr);
  return parsed.ok ? parsed.value.birthDate : null;
}

function parsedCpr(cpr: string): string {
  const parsed = parseCpr(cpr);
  if (!parsed.ok) throw refuse(parsed.violations);
  return parsed.value.cpr;
}

/**
 * A municipality's staff (prevention §119, rehabilitation §140, jobcentre) serve the citizens of
 * their own municipality only: a viewer of one municipality never sees another's citizens
 * (issue 5). Practices and regional actors serve anyone (null). An organisation registered without
 * a municipality is not limited (the API's test fixtures; every real municipal one has it).
 * Resolved before the CPR is looked up, so a found and a missing citizen cost the same queries.
 */
async function municipalReach(ctx: Context & { viewer: AuthedViewer }): Promise<string | null> {
  if (SECTOR_OF[ctx.viewer.actor] !== 'municipality') return null;
  const organisation = await findOrganisation(ctx.database.db, ctx.viewer.organisationId);
  return organisation?.municipality ?? null;
}

/**
 * CPR lookups per user are limited (issue 9: 200 lookups in one batched GET answered in 430 ms,
 * name, birth date and municipality for any CPR number). Counted in the database, so the limit
 * holds across server processes; a refusal is audited as a refused lookup. `key`: whose count
 * (a FHIR client's messages count as `cpr:fhir-client:<id>`, apps/server fhir/process-message.ts).
 */
export async function limitLookups(
  ctx: Context & { viewer: AuthedViewer },
  action: string,
  key = `cpr:user:${ctx.viewer.userId}`,
): Promise<void> {
  const verdict = await countAttempt(ctx.database.db, key, ctx.limits.cprLookups, ctx.now());
  if (verdict.allowed) return;
  await writeAudit(ctx.database.db, {
    ...auditAs(ctx),
    action,
    outcome: 'denied',
    detail: { reason: 'rate-limited' },
  });
  const seconds = Math.ceil(verdict.retryAfterMs / 1000);
  ctx.response?.header('retry-after', String(seconds));
  throw new TRPCError({
    code: 'TOO_MANY_REQUESTS',
    message: `too many CPR lookups; try again in ${seconds} s`,
  });
}

export const citizenRouter = {
  /** Find a citizen by CPR, with the pathways the viewer may open or join (existence only). */
  findByCpr: authedProcedure
    .input(cprInput)
    .output(z.object({ citizen: CitizenSchema.nullable(), pathways: z.array(PathwayRefSchema) }))
    .query(async ({ ctx, input }) => {
      const db = ctx.database.db;
      const cpr = parsedCpr(input.cpr);
      await limitLookups(ctx, 'citizen.find');
      const reach = await municipalReach(ctx);
      const found = await findCitizenByCpr(db, cpr);
      if (found && reach !== null && found.municipality !== reach) {
        // Told as not found, the same bytes: the other municipality's citizen is not this viewer's
        // to know of (insider.existence.test.ts). The citizen's own access log shows the attempt.
        await writeAudit(db, {
          ...auditAs(ctx),
          citizenId: found.id,
          action: 'citizen.find',
          outcome: 'denied',
          detail: { reason: 'other-municipality' },
        });
        return { citizen: null, pathways: [] };
      }
      const citizen = found;
      await writeAudit(db, {
        ...auditAs(ctx),
        citizenId: citizen?.id ?? null,
        action: 'citizen.find',
        outcome: citizen ? 'ok' : 'not-found',
        // What was searched: the citizen when found; else the birth date the number names (never the number).
        detail: citizen ? { lookup: 'cpr' } : { lookup: 'cpr', birthDate: birthDateOf(cpr) },
      });
      if (!citizen) return { citizen: null, pathways: [] };
      const rows = await pathwaysForCitizen(db, citizen.id);
      const pathways = await Promise.all(
        rows.map(async (row) => {
          const loaded = await loadPathway(db, row.id);
          const state = fold(loaded?.events ?? []);
          return {
            id: row.id,
            status: state.status,
            related: relationOf(state, ctx.viewer) !== null,
            openedAt: state.opened?.at ?? null,
          };
        }),
      );
      return { citizen: { ...citizen, birthDate: citizen.birthDate }, pathways };
    }),

  /**
   * Registers a citizen, or finds the one registered (created: false). The act of the practice or
   * regional actor that takes the citizen in (REGISTER-ACTOR); no municipal actor registers.
   */
  register: authedProcedure
    .input(
      cprInput.extend({
        name: z.string().trim().min(1).max(200),
        municipality: z.string().trim().min(1).max(100),
        /**
         * The GP practice the citizen is listed with (COORDINATOR-LISTING), as the citizen states it;
         * a GP registering a new citizen lists them with its own practice unless told otherwise.
         * It is recorded for a new citizen only: the register of an existing one never changes here.
         */
        listedWith: z.string().trim().min(1).max(100).optional(),
      }),
    )
    .output(z.object({ citizen: CitizenSchema, created: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      // REGISTER-ACTOR (p.14): judged on the actor alone, before the number is parsed, counted or
      // looked up: one answer for every CPR number, existing or not. Audited naming no citizen.
      const notYours = registerRefusal(ctx.viewer.actor);
      if (notYours) {
        await writeAudit(ctx.database.db, {
          ...auditAs(ctx),
          citizenId: null,
          action: 'citizen.register',
          outcome: 'denied',
          detail: { rule: notYours.rule, reason: null },
        });
        throw refuse([notYours]);
      }
      const cpr = parsedCpr(input.cpr);
      await limitLookups(ctx, 'citizen.register');
      const existing = await findCitizenByCpr(ctx.database.db, cpr);
      // A refused registration is audited as refused (issue 9), naming the citizen if one exists.
      const refused = async (violation: Violation) => {
        await writeAudit(ctx.database.db, {
          ...auditAs(ctx),
          citizenId: existing?.id ?? null,
          action: 'citizen.register',
          outcome: 'denied',
          detail: { rule: violation.rule, reason: violation.params?.reason ?? null },
        });
        return refuse([violation]);
      };
      if (!isRsdMunicipality(input.municipality)) {
        throw await refused({
          rule: 'SCOPE-REGION',
          field: 'municipality',
          params: { municipality: input.municipality },
        });
      }
      const listedWith =
        input.listedWith ?? (ctx.viewer.actor === 'gp' ? ctx.viewer.organisationId : undefined);
      if (listedWith && (await findOrganisation(ctx.database.db, listedWith))?.actor !== 'gp') {
        throw await refused({
          rule: 'COORDINATOR-LISTING',
          field: 'listedWith',
          params: { reason: 'not-a-gp-practice' },
        });
      }
      try {
        const { citizen, created } = await registerCitizen(ctx.database.db, {
          cpr: input.cpr,
          name: input.name,
          municipality: input.municipality,
          listedWith: listedWith ?? null,
        });
        await writeAudit(ctx.database.db, {
          ...auditAs(ctx),
          citizenId: citizen.id,
          action: 'citizen.register',
          outcome: 'ok',
          detail: { created },
        });
        return { citizen, created };
      } catch (error) {
        if (error instanceof InvalidCpr) throw refuse(error.violations);
        throw error;
      }
    }),
} satisfies TRPCRouterRecord;
