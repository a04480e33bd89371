import {
  findOrganisation,
  listAuditForCitizen,
  loadPathway,
  pathwaysForCitizen,
  writeAudit,
} from '@rygforlob/db';
import {
  type AccessReason,
  accessReason,
  type Command,
  EventPayloads,
  fold,
  hasConsent,
  type PathwayState,
} from '@rygforlob/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import {
  auditAsCitizen,
  citizenProcedure,
  loadMine,
  MyPathwaySchema,
  me,
  NamedOrganisationSchema,
  namedOrganisations,
  organisationsOf,
  presentMine,
  runMine,
} from '../citizen-access.ts';
import { publicProcedure } from '../trpc.ts';

/** A pathway of the citizen's, and the version the citizen acted on (CONFLICT if it moved). */
const OnMine = z.object({ pathwayId: z.uuid(), expectedVersion: z.number().int().min(0).optional() });

const PathwaySummarySchema = z.object({
  pathwayId: z.string(),
  status: z.enum(['open', 'closed']),
  openedAt: z.string().nullable(),
  coordinatorOrganisationId: z.string(),
});

/** One line of "Hvem har set mine oplysninger": who, in what role, what, when, and why they could. */
const AccessLogEntrySchema = z.object({
  id: z.number(),
  at: z.string(),
  /** The citizen themselves (`self`), or an organisation. */
  who: z.enum(['self', 'organisation', 'unknown']),
  organisationId: z.string().nullable(),
  actor: z.string().nullable(),
  action: z.string(),
  kind: z.enum(['read', 'write', 'list', 'sign-in']),
  outcome: z.enum(['ok', 'denied', 'not-found']),
  reason: z.enum(['coordinator', 'consent', 'referral', 'author', 'none']).nullable(),
});

const ACCESS_LOG_PAGE = 200;

const WRITE_PREFIXES = [
  'triage.',
  'assessment.',
  'plan.',
  'intervention.',
  'medication.',
  'note.',
  'consent.',
];
const isWrite = (action: string, detail: Record<string, unknown>) =>
  Array.isArray(detail.events) ||
  action === 'citizen.register' ||
  WRITE_PREFIXES.some((prefix) => action.startsWith(prefix)) ||
  /\.(send|accept|decline|open|close|record|give|withdraw|answer|request)/.test(action);

/**
 * Min side: the citizen's own procedures. Every one checks the citizen's own session, returns only
 * their own slice (domain citizenSlice) and writes an audit row naming them.
 */
export const meRouter = {
  /** Who is signed in, or nobody: Min side's first question. */
  session: publicProcedure
    .output(
      z.object({ signedIn: z.literal(false) }).or(z.object({ signedIn: z.literal(true), name: z.string() })),
    )
    .query(async ({ ctx }) => {
      if (!ctx.citizen) return { signedIn: false as const };
      const citizen = await me({ ...ctx, citizen: ctx.citizen });
      await writeAudit(ctx.database.db, {
        ...auditAsCitizen({ ...ctx, citizen: ctx.citizen }),
        action: 'me.session',
        outcome: 'ok',
      });
      return { signedIn: true as const, name: citizen.name };
    }),

  pathways: citizenProcedure.output(z.array(PathwaySummarySchema)).query(async ({ ctx }) => {
    const rows = await pathwaysForCitizen(ctx.database.db, ctx.citizen.citizenId);
    await writeAudit(ctx.database.db, {
      ...auditAsCitizen(ctx),
      action: 'me.pathways',
      outcome: 'ok',
      detail: { rows: rows.length },
    });
    return rows
      .map((row) => ({
        pathwayId: row.id,
        status: row.status,
        openedAt: row.openedAt ? row.openedAt.toISOString() : null,
        coordinatorOrganisationId: row.coordinatorOrgId,
      }))
      .reverse();
  }),

  pathway: citizenProcedure
    .input(z.object({ pathwayId: z.uuid() }))
    .output(MyPathwaySchema)
    .query(async ({ ctx, input }) => {
      const { pathway, view } = await loadMine(ctx, input.pathwayId, 'me.pathway');
      return presentMine(ctx, pathway, view);
    }),

  /**
   * The organisations of the citizen's pathway (authors and addressees) that have no active
   * consent, with the purpose their actor can hold (CONSENT-PURPOSE): whom the citizen can give one.
   */
  consentChoices: citizenProcedure
    .input(z.object({ pathwayId: z.uuid() }))
    .output(
      z.array(
        z.object({ organisation: NamedOrganisationSchema, purpose: z.enum(['treatment', 'employment']) }),
      ),
    )
    .query(async ({ ctx, input }) => {
      const { state } = await loadMine(ctx, input.pathwayId, 'me.consentChoices');
      const organisations = await organisationsOf(ctx, state);
      return organisations
        .filter((o) => o.actor !== 'citizen' && !hasConsent(state, o.id))
        .map((organisation) => ({
          organisation,
          purpose: organisation.actor === 'jobcentre' ? ('employment' as const) : ('treatment' as const),
        }));
    }),

  /** CONSENT-BY (p.50): the citizen gives consent themselves, to an organisation of their pathway. */
  giveConsent: citizenProcedure
    .input(
      OnMine.extend({
        consentId: EventPayloads.consentGiven.shape.consentId,
        recipientOrganisationId: z.string().min(1).max(200),
        purpose: EventPayloads.consentGiven.shape.purpose,
      }),
    )
    .output(MyPathwaySchema)
    .mutation(async ({ ctx, input }) => {
      // The recipient's actor is the directory's, never the request's (RECIPIENT-ACTOR).
      const organisation = await findOrganisation(ctx.database.db, input.recipientOrganisationId);
      const command: Command = {
        type: 'consentGiven',
        consentId: input.consentId,
        recipient: {
          actor: organisation?.actor ?? 'gp',
          organisationId: input.recipientOrganisationId,
        },
        purpose: input.purpose,
        givenBy: 'citizen',
      };
      return runMine(ctx, input, command, 'me.consent.give');
    }),

  /** The citizen withdraws any consent on their pathway, with effect at once (CONSENT-BY). */
  withdrawConsent: citizenProcedure
    .input(OnMine.extend({ consentId: EventPayloads.consentWithdrawn.shape.consentId }))
    .output(MyPathwaySchema)
    .mutation(({ ctx, input }) =>
      runMine(ctx, input, { type: 'consentWithdrawn', consentId: input.consentId }, 'me.consent.withdraw'),
    ),

  /**
   * Min side's questionnaires: the citizen answers at home what a clinician asked for; the domain
   * scores it as in the clinic, and it lands in the pathway as answered by the citizen.
   */
  answerQuestionnaire: citizenProcedure
    .input(
      OnMine.extend({
        requestId: EventPayloads.questionnaireRequested.shape.requestId,
        questionnaire: EventPayloads.questionnaireCompleted.shape.questionnaire,
      }),
    )
    .output(MyPathwaySchema)
    .mutation(({ ctx, input }) =>
      runMine(
        ctx,
        input,
        { type: 'questionnaireCompleted', requestId: input.requestId, questionnaire: input.questionnaire },
        'me.questionnaire.answer',
      ),
    ),

  /**
   * "Hvem har set mine oplysninger": every audit row that names the citizen (reads, writes, list
   * views that showed them, their own reads), newest first; filtered by who and what. Only ever
   * the signed-in citizen's own log.
   */
  accessLog: citizenProcedure
    .input(
      z
        .object({
          who: z.enum(['all', 'self', 'others']).default('all'),
          kind: z.enum(['all', 'read', 'write', 'list', 'sign-in']).default('all'),
          organisationId: z.string().max(200).optional(),
          /** The page older than this entry (its id): the log is read a page at a time, newest first. */
          cursor: z.number().int().positive().optional(),
        })
        .default({ who: 'all', kind: 'all' }),
    )
    .output(
      z.object({
        entries: z.array(AccessLogEntrySchema),
        organisations: z.array(NamedOrganisationSchema),
        /** The cursor of the next, older page; null when this page reaches the first entry. */
        older: z.number().nullable(),
      }),
    )
    .query(async ({ ctx, input }) => {
      const db = ctx.database.db;
      const citizenId = ctx.citizen.citizenId;
      const rows = await listAuditForCitizen(db, citizenId);
      // The states of the citizen's pathways, to say why each organisation could look.
      const states = new Map<string, PathwayState>();
      for (const row of await pathwaysForCitizen(db, citizenId)) {
        const loaded = await loadPathway(db, row.id);
        if (loaded && loaded.citizen.id === citizenId) states.set(row.id, fold(loaded.events));
      }
      const self = `citizen:${citizenId}`;
      const entries = rows
        .map((row) => {
          const mine = row.userId === self || row.organisationId === self;
          const listed = !row.citizenId && (row.listedCitizenIds ?? []).includes(citizenId);
          const kind = row.action.endsWith('signIn')
            ? ('sign-in' as const)
            : listed
              ? ('list' as const)
              : isWrite(row.action, row.detail)
                ? ('write' as const)
                : ('read' as const);
          const state = row.pathwayId ? states.get(row.pathwayId) : undefined;
          const reasons = [...(state ? [state] : [...states.values()])]
            .map((s) =>
              row.organisationId ? accessReason(s, row.organisationId, row.at.toISOString()) : null,
            )
            .filter((r): r is AccessReason => r !== null);
          return {
            id: row.id,
            at: row.at.toISOString(),
            who: mine
              ? ('self' as const)
              : row.organisationId
                ? ('organisation' as const)
                : ('unknown' as const),
            organisationId: mine ? null : row.organisationId,
            actor: row.actor,
            action: row.action,
            kind,
            outcome: row.outcome,
            reason: mine ? null : (reasons[0] ?? ('none' as const)),
          };
        })
        .filter(
          (e) =>
            (input.who === 'all' || (input.who === 'self') === (e.who === 'self')) &&
            (input.kind === 'all' || e.kind === input.kind) &&
            (!input.organisationId || e.organisationId === input.organisationId),
        )
        .reverse()
        .filter((e) => input.cursor === undefined || e.id < input.cursor);
      // A page at a time, newest first, and every older page one request away: a single read by a
      // stranger must stay findable however many reads came after it (issue 9's review).
      const page = entries.slice(0, ACCESS_LOG_PAGE);
      const older = entries.length > page.length ? (page.at(-1)?.id ?? null) : null;
      await writeAudit(db, { ...auditAsCitizen(ctx), action: 'me.accessLog', outcome: 'ok' });
      const organisations = await namedOrganisations(
        ctx,
        page.flatMap((e) => (e.organisationId ? [e.organisationId] : [])),
      );
      return { entries: page, organisations, older };
    }),
} satisfies TRPCRouterRecord;
