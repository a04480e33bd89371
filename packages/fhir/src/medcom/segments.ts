import type { Bundle, Resource } from '@medplum/fhirtypes';
import { EXTENSION } from '../codes.ts';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export type Payload = NonNullable<Extract<Resource, { resourceType: 'Communication' }>['payload']>[number];

/**
 * The text segments a CareCommunication adds. A MedCom reply keeps the thread's Communication
 * identifier and repeats the earlier segments; its Provenance names the segments it adds
 * (entity[payload], role source, by the segment's identifier). Those only, when it names any
 * of them; else every text segment.
 */
export function newSegments(bundle: Bundle, payload: Payload[]): { text: string; id?: string }[] {
  const segments = payload.flatMap((p) => {
    if (typeof p.contentString !== 'string') return [];
    const value = p.extension
      ?.find((e) => e.url === EXTENSION.payloadIdentifier)
      ?.valueIdentifier?.value?.replace(/^urn:uuid:/, '');
    return [{ text: p.contentString, ...(value && UUID.test(value) ? { id: value } : {}) }];
  });
  const added = new Set(
    (bundle.entry ?? []).flatMap((e) =>
      e.resource?.resourceType === 'Provenance'
        ? (e.resource.entity ?? [])
            .filter((entity) => entity.role === 'source')
            .map((entity) => entity.what.identifier?.value?.replace(/^urn:uuid:/, ''))
        : [],
    ),
  );
  const named = segments.filter((segment) => segment.id && added.has(segment.id));
  return named.length > 0 ? named : segments;
}
