import { createHash } from 'node:crypto';

/**
 * A resource made from one fact has the id `<pathwayId>-<seq>` (and `-<n>` for the n-th of
 * several): stable across reads, unique across pathways, and a valid FHIR id (≤ 64 characters).
 */
export const factId = (pathwayId: string, seq: number, n?: number): string =>
  n === undefined ? `${pathwayId}-${seq}` : `${pathwayId}-${seq}-${n}`;

/**
 * A UUID (version 4 layout) derived from names: MedCom wants UUIDs for messages and segments,
 * and the same note must give the same message every time it is exported (no randomness).
 */
export function stableUuid(...names: string[]): string {
  const hex = createHash('sha256').update(names.join('\u0000')).digest('hex');
  const variant = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
