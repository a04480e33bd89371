import { birthDateOf, limitCprLookups, runCommand } from '@rygforlob/api';
import {
  claimMessage,
  completeMessage,
  findCitizenByCpr,
  loadPathway,
  pathwaysForCitizen,
  releaseMessage,
  writeAudit,
} from '@rygforlob/db';
import { fold, relationOf } from '@rygforlob/domain';
import type { Bundle, OperationOutcome } from '@rygforlob/fhir';
import {
  type AcknowledgementCode,
  type DirectoryOrganisation,
  type IncomingMessage,
  type Problem,
  parseIncomingMessage,
  toAcknowledgement,
  toCommand,
  toOperationOutcome,
} from '@rygforlob/fhir';
import { TRPCError } from '@trpc/server';
import type { FhirCaller } from './auth.ts';
import type { CachedDirectory } from './directory.ts';
import { fromTrpc } from './errors.ts';

type Ctx = FhirCaller['ctx'];
const ACTION = 'fhir.process-message';
type Reply = { status: number; body: Bundle | OperationOutcome };

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly problems: Problem[],
  ) {
    super(problems.map((p) => p.diagnostics).join('; '));
  }
}
const refusal = (
  status: number,
  expression: string,
  diagnostics: string,
  code: Problem['code'] = 'business-rule',
) => new Refusal(status, [{ code, expression, diagnostics }]);

/**
 * The sender's pathway for the citizen: open and related to the sender, else refused, told like
 * an unknown citizen, and audit-logged as the api logs a read without relation.
 */
async function pathwayFor(
  ctx: Ctx,
  message: IncomingMessage,
): Promise<{ pathwayId: string; state: ReturnType<typeof fold> }> {
  const db = ctx.database.db;
  const audit = {
    userId: ctx.viewer.userId,
    organisationId: ctx.viewer.organisationId,
    actor: ctx.viewer.actor,
    action: ACTION,
  };
  // The forløbsid a CareCommunication names, if any, is the only pathway it may go to.
  const named = message.kind === 'care-communication' ? message.pathwayId : undefined;
  // Refused the same way whether or not the CPR number is registered (issue 9): the element named
  // is the forløbsid when the message names one, for an unknown citizen too.
  const notFound = () =>
    refusal(
      404,
      named ? 'Encounter.episodeOfCare.identifier' : 'Patient.identifier',
      'NOT_FOUND',
      'not-found',
    );
  const citizen = await findCitizenByCpr(db, message.cpr);
  if (!citizen) {
    // What was searched, as citizen.findByCpr audits it: the birth date, never the number.
    await writeAudit(db, {
      ...audit,
      outcome: 'not-found',
      detail: { reason: 'no-citizen', lookup: 'cpr', birthDate: birthDateOf(message.cpr) },
    });
    throw notFound();
  }
  const rows = [...(await pathwaysForCitizen(db, citizen.id))]
    .reverse()
    .filter((row) => !named || row.id === named);
  for (const row of rows) {
    const loaded = await loadPathway(db, row.id);
    const state = fold(loaded?.events ?? []);
    if (state.status === 'open' && relationOf(state, ctx.viewer)) return { pathwayId: row.id, state };
  }
  await writeAudit(db, {
    ...audit,
    citizenId: citizen.id,
    outcome: 'denied',
    detail: { reason: 'no-relation', ...(named ? { pathwayId: named } : {}) },
  });
  throw notFound();
}

/** Appends what the message says through the api's runCommand: `decide` judges it, as for note.send. */
async function process(
  ctx: Ctx,
  message: IncomingMessage,
  sender: DirectoryOrganisation,
  directory: CachedDirectory,
) {
  if (message.senderSor !== sender.sorCode) {
    throw refusal(
      403,
      'MessageHeader.sender',
      'ACTOR-PERMISSION: the sender is not the authenticated organisation',
      'forbidden',
    );
  }
  let receiver: { actor: DirectoryOrganisation['actor']; organisationId: string } | undefined;
  if (message.kind === 'care-communication') {
    const found = await directory.bySor(message.receiverSor);
    if (!found)
      throw refusal(
        404,
        'MessageHeader.destination.receiver',
        'NOT_FOUND: no organisation with this SOR code',
        'not-found',
      );
    receiver = { actor: found.actor, organisationId: found.id };
  }
  const { pathwayId, state } = await pathwayFor(ctx, message);
  const command = toCommand(message, receiver);
  // The same text segment under a new message id (a re-sent envelope) is the note already
  // appended: acknowledged, not appended twice. Another sender's note id is not its to reuse.
  const earlier =
    command.type === 'noteSent' ? state.notes.find((n) => n.noteId === command.noteId) : undefined;
  if (earlier) {
    if (earlier.by.organisationId === ctx.viewer.organisationId) return pathwayId;
    throw refusal(
      409,
      'Communication.payload.extension',
      'PATHWAY-STATE: the segment is already a note',
      'conflict',
    );
  }
  try {
    await runCommand(ctx, { pathwayId }, command, ACTION);
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const problem = fromTrpc(error);
    throw new Refusal(
      problem.status,
      problem.problems.map((p) => (p.expression ? { ...p, expression: elementOf(p.expression) } : p)),
    );
  }
  return pathwayId;
}

/** The element of the message a refused command field came from (the outcome names the element). */
const ELEMENT_OF_FIELD: Record<string, string> = {
  type: 'MessageHeader.eventCoding',
  kind: 'Communication.topic',
  to: 'MessageHeader.destination.receiver',
  content: 'Communication.payload',
  noteId: 'Communication.payload.extension',
  event: 'Provenance.activity',
  occurredAt: 'Encounter.period',
  notificationId: 'MessageHeader.id',
};
const elementOf = (field: string) => ELEMENT_OF_FIELD[field.split('.')[0] ?? ''] ?? field;

/** The HTTP status of a stored acknowledgement, from its outcome's first issue (a repeat is answered alike). */
function statusOfStored(ack: Bundle): number {
  const outcome = ack.entry?.map((e) => e.resource).find((r) => r?.resourceType === 'OperationOutcome');
  if (outcome?.resourceType !== 'OperationOutcome') return 200;
  const STATUS: Record<string, number> = {
    'not-found': 404,
    forbidden: 403,
    'too-costly': 413,
    conflict: 409,
  };
  return STATUS[outcome.issue?.[0]?.code ?? ''] ?? 422;
}

/**
 * `POST /fhir/R4/$process-message`: every message gets a MedCom Acknowledgement (ok, or
 * fatal-error with an OperationOutcome naming what was wrong). A message id the sender used before
 * is answered with the acknowledgement it got then, and nothing is appended twice: the id is
 * claimed (processed_messages) before the append.
 */
export async function processMessage(ctx: Ctx, body: unknown, directory: CachedDirectory): Promise<Reply> {
  const sender = (await directory.directory()).organisation(ctx.viewer.organisationId);
  if (!sender)
    return {
      status: 403,
      body: toOperationOutcome([{ code: 'forbidden', diagnostics: 'ACTOR-PERMISSION' }]),
    };
  const parsed = parseIncomingMessage(body);
  if (!parsed.ok && !parsed.messageId) return { status: 400, body: toOperationOutcome(parsed.problems) };
  const messageId = parsed.ok ? parsed.message.messageId : (parsed.messageId as string);
  const key = { organisationId: sender.id, messageId };
  const at = ctx.now().toISOString();
  /** Not an answer to the message: the sender may send it again later. */
  const transient = (status: number, problem: Problem): Reply => ({
    status,
    body: toAcknowledgement({ messageId, code: 'transient-error', problems: [problem], to: sender, at }),
  });
  const claim = await claimMessage(ctx.database.db, key);
  if (!claim.claimed) {
    const earlier = claim.earlier;
    if (earlier.acknowledgement) {
      const ack = earlier.acknowledgement as unknown as Bundle;
      return { status: statusOfStored(ack), body: ack };
    }
    // Still being processed by another delivery: try again later.
    return transient(409, { code: 'conflict', diagnostics: 'the message is being processed' });
  }
  let outcome: { code: AcknowledgementCode; status: number; problems: Problem[]; pathwayId?: string };
  if (!parsed.ok) {
    outcome = { code: 'fatal-error', status: 422, problems: parsed.problems };
  } else {
    try {
      // Each CPR number a message names is a lookup, counted per client as citizen.findByCpr counts
      // per user (CPR_LOOKUPS_PER_HOUR): a client could otherwise probe numbers without limit.
      await limitCprLookups(ctx, ACTION, `cpr:fhir-client:${ctx.viewer.userId.replace(/^client:/, '')}`);
      const pathwayId = await process(ctx, parsed.message, sender, directory);
      outcome = { code: 'ok', status: 200, problems: [], pathwayId };
    } catch (error) {
      if (error instanceof TRPCError && error.code === 'TOO_MANY_REQUESTS') {
        // Released, so the same message may be sent again later (Retry-After is on the reply).
        await releaseMessage(ctx.database.db, key);
        return transient(429, { code: 'throttled', diagnostics: 'TOO_MANY_REQUESTS: too many CPR lookups' });
      }
      if (!(error instanceof Refusal)) {
        await releaseMessage(ctx.database.db, key);
        throw error;
      }
      outcome = { code: 'fatal-error', status: error.status, problems: error.problems };
    }
  }
  const acknowledgement = toAcknowledgement({
    messageId,
    code: outcome.code,
    problems: outcome.problems,
    to: sender,
    at,
  });
  await completeMessage(ctx.database.db, key, {
    outcome: outcome.code === 'ok' ? 'ok' : 'fatal-error',
    pathwayId: outcome.pathwayId ?? null,
    acknowledgement: acknowledgement as unknown as Record<string, unknown>,
    at: ctx.now(),
  });
  return { status: outcome.status, body: acknowledgement };
}
