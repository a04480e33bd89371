import type { ApiLimits, AuthedViewer, Context } from '@rygforlob/api';
import { createContextInner } from '@rygforlob/api';
import { authenticateFhirClient, type Database } from '@rygforlob/db';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Who asks: an organisation's system (HTTP Basic client credential) or a staff session (the cookie). */
export type FhirCaller = { kind: 'client' | 'staff'; ctx: Context & { viewer: AuthedViewer } };

export type StaffContext = (request: FastifyRequest, reply: FastifyReply) => Promise<Context>;

/** `Basic base64(clientId:secret)`; null when the header is absent or not Basic. */
export function basicCredential(header: string | undefined): { clientId: string; secret: string } | null {
  const match = /^Basic ([A-Za-z0-9+/=]{1,1024})$/.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) return null;
  return { clientId: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/**
 * The viewer of a FHIR request. A client credential is scoped to its organisation: the viewer
 * is that organisation in its directory role, under a user id that names the client, so every
 * fact it appends and every audit row says which system it was.
 */
export async function fhirCaller(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { database: Database; now: () => Date; staffContext: StaffContext; limits: ApiLimits },
): Promise<FhirCaller | null> {
  const credential = basicCredential(request.headers.authorization);
  if (credential) {
    const organisation = await authenticateFhirClient(
      options.database.db,
      credential.clientId,
      credential.secret,
    );
    if (!organisation) return null;
    const viewer: AuthedViewer = {
      userId: `client:${credential.clientId}`,
      actor: organisation.actor,
      organisationId: organisation.id,
      displayName: credential.clientId,
      organisationName: organisation.name,
      sessionToken: '',
    };
    const ctx = createContextInner({
      database: options.database,
      viewer,
      now: options.now,
      clientKey: request.ip,
      // The server's limits (CPR lookups per client: process-message.ts), Retry-After on the reply.
      limits: options.limits,
      response: reply,
    });
    return { kind: 'client', ctx: ctx as FhirCaller['ctx'] };
  }
  const ctx = await options.staffContext(request, reply);
  return ctx.viewer ? { kind: 'staff', ctx: ctx as FhirCaller['ctx'] } : null;
}
