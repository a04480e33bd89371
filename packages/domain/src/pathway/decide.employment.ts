import { addDays } from '../time.ts';
import type { Violation } from '../violation.ts';
import { consentGivenViolations } from './consent.rules.ts';
import type { ParsedCommand } from './events.schema.ts';
import { coordinatorOf, recordedConsentId } from './pathway.consent.ts';
import type { DecideContext, Ruling } from './pathway.decide.ts';
import type { PathwayState } from './pathway.state.ts';

/** Sick leave follow-up at the jobcentre (spec §6.5, p.41–43, p.55). */
export function decideEmployment(
  state: PathwayState,
  cmd: ParsedCommand,
  _context: DecideContext,
): Ruling | undefined {
  switch (cmd.type) {
    case 'sickLeaveRegistered': {
      // PARTIAL-LEAVE (p.42): partial sick leave needs an absence of at least 4 hours a week.
      if (cmd.extent === 'partial' && (cmd.hoursPerWeek === undefined || cmd.hoursPerWeek < 4)) {
        return {
          violations: [
            {
              rule: 'PARTIAL-LEAVE',
              field: 'hoursPerWeek',
              // Hours not stated are named as missing, not reported as 0 given.
              params:
                cmd.hoursPerWeek === undefined
                  ? { minimum: 4, reason: 'missing' }
                  : { minimum: 4, given: cmd.hoursPerWeek },
            },
          ],
        };
      }
      // FAST-TRACK (p.42): an expectation over 8 weeks is when fast track becomes relevant.
      const warnings: Violation[] =
        cmd.expectedWeeks > 8 ? [{ rule: 'FAST-TRACK', params: { expectedWeeks: cmd.expectedWeeks } }] : [];
      return { events: [cmd], warnings };
    }
    case 'fastTrackRequested': {
      const warnings: Violation[] = [];
      if (!state.sickLeave)
        warnings.push({ rule: 'FAST-TRACK', field: 'requestedOn', params: { reason: 'no-sick-leave' } });
      else if (state.sickLeave.expectedWeeks <= 8) {
        warnings.push({
          rule: 'FAST-TRACK',
          params: { reason: 'expected-8-weeks-or-less', expectedWeeks: state.sickLeave.expectedWeeks },
        });
      }
      return { events: [cmd], warnings };
    }
    case 'meetingScheduled': {
      // A planned meeting can be moved: the same meeting with a new day (issue 14: no booking
      // without a way back). A held meeting is history, and a meeting keeps its purpose.
      const planned = state.meetings[cmd.meetingId];
      if (planned?.held) {
        return {
          violations: [{ rule: 'PATHWAY-STATE', field: 'meetingId', params: { reason: 'already-held' } }],
        };
      }
      if (planned && planned.purpose !== cmd.purpose) {
        return {
          violations: [{ rule: 'PATHWAY-STATE', field: 'purpose', params: { reason: 'purpose-changed' } }],
        };
      }
      const warnings: Violation[] = [];
      // CLK-FASTTRACK (p.42): the meeting at the latest 2 weeks after the request.
      if (cmd.purpose === 'fast-track' && state.fastTrack) {
        const latest = addDays(state.fastTrack.requestedOn, 14);
        if (cmd.on > latest)
          warnings.push({ rule: 'FAST-TRACK', field: 'on', params: { latest, clock: 'CLK-FASTTRACK' } });
      }
      return { events: [cmd], warnings };
    }
    case 'meetingCancelled':
    case 'meetingHeld': {
      // PATHWAY-STATE: only a planned meeting is held or cancelled; a held meeting is history.
      const meeting = state.meetings[cmd.meetingId];
      if (!meeting)
        return { violations: [{ rule: 'PATHWAY-STATE', field: 'meetingId', params: { reason: 'unknown' } }] };
      if (meeting.held)
        return {
          violations: [{ rule: 'PATHWAY-STATE', field: 'meetingId', params: { reason: 'already-held' } }],
        };
      return { events: [cmd] };
    }
    case 'certificateRequested': {
      if (state.certificates[cmd.certificateId]) {
        return {
          violations: [{ rule: 'PATHWAY-STATE', field: 'certificateId', params: { reason: 'duplicate' } }],
        };
      }
      // LÆ 285 and the mulighedserklæring are the GP's to write: the coordinator.
      const rule = cmd.certificate === 'LAE285' ? 'LAE285' : 'OPPORTUNITY-STATEMENT';
      if (cmd.to.actor !== 'gp' || cmd.to.organisationId !== coordinatorOf(state)) {
        return { violations: [{ rule, field: 'to', params: { expected: coordinatorOf(state) ?? 'gp' } }] };
      }
      const warnings: Violation[] = [];
      if (cmd.certificate === 'LAE285' && state.sickLeave) {
        const week8 = addDays(state.sickLeave.start, 56);
        if (cmd.dueBy > week8) warnings.push({ rule: 'LAE285', field: 'dueBy', params: { week8 } });
      }
      // JOB-CONSENT (p.43), CONSENT-BY: the citizen's signed consent travels with the request; the
      // GP decides what to answer, and the consent's purpose shows the jobcentre no clinical fact.
      const { recordConsent, ...request } = cmd;
      if (!recordConsent) return { events: [request], warnings };
      const consent = { recipient: _context.viewer, purpose: recordConsent };
      const violations = consentGivenViolations(state, consent, _context.viewer, {
        certificateRequest: true,
      });
      if (violations.length) return { violations, warnings };
      const consentId = recordedConsentId(state, state.version + 1);
      const given = {
        type: 'consentGiven' as const,
        consentId,
        recipient: { actor: _context.viewer.actor, organisationId: _context.viewer.organisationId },
        purpose: recordConsent,
        givenBy: 'professional' as const,
      };
      return { events: [given, request], warnings };
    }
    case 's56Applied':
    case 'benefitReviewScheduled':
      return { events: [cmd] };
    default:
      return undefined;
  }
}
