import { type Db, setSorCode, upsertFhirClient } from '@rygforlob/db';
import { DEMO_ORGANISATIONS } from '../demo/organisations.ts';
import { FHIR_PREFIX } from './plugin.ts';

/**
 * Fictitious SOR codes for the demo organisations: 11+ digits (DK-core min-digits-sor), all
 * starting 999000 so none is a real unit's.
 */
export const DEMO_SOR_CODES: Readonly<Record<string, string>> = Object.fromEntries(
  DEMO_ORGANISATIONS.map((o, n) => [o.id, `999000${String(1001 + n)}00`]),
);

/** Demo systems that send MedCom messages and read the FHIR API, one per organisation. */
export const DEMO_FHIR_CLIENTS = [
  { clientId: 'rygcenter-epj', organisationId: 'org-rygcenter', secret: 'rygforlob-demo-fhir-rygcenter' },
  { clientId: 'fysvejle-system', organisationId: 'org-physio-vejle', secret: 'rygforlob-demo-fhir-fysvejle' },
  { clientId: 'laegevejle-system', organisationId: 'org-gp-vejle', secret: 'rygforlob-demo-fhir-laegevejle' },
] as const;

/** The demo's SOR codes and system clients, after its organisations (idempotent). */
export async function seedFhirDemo(db: Db): Promise<void> {
  for (const o of DEMO_ORGANISATIONS) await setSorCode(db, o.id, DEMO_SOR_CODES[o.id] ?? null);
  for (const client of DEMO_FHIR_CLIENTS) {
    await upsertFhirClient(db, {
      id: client.clientId,
      organisationId: client.organisationId,
      secret: client.secret,
    });
  }
}

/** What the start banner prints about the FHIR API and its demo clients. */
export function fhirBannerLines(address: string): string[] {
  return [
    `  ${`${address}${FHIR_PREFIX}/metadata`.padEnd(40)} FHIR R4 (MedCom-beskeder: POST ${FHIR_PREFIX}/$process-message)`,
    'Demosystemer til FHIR (HTTP Basic, klient-id:hemmelighed)',
    ...DEMO_FHIR_CLIENTS.map((c) => `  ${`${c.clientId}:${c.secret}`.padEnd(50)} ${c.organisationId}`),
  ];
}
