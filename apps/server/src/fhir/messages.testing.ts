import { type Bundle, type Resource, stableUuid } from '@rygforlob/fhir';
import { expect } from 'vitest';
import type { FhirTestServer } from './testing.ts';

/** MedCom messages for the $process-message tests: a real export, re-enveloped or re-segmented. */
export const resourcesOf = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);
export const responseOf = (bundle: Bundle) => {
  const header = resourcesOf(bundle)[0];
  return header?.resourceType === 'MessageHeader' ? header.response : undefined;
};
export const stateOf = async (server: FhirTestServer, pathwayId: string) =>
  (await server.pathways()).find((p) => p.id === pathwayId)?.state;

/** The physiotherapist's correspondence note of the rich pathway, exported as a CareCommunication. */
export async function exportedNote(server: FhirTestServer, rich: string): Promise<Bundle> {
  const note = (await stateOf(server, rich))?.notes.find((n) => n.noteId === 'n-corr');
  const res = await server.asClient(
    'laegevejle-system',
    `/fhir/R4/Communication/${rich}-${note?.seq}/$care-communication`,
  );
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** The same message under a new MessageHeader id (and a new Communication identifier). */
export function asNewMessage(bundle: Bundle, name: string): Bundle {
  const copy = structuredClone(bundle);
  for (const entry of copy.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType === 'MessageHeader') resource.id = stableUuid(name, 'header');
    if (resource?.resourceType === 'Communication')
      resource.identifier = [{ value: `urn:uuid:${stableUuid(name, 'communication')}` }];
  }
  return copy;
}

/**
 * Sets the message's text segments (each with its payload identifier) and the Provenance's
 * entity[payload]: the segments named in `added`, else all of them (a new message).
 */
export function setSegments(bundle: Bundle, segments: { id: string; text: string }[], added?: string[]) {
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType === 'Communication') {
      const template = resource.payload?.[0]?.extension ?? [];
      resource.payload = segments.map(({ id, text }) => ({
        contentString: text,
        extension: template.map((e) =>
          e.url.endsWith('medcom-core-identifier-extension')
            ? { url: e.url, valueIdentifier: { value: `urn:uuid:${id}` } }
            : e,
        ),
      }));
    }
    if (resource?.resourceType === 'Provenance') {
      resource.entity = (added ?? segments.map((s) => s.id)).map((id) => ({
        role: 'source',
        what: { identifier: { value: `urn:uuid:${id}` } },
      }));
    }
  }
}
