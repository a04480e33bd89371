import { addDays, type Command } from '@rygforlob/domain';
import { partyOf, type Username } from './organisations.ts';
import type { StepCommand } from './story.ts';

/** The jobcentre's commands (sick leave follow-up, spec §6.5), with dates relative to the step. */
export const sickLeave =
  (startedDaysAgo: number, expectedWeeks: number, partialHours?: number): StepCommand =>
  ({ date }) => ({
    type: 'sickLeaveRegistered',
    start: date(startedDaysAgo),
    extent: partialHours === undefined ? 'full' : 'partial',
    ...(partialHours === undefined ? {} : { hoursPerWeek: partialHours }),
    expectedWeeks,
  });
export const fastTrack =
  (requestedBy: 'employer' | 'employee'): StepCommand =>
  ({ today }) => ({ type: 'fastTrackRequested', requestedBy, requestedOn: today });
export const meeting =
  (meetingId: string, purpose: 'fast-track' | 'follow-up', inDays: number): StepCommand =>
  ({ today }) => ({ type: 'meetingScheduled', meetingId, purpose, on: addDays(today, inDays) });
export const meetingHeld = (meetingId: string, notes: string, returnToWorkPlan?: string): Command => ({
  type: 'meetingHeld',
  meetingId,
  notes,
  ...(returnToWorkPlan ? { returnToWorkPlan } : {}),
});
export const certificate =
  (
    certificateId: string,
    kind: 'LAE285' | 'opportunity-statement',
    to: Username,
    dueInDays: number,
  ): StepCommand =>
  ({ today }) => ({
    type: 'certificateRequested',
    certificateId,
    certificate: kind,
    to: partyOf(to),
    dueBy: addDays(today, dueInDays),
  });
export const answerCertificate = (
  certificateId: string,
  abilityToWork: string,
  considerations: string,
): Command => ({
  type: 'certificateAnswered',
  certificateId,
  abilityToWork,
  considerations,
});
