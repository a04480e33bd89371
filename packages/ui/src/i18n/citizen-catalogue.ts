import { CITIZEN_MESSAGES } from './messages/citizen.ts';
import { COMMON } from './messages/common.ts';
import { MYPLAN_MESSAGES } from './messages/myplan.ts';

type Catalogue = Record<string, { da: string; en: string }>;

/**
 * Min side's own catalogue (issue 12: the first screen under 150 KB gzip on mobile data): the
 * shared words, the plan's and Min side's, not the clinic's, the jobcentre's and the rehab's.
 * A lazily loaded screen that needs more (the questionnaires' items) adds its part with
 * `addCitizenMessages` when its module loads, before it renders.
 */
const catalogue: Catalogue = { ...COMMON, ...MYPLAN_MESSAGES, ...CITIZEN_MESSAGES };

export function addCitizenMessages(more: Catalogue): void {
  Object.assign(catalogue, more);
}

/** A message of Min side's catalogue, or undefined when it has none for the key. */
export const citizenMessage = (key: string): { da: string; en: string } | undefined =>
  Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
