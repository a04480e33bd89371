import { riskFactorsFromIcf, scoreQuestionnaire } from '../assessment/index.ts';
import { triage } from '../triage/index.ts';
import type { EventOf, PathwayEvent } from './events.schema.ts';
import type { ConsentState, PathwayState, Stamp } from './pathway.state.ts';

/** Keys are ids clients chose: a map without a prototype, so no id can reach Object.prototype. */
const keyedByClientId = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export const emptyPathway = (): PathwayState => ({
  version: 0,
  opened: null,
  status: 'open',
  coordinator: null,
  triage: null,
  assessments: [],
  questionnaires: [],
  questionnaireRequests: keyedByClientId(),
  plan: null,
  interventions: keyedByClientId(),
  prescriptions: keyedByClientId(),
  referrals: keyedByClientId(),
  notes: [],
  consents: keyedByClientId(),
  sickLeave: null,
  fastTrack: null,
  meetings: keyedByClientId(),
  certificates: keyedByClientId(),
  events: [],
});

/**
 * The pathway's state from its events. Deterministic and total: an event that refers to
 * something the viewer cannot see (a slice's fold) is kept in `events` and otherwise ignored.
 */
export function fold(events: readonly PathwayEvent[]): PathwayState {
  const state = emptyPathway();
  for (const event of events) apply(state, event);
  return state;
}

/** Applies one event to a state being built by `fold` (mutates it: fold owns that object). */
function apply(state: PathwayState, event: PathwayEvent): void {
  const stamp: Stamp = { seq: event.seq, at: event.at, by: event.by };
  state.version = Math.max(state.version, event.seq);
  state.events.push(event);
  switch (event.type) {
    case 'pathwayOpened':
      state.opened = { ...stamp, citizen: event.citizen, coordinator: event.coordinator, scope: event.scope };
      state.coordinator = event.coordinator;
      return;
    case 'coordinatorChanged':
      state.coordinator = event.coordinator;
      return;
    case 'triaged': {
      const result = triage(event.input);
      state.triage = { ...stamp, input: event.input, result: result.ok ? result.value : null };
      return;
    }
    case 'assessed':
      state.assessments.push({
        ...stamp,
        icf: event.icf,
        riskFactors: riskFactorsFromIcf(event.icf),
        ...(event.reassessment ? { reassessment: event.reassessment } : {}),
      });
      return;
    case 'questionnaireCompleted': {
      const scored = scoreQuestionnaire(event.questionnaire);
      state.questionnaires.push({
        ...stamp,
        instrument: event.questionnaire.instrument,
        score: scored.ok ? scored.value : null,
        ...(event.requestId ? { requestId: event.requestId } : {}),
      });
      const request = event.requestId ? state.questionnaireRequests[event.requestId] : undefined;
      if (request && !request.answered) request.answered = { seq: event.seq, at: event.at };
      return;
    }
    case 'questionnaireRequested':
      state.questionnaireRequests[event.requestId] = {
        ...stamp,
        requestId: event.requestId,
        instrument: event.instrument,
      };
      return;
    case 'planUpdated': {
      const { type: _type, seq: _seq, at: _at, by: _by, ...plan } = event;
      state.plan = { ...stamp, ...plan };
      return;
    }
    case 'interventionStarted':
      state.interventions[event.interventionId] = {
        ...stamp,
        interventionId: event.interventionId,
        intervention: event.intervention,
        ...(event.referralId ? { referralId: event.referralId } : {}),
        ...(event.offer ? { offer: event.offer } : {}),
        ...(event.startedOn ? { startedOn: event.startedOn } : {}),
        sessions: [],
        missed: [],
      };
      return;
    case 'sessionRecorded': {
      const course = state.interventions[event.interventionId];
      if (!course) return;
      if (event.attended === false || !event.response) course.missed.push({ seq: event.seq, at: event.at });
      else course.sessions.push({ seq: event.seq, at: event.at, response: event.response });
      return;
    }
    case 'interventionEnded': {
      const course = state.interventions[event.interventionId];
      if (course) course.ended = { at: event.at, outcome: event.outcome };
      return;
    }
    case 'medicationPrescribed':
      state.prescriptions[event.prescriptionId] = {
        ...stamp,
        prescriptionId: event.prescriptionId,
        drug: event.drug,
        painCourse: event.painCourse,
        followUps: [],
      };
      return;
    case 'medicationFollowedUp':
      state.prescriptions[event.prescriptionId]?.followUps.push({ at: event.at });
      return;
    case 'referralSent':
      state.referrals[event.referralId] = {
        ...stamp,
        referralId: event.referralId,
        kind: event.kind,
        to: event.to,
        content: event.content,
        selfReferral: event.selfReferral,
        status: 'sent',
      };
      return;
    case 'referralAccepted': {
      const referral = state.referrals[event.referralId];
      if (referral) Object.assign(referral, { status: 'accepted', answeredAt: event.at });
      return;
    }
    case 'referralDeclined': {
      const referral = state.referrals[event.referralId];
      if (referral)
        Object.assign(referral, { status: 'declined', answeredAt: event.at, declineReason: event.reason });
      return;
    }
    case 'noteSent': {
      const { type: _type, seq: _seq, at: _at, by: _by, ...note } = event;
      state.notes.push({ ...stamp, ...note });
      return;
    }
    case 'consentGiven':
      state.consents[event.consentId] = upcastConsent(state, event, stamp);
      return;
    case 'consentWithdrawn': {
      const consent = state.consents[event.consentId];
      if (consent) consent.withdrawnAt = event.at;
      return;
    }
    case 'sickLeaveRegistered': {
      const { type: _type, seq: _seq, at: _at, by: _by, ...leave } = event;
      state.sickLeave = { ...stamp, ...leave };
      return;
    }
    case 'fastTrackRequested':
      state.fastTrack = { ...stamp, requestedBy: event.requestedBy, requestedOn: event.requestedOn };
      return;
    case 'meetingScheduled':
      state.meetings[event.meetingId] = {
        ...stamp,
        meetingId: event.meetingId,
        purpose: event.purpose,
        on: event.on,
      };
      return;
    case 'meetingHeld': {
      const meeting = state.meetings[event.meetingId];
      if (meeting) meeting.held = { at: event.at, notes: event.notes };
      return;
    }
    case 'meetingCancelled':
      // The meeting is no longer planned: the clocks run as if it was never booked (CLK-FASTTRACK).
      delete state.meetings[event.meetingId];
      return;
    case 'certificateRequested':
      state.certificates[event.certificateId] = {
        ...stamp,
        certificateId: event.certificateId,
        certificate: event.certificate,
        to: event.to,
        dueBy: event.dueBy,
      };
      return;
    case 'certificateAnswered': {
      const certificate = state.certificates[event.certificateId];
      if (certificate) {
        certificate.answered = {
          at: event.at,
          abilityToWork: event.abilityToWork,
          considerations: event.considerations,
        };
      }
      return;
    }
    case 's56Applied':
      state.s56AppliedOn = event.appliedOn;
      return;
    case 'benefitReviewScheduled':
      state.benefitReviewOn = event.reviewOn;
      return;
    case 'rehabGraded': {
      const referral = state.referrals[event.referralId];
      if (referral) referral.grade = event.grade;
      return;
    }
    case 'freeChoiceRecorded': {
      const referral = state.referrals[event.referralId];
      if (referral) Object.assign(referral, { freeChoiceProvider: event.provider, freeChoiceAt: event.at });
      return;
    }
    case 'pathwayClosed':
      state.status = 'closed';
      state.closed = { at: event.at, reason: event.reason };
      return;
  }
}

/**
 * A consent fact as the current model reads it (CONSENT-BY, issue 8). Facts stored before
 * `givenBy` existed were all recorded by a professional. A treatment consent the recipient
 * recorded for itself is void: only the citizen widens what an organisation reads. The exception
 * is the consent to the coordinating GP recorded with the opening itself (`consentToCoordinator`),
 * when nothing but the GP's own facts existed. (An employment consent the jobcentre recorded with
 * its own request shows it no clinical fact: the purpose matrix sees to that.)
 */
function upcastConsent(state: PathwayState, event: EventOf<'consentGiven'>, stamp: Stamp): ConsentState {
  const givenBy = event.givenBy ?? (event.by.actor === 'citizen' ? 'citizen' : 'professional');
  const opened = state.opened;
  const atOpening =
    opened !== null &&
    opened.seq === event.seq - 1 &&
    opened.at === event.at &&
    opened.by.userId === event.by.userId;
  const selfRecorded =
    givenBy === 'professional' &&
    event.purpose === 'treatment' &&
    event.by.organisationId === event.recipient.organisationId &&
    !atOpening;
  return {
    ...stamp,
    consentId: event.consentId,
    recipient: event.recipient,
    purpose: event.purpose,
    givenBy,
    ...(selfRecorded ? { void: 'recorded-by-recipient' as const } : {}),
  };
}
