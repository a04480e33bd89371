import type { EventOf, PathwayState } from '@rygforlob/domain';

/**
 * What the folded state leaves out but the clinician wants to read again: session notes, the
 * discontinuation plan and follow-up findings. Read from the viewer's own events.
 */
export function sessionNotes(state: PathwayState, interventionId: string): Map<number, string> {
  const notes = new Map<number, string>();
  for (const e of state.events) {
    if (e.type === 'sessionRecorded' && e.interventionId === interventionId && e.note)
      notes.set(e.seq, e.note);
  }
  return notes;
}

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
