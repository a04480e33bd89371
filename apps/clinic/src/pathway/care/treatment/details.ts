import type { EventOf, PathwayState } from '@rygforlob/domain';

/**
 * What the folded state leaves out but the clinician wants to read again: session notes, the
 * discontinuation plan and follow-up findings. Read from the viewer's own events.
 */
/** Per session of a course (by seq): what `pick` reads from its event, when it has it. */
function perSession(
  state: PathwayState,
  interventionId: string,
  pick: (e: EventOf<'sessionRecorded'>) => string | undefined,
): Map<number, string> {
  const found = new Map<number, string>();
  for (const e of state.events) {
    if (e.type !== 'sessionRecorded' || e.interventionId !== interventionId) continue;
    const value = pick(e);
    if (value) found.set(e.seq, value);
  }
  return found;
}

export const sessionNotes = (state: PathwayState, interventionId: string) =>
  perSession(state, interventionId, (e) => e.note);

/** The day each session was held (sessionRecorded.heldOn, issue 14); older sessions have none. */
export const sessionDays = (state: PathwayState, interventionId: string) =>
  perSession(state, interventionId, (e) => e.heldOn);

export function prescriptionOf(state: PathwayState, prescriptionId: string) {
  return state.events.find(
    (e): e is EventOf<'medicationPrescribed'> =>
      e.type === 'medicationPrescribed' && e.prescriptionId === prescriptionId,
  );
}

export function followUpsOf(state: PathwayState, prescriptionId: string) {
  return state.events.filter(
    (e): e is EventOf<'medicationFollowedUp'> =>
      e.type === 'medicationFollowedUp' && e.prescriptionId === prescriptionId,
  );
}
