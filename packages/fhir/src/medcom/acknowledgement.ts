import type { Bundle, MessageHeader, OperationOutcome, Organization, Provenance } from '@medplum/fhirtypes';
import { CODE_SYSTEM, IDENTIFIER, PROFILE, RYGFORLOB_BASE } from '../codes.ts';
import type { DirectoryOrganisation } from '../directory.ts';
import { stableUuid } from '../ids.ts';
import { type Problem, toOperationOutcome } from '../outcome.ts';
import { endpointOf, medcomOrganization, messageBundle, primaryDestination, referenceTo } from './message.ts';

export type AcknowledgementCode = 'ok' | 'transient-error' | 'fatal-error';

export interface AcknowledgementInput {
  /** The MessageHeader id of the message acknowledged. */
  messageId: string;
  code: AcknowledgementCode;
  problems?: readonly Problem[];
  /** The organisation that sent the message: the acknowledgement goes back to it. */
  to: DirectoryOrganisation;
  at: string;
}

/** Rygforløb itself as the acknowledging party. */
const RYGFORLOB: Organization = {
  resourceType: 'Organization',
  identifier: [{ system: IDENTIFIER.organisation, value: 'rygforlob' }],
  name: 'Rygforløb',
};

/**
 * A MedCom Acknowledgement: `ok`, or `fatal-error` / `transient-error` with an OperationOutcome
 * naming what was wrong (medcom-acknowledgement-1). The same message id always gives the same
 * acknowledgement ids, so a repeated delivery is answered alike.
 */
export function toAcknowledgement(input: AcknowledgementInput): Bundle {
  const seed = `ack/${input.to.id}/${input.messageId}/${input.code}`;
  const us: Organization = { ...RYGFORLOB, id: stableUuid(seed, 'rygforlob') };
  const them = medcomOrganization(input.to, seed);
  const outcome: OperationOutcome | undefined =
    input.code === 'ok'
      ? undefined
      : {
          ...toOperationOutcome(input.problems ?? []),
          id: stableUuid(seed, 'outcome'),
          meta: { profile: [PROFILE.acknowledgementOutcome] },
        };
  const header: MessageHeader = {
    resourceType: 'MessageHeader',
    id: stableUuid(seed, 'header'),
    meta: { profile: [PROFILE.acknowledgementHeader] },
    eventCoding: { system: CODE_SYSTEM.medcomMessageEvent, code: 'acknowledgement-message' },
    destination: [
      primaryDestination(them, endpointOf(input.to, `${RYGFORLOB_BASE}/organisation/${input.to.id}`)),
    ],
    sender: referenceTo(us),
    source: { endpoint: `${RYGFORLOB_BASE}/R4` },
    response: {
      identifier: input.messageId,
      code: input.code,
      ...(outcome ? { details: referenceTo(outcome) } : {}),
    },
  };
  const provenance: Provenance = {
    resourceType: 'Provenance',
    id: stableUuid(seed, 'provenance'),
    target: [referenceTo(header)],
    recorded: input.at,
    agent: [{ who: referenceTo(us) }],
  };
  return messageBundle(stableUuid(seed, 'bundle'), PROFILE.acknowledgementMessage, input.at, [
    header,
    us,
    them,
    provenance,
    ...(outcome ? [outcome] : []),
  ]);
}
