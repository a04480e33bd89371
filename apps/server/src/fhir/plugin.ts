import { type ApiLimits, MAX_INPUT_DEPTH } from '@rygforlob/api';
import type { Database } from '@rygforlob/db';
import {
  FhirProblem,
  loadR4Definitions,
  MAX_MESSAGE_BYTES,
  notFoundOutcome,
  toFhirCapabilityStatement,
  toOperationOutcome,
} from '@rygforlob/fhir';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { jsonDepthExceeds } from '../request-limits.ts';
import { createContextFactory } from '../session.ts';
import type { Settings } from '../settings.ts';
import { type FhirCaller, fhirCaller, type StaffContext } from './auth.ts';
import { cachedDirectory } from './directory.ts';
import { processMessage } from './process-message.ts';
import {
  readCareCommunication,
  readEpisodeOfCare,
  readEverything,
  readPatient,
  searchAuditEvents,
} from './read.ts';

export const FHIR_PREFIX = '/fhir/R4';
const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export interface FhirOptions {
  database: Database;
  settings: Settings;
  now: () => Date;
  limits: ApiLimits;
}

/**
 * `/fhir/R4`: the FHIR read API over the viewer's slice and MedCom messages in (issue 13). The
 * same viewer, slice and audit as every tRPC procedure: reads go through the api's readPathway
 * and audit.forCitizen, writes through its runCommand. Every answer is FHIR JSON; every error an
 * OperationOutcome (never a stack or a driver message).
 */
export async function registerFhir(app: FastifyInstance, options: FhirOptions): Promise<void> {
  const { database, settings, now } = options;
  const staffContext: StaffContext = async (request, reply) =>
    createContextFactory({
      database,
      limits: options.limits,
      session: settings.session,
      now,
      cookieSecure: settings.cookieSecure,
    })({ req: request, res: reply, info: undefined as never });
  const directory = cachedDirectory(database);
  // Incoming messages are validated against the R4 definitions: load them before the first one.
  loadR4Definitions();

  await app.register(
    async (fhir) => {
      fhir.addContentTypeParser(
        'application/fhir+json',
        { parseAs: 'string', bodyLimit: MAX_MESSAGE_BYTES },
        (_request, body, done) => {
          // The same depth scan as every JSON body (request-limits.ts), before parsing: a
          // 5,000-deep message is one scan and a refusal, never a parse or a deep walk (issue 9).
          if (jsonDepthExceeds(body as string, MAX_INPUT_DEPTH)) {
            done(
              new FhirProblem(400, [
                {
                  code: 'structure',
                  diagnostics: `INPUT-INVALID: JSON nested deeper than ${MAX_INPUT_DEPTH} levels`,
                },
              ]),
              undefined,
            );
            return;
          }
          try {
            done(null, JSON.parse(body as string));
          } catch {
            done(
              new FhirProblem(400, [{ code: 'structure', diagnostics: 'INPUT-INVALID: not JSON' }]),
              undefined,
            );
          }
        },
      );
      fhir.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
        if (error instanceof FhirProblem) return sendOutcome(reply, error.status, error);
        const status =
          error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
        if (status === 500) request.log.error({ err: { name: error.name } }, 'fhir request failed');
        if (status === 415) return sendOutcome(reply, 415, unsupportedMediaType());
        const diagnostics =
          status === 413
            ? 'INPUT-INVALID: the message is too large'
            : status === 500
              ? 'internal error'
              : 'INPUT-INVALID';
        return sendOutcome(
          reply,
          status,
          new FhirProblem(status, [
            { code: status === 413 ? 'too-costly' : status === 500 ? 'exception' : 'invalid', diagnostics },
          ]),
        );
      });
      fhir.setNotFoundHandler((_request, reply) =>
        reply.code(404).type(FHIR_JSON).send(notFoundOutcome('resource')),
      );

      const baseUrl = (request: FastifyRequest) => `${request.protocol}://${request.host}${FHIR_PREFIX}`;
      const caller = async (request: FastifyRequest, reply: FastifyReply): Promise<FhirCaller> => {
        const found = await fhirCaller(request, reply, {
          database,
          now,
          staffContext,
          limits: options.limits,
        });
        if (!found) {
          reply.header('WWW-Authenticate', 'Basic realm="rygforlob-fhir"');
          throw new FhirProblem(401, [
            { code: 'login', diagnostics: 'UNAUTHORIZED: a client credential or a staff session' },
          ]);
        }
        return found;
      };
      const send = (reply: FastifyReply, body: unknown, status = 200) =>
        reply.code(status).type(FHIR_JSON).send(body);

      fhir.get('/metadata', async (request, reply) =>
        send(reply, toFhirCapabilityStatement(baseUrl(request), now().toISOString())),
      );

      fhir.get<{ Params: { id: string } }>('/Patient/:id', async (request, reply) => {
        const { ctx } = await caller(request, reply);
        return send(reply, await readPatient(ctx, request.params.id, directory));
      });

      fhir.get<{ Params: { id: string } }>('/EpisodeOfCare/:id', async (request, reply) => {
        const { ctx } = await caller(request, reply);
        return send(reply, await readEpisodeOfCare(ctx, request.params.id, directory));
      });

      fhir.get<{ Params: { id: string } }>('/EpisodeOfCare/:id/$everything', async (request, reply) => {
        const { ctx } = await caller(request, reply);
        return send(reply, await readEverything(ctx, request.params.id, directory, baseUrl(request)));
      });

      fhir.get<{ Querystring: { patient?: string } }>('/AuditEvent', async (request, reply) => {
        const { ctx } = await caller(request, reply);
        if (typeof request.query.patient !== 'string') {
          throw new FhirProblem(400, [
            { code: 'required', expression: 'patient', diagnostics: 'INPUT-INVALID' },
          ]);
        }
        return send(reply, await searchAuditEvents(ctx, request.query.patient, directory, baseUrl(request)));
      });

      fhir.get<{ Params: { id: string }; Querystring: { receiver?: string } }>(
        '/Communication/:id/$care-communication',
        async (request, reply) => {
          const { ctx } = await caller(request, reply);
          const receiver = typeof request.query.receiver === 'string' ? request.query.receiver : undefined;
          return send(reply, await readCareCommunication(ctx, request.params.id, receiver, directory));
        },
      );

      fhir.post('/$process-message', { bodyLimit: MAX_MESSAGE_BYTES }, async (request, reply) => {
        const found = await caller(request, reply);
        // JSON only: a body under another media type (text/plain …) is not read as a message.
        if (!JSON_MEDIA_TYPE.test(request.headers['content-type'] ?? '')) throw unsupportedMediaType();
        if (found.kind !== 'client') {
          throw new FhirProblem(403, [
            {
              code: 'forbidden',
              diagnostics: 'ACTOR-PERMISSION: messages come from an organisation system (client credential)',
            },
          ]);
        }
        const result = await processMessage(found.ctx, request.body, directory);
        return send(reply, result.body, result.status);
      });
    },
    { prefix: FHIR_PREFIX },
  );
}

const JSON_MEDIA_TYPE = /^application\/(fhir\+)?json\s*(;|$)/i;
const unsupportedMediaType = () =>
  new FhirProblem(415, [
    {
      code: 'not-supported',
      expression: 'Content-Type',
      diagnostics: 'INPUT-INVALID: application/fhir+json (no XML, no other media type)',
    },
  ]);

function sendOutcome(reply: FastifyReply, status: number, problem: FhirProblem) {
  return reply.code(status).type(FHIR_JSON).send(toOperationOutcome(problem.problems));
}
