import type { Viewer } from '../program/actors.ts';
import { isCitizenViewer } from '../program/actors.ts';
import type { Violation } from '../violation.ts';
import { coordinatorOf } from './pathway.consent.ts';
import type { PathwayState } from './pathway.state.ts';

/** Which part of a citizen's access log a viewer may read: all of it, some pathways' rows, or none. */
export type AccessLogScope =
  | { ok: true; scope: 'citizen' }
  | { ok: true; scope: 'coordinated'; pathwayIds: string[] }
  | { ok: false; violation: Violation };

/**
 * AUDIT-ACCESS (issue 8): a citizen's access log is the citizen's to read, and, for their
 * pathway only, the coordinating GP's: the rows of the pathways its organisation coordinates now.
 * Nobody else, however related (a participant, a former coordinator, a GP of a closed pathway).
 */
export function accessLogScope(
  viewer: Viewer,
  citizenId: string,
  pathways: readonly { id: string; state: PathwayState }[],
): AccessLogScope {
  if (isCitizenViewer(viewer)) {
    return viewer.citizenId === citizenId
      ? { ok: true, scope: 'citizen' }
      : { ok: false, violation: { rule: 'AUDIT-ACCESS', field: 'citizenId' } };
  }
  const pathwayIds = pathways
    .filter(({ state }) => viewer.actor === 'gp' && coordinatorOf(state) === viewer.organisationId)
    .map(({ id }) => id);
  return pathwayIds.length > 0
    ? { ok: true, scope: 'coordinated', pathwayIds }
    : { ok: false, violation: { rule: 'AUDIT-ACCESS', field: 'citizenId' } };
}
