import type { Task } from '@medplum/fhirtypes';
import { type ClockStatus, clocksOf } from '@rygforlob/domain';
import { CODE_SYSTEM } from './codes.ts';
import { type Directory, organisationReference } from './directory.ts';
import type { PathwaySlice } from './episode-of-care.ts';
import { stableUuid } from './ids.ts';

const STATUS: Record<ClockStatus['state'], Task['status']> = {
  pending: 'requested',
  due: 'ready',
  overdue: 'ready',
  met: 'completed',
};

/**
 * Each clock of spec §7 the viewer's slice starts, as of the read, as a Task: pending, due,
 * overdue (businessStatus) or met, with its window as the restriction period.
 */
export function toFhirTasks(slice: PathwaySlice, directory: Directory): Task[] {
  return clocksOf(slice.state, slice.now).map((clock) => ({
    resourceType: 'Task',
    // One clock per (pathway, code, subject): a stable id whatever characters the subject holds.
    id: stableUuid(slice.pathwayId, clock.code, clock.subject),
    status: STATUS[clock.state],
    businessStatus: {
      coding: [{ system: CODE_SYSTEM.clockState, code: clock.state }],
      ...(clock.late ? { text: 'late' } : {}),
    },
    intent: 'plan',
    code: { coding: [{ system: CODE_SYSTEM.clock, code: clock.code }] },
    description: clock.subject,
    for: { reference: `Patient/${slice.citizenId}` },
    focus: { reference: `EpisodeOfCare/${slice.pathwayId}` },
    ...(clock.owner ? { owner: organisationReference(directory, clock.owner) } : {}),
    restriction: { period: { start: clock.dueFrom, end: clock.dueBy } },
    executionPeriod: { start: clock.startedOn, ...(clock.metOn ? { end: clock.metOn } : {}) },
  }));
}
