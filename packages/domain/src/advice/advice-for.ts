import { SECTOR_OF, type Viewer } from '../program/actors.ts';
import type { Advice } from './advice.schema.ts';

/**
 * The advice a viewer acts on. Advice with an owner (a course's follow-up, a clock, the jobcentre's
 * FAST-TRACK) is that organisation's alone; advice without one is clinical (triage, assessment,
 * plan) and is the practices' and hospitals' to act on, never a municipality's or a jobcentre's.
 */
export function adviceFor(advice: readonly Advice[], viewer: Viewer): Advice[] {
  const clinical = SECTOR_OF[viewer.actor] === 'practice' || SECTOR_OF[viewer.actor] === 'region';
  return advice.filter((item) => (item.owner ? item.owner === viewer.organisationId : clinical));
}
