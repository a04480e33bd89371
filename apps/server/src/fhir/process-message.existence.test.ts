import { TEST_CITIZENS } from '@rygforlob/domain/testing';
import { type Bundle, loadR4Definitions, type Resource } from '@rygforlob/fhir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asNewMessage, exportedNote, resourcesOf } from './messages.testing.ts';
import { type FhirTestServer, fhirTestServer } from './testing.ts';

/**
 * Issue 9: a refusal says nothing of whether a CPR number is registered. A CareCommunication that
 * names a forløbsid was told "Encounter.episodeOfCare.identifier" for a registered citizen the
 * sender has no pathway with, but "Patient.identifier" for a number nobody has: an oracle.
 */

let server: FhirTestServer;
let rich: string;
beforeAll(async () => {
  loadR4Definitions();
  server = await fhirTestServer();
  rich = server.created.rich as string;
}, 120_000);
afterAll(() => server.close());

/** The note of the rich pathway as a new message about the citizen with this CPR number. */
function about(note: Bundle, cpr: string, name: string): Bundle {
  const message = asNewMessage(note, name);
  for (const entry of message.entry ?? []) {
    const resource = entry.resource as Resource;
    if (resource?.resourceType === 'Patient')
      for (const identifier of resource.identifier ?? []) identifier.value = cpr;
  }
  return message;
}

/** The OperationOutcome without its id (a new one per answer, whatever the answer). */
const outcomeOf = (bundle: Bundle) => {
  const outcome = resourcesOf(bundle).find((r) => r.resourceType === 'OperationOutcome');
  if (!outcome) return null;
  const { id: _id, ...rest } = outcome;
  return rest;
};

describe('$process-message refuses the same way for a registered citizen and nobody (issue 9)', () => {
  it('a CareCommunication naming a forløbsid, about a registered citizen without the sender’s pathway or a number nobody has: one status, one OperationOutcome', async () => {
    const note = await exportedNote(server, rich);
    const registered = (TEST_CITIZENS[1]?.cpr ?? '').replace('-', '');
    const before = await server.eventCount();
    const known = await server.post('fysvejle-system', about(note, registered, 'existence-known'));
    const nobody = await server.post('fysvejle-system', about(note, '0101601234', 'existence-nobody'));
    expect(known.statusCode, known.body).toBe(404);
    expect(nobody.statusCode).toBe(known.statusCode);
    expect(outcomeOf(nobody.json())).toEqual(outcomeOf(known.json()));
    expect(outcomeOf(known.json())).toMatchObject({
      issue: [{ expression: ['Encounter.episodeOfCare.identifier'] }],
    });
    expect(await server.eventCount()).toBe(before);
  });
});
