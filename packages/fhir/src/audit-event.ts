import type { AuditEvent } from '@medplum/fhirtypes';
import { CODE_SYSTEM, IDENTIFIER } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';
import { stableUuid } from './ids.ts';

/** One row of the citizen's access log (the API's audit.forCitizen). */
export interface AccessLogEntry {
  at: string;
  userId: string | null;
  organisationId: string | null;
  actor: string | null;
  action: string;
  outcome: string;
}

const READ = /(\.get|timeline|advice|find|list|worklist|inbox|caseload|audit|read|everything|clocks)/i;

/**
 * The citizen's access log as AuditEvents in the style of IHE BALP (Basic Audit Log Patterns):
 * a RESTful interaction (read or execute) on the Patient, by an organisation's user, with the outcome.
 */
export function toFhirAuditEvents(
  citizenId: string,
  log: readonly AccessLogEntry[],
  directory: Directory,
): AuditEvent[] {
  // An id from the row itself (and its place among identical rows), not from its place in the
  // list: the coordinating GP sees a filtered log, and the same row keeps its id for every viewer.
  const seen = new Map<string, number>();
  return log.map((entry) => {
    const read = READ.test(entry.action);
    const key = [
      citizenId,
      entry.at,
      entry.userId ?? '',
      entry.organisationId ?? '',
      entry.action,
      entry.outcome,
    ];
    const k = seen.get(key.join('\u0000')) ?? 0;
    seen.set(key.join('\u0000'), k + 1);
    return {
      resourceType: 'AuditEvent',
      id: stableUuid(...key, String(k)),
      type: { system: CODE_SYSTEM.auditEventType, code: '110110', display: 'Patient Record' },
      subtype: [
        { system: CODE_SYSTEM.restfulInteraction, code: read ? 'read' : 'operation' },
        { system: CODE_SYSTEM.auditAction, code: entry.action },
      ],
      action: read ? 'R' : 'E',
      recorded: entry.at,
      // 0 success, 4 minor failure (refused: denied or not found).
      outcome: entry.outcome === 'ok' ? '0' : '4',
      outcomeDesc: entry.outcome,
      agent: [
        {
          requestor: true,
          who: {
            ...(entry.organisationId
              ? organisationReference(directory, entry.organisationId)
              : { display: 'unknown' }),
            ...(entry.userId ? { identifier: { system: IDENTIFIER.user, value: entry.userId } } : {}),
          },
          ...(entry.actor ? { role: [{ text: entry.actor }] } : {}),
        },
      ],
      source: {
        observer: { display: 'Rygforløb' },
        type: [{ system: CODE_SYSTEM.auditSourceType, code: '4', display: 'Application Server' }],
      },
      entity: [
        {
          what: { reference: `Patient/${citizenId}` },
          type: { system: CODE_SYSTEM.auditEntityType, code: '1', display: 'Person' },
          role: { system: CODE_SYSTEM.objectRole, code: '1', display: 'Patient' },
        },
      ],
    };
  });
}
