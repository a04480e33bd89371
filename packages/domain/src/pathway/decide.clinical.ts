import { scoreQuestionnaire } from '../assessment/index.ts';
import { ageOn } from '../cpr/index.ts';
import { MUNICIPAL_OFFERS, providerRole } from '../program/interventions.ts';
import type { TargetGroup } from '../program/target-groups.ts';
import { checkScope } from '../scope/scope.rules.ts';
import { dayOf } from '../time.ts';
import { triage } from '../triage/index.ts';
import type { Violation } from '../violation.ts';
import type { ParsedCommand } from './events.schema.ts';
import { recordedConsentId } from './pathway.consent.ts';
import type { DecideContext, Ruling } from './pathway.decide.ts';
import { courseStartDay, type PathwayState } from './pathway.state.ts';

const NONSPECIFIC: readonly TargetGroup[] = ['TG-UNCOMPLICATED', 'TG-COMPLICATED', 'TG-PERSISTENT'];

const notFound = (field: string, id: string): Violation => ({
  rule: 'PATHWAY-STATE',
  field,
  params: { reason: 'unknown', id },
});

/**
 * A questionnaire answered at home (Min side, issue 12) answers a clinician's open request for
 * that instrument: the citizen answers nothing unasked, and each request once.
 */
function requestViolations(
  state: PathwayState,
  cmd: Extract<ParsedCommand, { type: 'questionnaireCompleted' }>,
  viewer: DecideContext['viewer'],
): Violation[] {
  if (!cmd.requestId && viewer.actor !== 'citizen') return [];
  const request = cmd.requestId ? state.questionnaireRequests[cmd.requestId] : undefined;
  if (!request || request.answered) {
    const reason = request ? 'already-answered' : 'no-open-request';
    return [{ rule: 'PATHWAY-STATE', field: 'requestId', params: { reason } }];
  }
  if (request.instrument !== cmd.questionnaire.instrument) {
    return [
      {
        rule: 'INPUT-INVALID',
        field: 'questionnaire.instrument',
        params: { reason: 'not-requested', requested: request.instrument },
      },
    ];
  }
  return [];
}

/** Rules for opening, triage, assessment, plan, interventions and medication (chapters 3–7). */
export function decideClinical(
  state: PathwayState,
  cmd: ParsedCommand,
  { viewer, now }: DecideContext,
): Ruling | undefined {
  switch (cmd.type) {
    case 'pathwayOpened': {
      const { consentToCoordinator, ...opened } = cmd;
      if (cmd.citizen.birthDate > dayOf(now)) {
        return {
          violations: [
            { rule: 'INPUT-INVALID', field: 'citizen.birthDate', params: { reason: 'in the future' } },
          ],
        };
      }
      const violations = checkScope({
        age: ageOn(cmd.citizen.birthDate, dayOf(now)),
        municipality: cmd.citizen.municipality,
        answers: cmd.scope,
      });
      if (violations.length) return { violations };
      return {
        events: [
          opened,
          ...(consentToCoordinator
            ? [
                {
                  type: 'consentGiven' as const,
                  consentId: recordedConsentId(state, state.version + 2),
                  recipient: cmd.coordinator,
                  purpose: 'treatment' as const,
                  givenBy: 'professional' as const,
                },
              ]
            : []),
        ],
      };
    }
    case 'triaged': {
      const result = triage(cmd.input);
      if (!result.ok)
        return { violations: result.violations.map((v) => ({ ...v, field: `input.${v.field ?? ''}` })) };
      const { targetGroup, raisedRisk } = result.value;
      const warnings: Violation[] = raisedRisk.map((risk) => ({ rule: risk.rule }));
      // TG-CAUDA (p.29) is HARD: the acute referral is demanded at once, and until it is sent (advise).
      if (targetGroup === 'TG-CAUDA')
        warnings.unshift({ rule: 'TG-CAUDA', params: { action: 'acute-referral' } });
      return { events: [cmd], warnings };
    }
    case 'assessed':
      return { events: [cmd] };
    case 'questionnaireCompleted': {
      const unrequested = requestViolations(state, cmd, viewer);
      if (unrequested.length > 0) return { violations: unrequested };
      const scored = scoreQuestionnaire(cmd.questionnaire);
      if (!scored.ok) {
        return {
          violations: scored.violations.map((v) => ({ ...v, field: `questionnaire.${v.field ?? ''}` })),
        };
      }
      return { events: [cmd] };
    }
    case 'questionnaireRequested':
      // One request per id; asking for the same instrument again is a new request.
      return state.questionnaireRequests[cmd.requestId]
        ? { violations: [{ rule: 'PATHWAY-STATE', field: 'requestId', params: { reason: 'duplicate' } }] }
        : { events: [cmd] };
    case 'planUpdated': {
      // SELF-MANAGEMENT-HUB (p.31): every plan holds supported self-management.
      if (!cmd.interventions.includes('self-management')) {
        return { violations: [{ rule: 'SELF-MANAGEMENT-HUB', field: 'interventions' }] };
      }
      return { events: [cmd], warnings: surgeryWarnings(state, cmd.interventions) };
    }
    case 'interventionStarted': {
      if (state.interventions[cmd.interventionId]) {
        return {
          violations: [{ rule: 'PATHWAY-STATE', field: 'interventionId', params: { reason: 'duplicate' } }],
        };
      }
      // Table 2 (p.31–32): an actor starts only what it offers, as standard or special interest.
      const role = providerRole(viewer.actor, cmd.intervention);
      if (!role) {
        return {
          violations: [
            { rule: 'INTERVENTION-PROVIDER', field: 'intervention', params: { actor: viewer.actor } },
          ],
        };
      }
      // §119 offers (p.45–49): municipal prevention's own, each as the intervention it is.
      if (
        cmd.offer &&
        (viewer.actor !== 'municipal-prevention' || MUNICIPAL_OFFERS[cmd.offer] !== cmd.intervention)
      ) {
        return {
          violations: [{ rule: 'INTERVENTION-PROVIDER', field: 'offer', params: { actor: viewer.actor } }],
        };
      }
      if (cmd.intervention !== 'self-management' && !selfManagementInPlace(state)) {
        return { violations: [{ rule: 'SELF-MANAGEMENT-HUB', field: 'intervention' }] };
      }
      if (cmd.referralId) {
        const referral = state.referrals[cmd.referralId];
        if (!referral || referral.to.organisationId !== viewer.organisationId) {
          return { violations: [notFound('referralId', cmd.referralId)] };
        }
        if (referral.status !== 'accepted') {
          return {
            violations: [{ rule: 'PATHWAY-STATE', field: 'referralId', params: { reason: 'not-accepted' } }],
          };
        }
      }
      // A start recorded later carries its day (issue 14): not after today, not before the
      // referral it answers was sent (CLK-R140-START, p.55, runs from the plan's receipt).
      if (cmd.startedOn !== undefined) {
        const sent = cmd.referralId ? state.referrals[cmd.referralId]?.at : undefined;
        const reason =
          cmd.startedOn > dayOf(now)
            ? 'in the future'
            : sent && cmd.startedOn < dayOf(sent)
              ? 'before the referral'
              : null;
        if (reason)
          return { violations: [{ rule: 'INPUT-INVALID', field: 'startedOn', params: { reason } }] };
      }
      const warnings = surgeryWarnings(state, [cmd.intervention]);
      // P119-CRITERIA (p.49, "anbefales"): a physical-activity offer follows an assessment by the GP,
      // a chiropractor or a physiotherapist.
      if (cmd.offer === 'activity' && !assessedInPractice(state)) {
        warnings.push({
          rule: 'P119-CRITERIA',
          field: 'offer',
          params: { offer: 'activity', reason: 'not-assessed' },
        });
      }
      if (role === 'special-interest') {
        warnings.push({ rule: 'INTERVENTION-PROVIDER', field: 'intervention', params: { role } });
      }
      return { events: [cmd], warnings };
    }
    case 'sessionRecorded':
    case 'interventionEnded': {
      const course = state.interventions[cmd.interventionId];
      if (!course || course.by.organisationId !== viewer.organisationId) {
        return { violations: [notFound('interventionId', cmd.interventionId)] };
      }
      if (course.ended) {
        return {
          violations: [{ rule: 'PATHWAY-STATE', field: 'interventionId', params: { reason: 'ended' } }],
        };
      }
      const warnings: Violation[] = [];
      if (cmd.type === 'sessionRecorded' && cmd.attended !== false && !cmd.response) {
        return { violations: [{ rule: 'INPUT-INVALID', field: 'response', params: { reason: 'required' } }] };
      }
      // A session's day lies between the course's start and today (issue 14: attendance has a date).
      if (cmd.type === 'sessionRecorded' && cmd.heldOn !== undefined) {
        const reason =
          cmd.heldOn > dayOf(now)
            ? 'in the future'
            : cmd.heldOn < courseStartDay(course)
              ? 'before the course'
              : null;
        if (reason) return { violations: [{ rule: 'INPUT-INVALID', field: 'heldOn', params: { reason } }] };
      }
      // MANUAL-4-5 (p.36): 4–5 manual treatments without improvement; a missed session is none.
      if (
        cmd.type === 'sessionRecorded' &&
        cmd.response &&
        cmd.attended !== false &&
        course.intervention === 'manual'
      ) {
        const responses = [...course.sessions.map((s) => s.response), cmd.response];
        if (responses.length >= 4 && !responses.includes('improved')) {
          warnings.push({ rule: 'MANUAL-4-5', params: { sessions: responses.length } });
        }
      }
      return { events: [cmd], warnings };
    }
    case 'medicationPrescribed': {
      if (!providerRole(viewer.actor, 'medication')) {
        return {
          violations: [{ rule: 'INTERVENTION-PROVIDER', field: 'type', params: { actor: viewer.actor } }],
        };
      }
      if (state.prescriptions[cmd.prescriptionId]) {
        return {
          violations: [{ rule: 'PATHWAY-STATE', field: 'prescriptionId', params: { reason: 'duplicate' } }],
        };
      }
      const warnings: Violation[] = [];
      // MED-FOLLOWUP (p.37): persistent pain gets medication only in special cases.
      if (cmd.painCourse === 'persistent' && !cmd.specialCaseReason?.trim()) {
        warnings.push({ rule: 'MED-FOLLOWUP', field: 'specialCaseReason' });
      }
      // HOSPITAL-MEDICATION (p.39): the back centre prescribes only in its own longer courses.
      if (viewer.actor === 'hospital') warnings.push({ rule: 'HOSPITAL-MEDICATION' });
      return { events: [cmd], warnings };
    }
    case 'medicationFollowedUp':
      if (!state.prescriptions[cmd.prescriptionId]) {
        return { violations: [notFound('prescriptionId', cmd.prescriptionId)] };
      }
      return { events: [cmd] };
    case 'hospitalNotified':
      // One fact per MedCom message: the same notification is never recorded twice.
      if (
        state.events.some((e) => e.type === 'hospitalNotified' && e.notificationId === cmd.notificationId)
      ) {
        return {
          violations: [{ rule: 'PATHWAY-STATE', field: 'notificationId', params: { reason: 'duplicate' } }],
        };
      }
      if (Date.parse(cmd.occurredAt) > Date.parse(now)) {
        return {
          violations: [{ rule: 'INPUT-INVALID', field: 'occurredAt', params: { reason: 'in the future' } }],
        };
      }
      return { events: [cmd] };
    case 'pathwayClosed':
      if (state.opened?.coordinator.organisationId !== viewer.organisationId) {
        return {
          violations: [{ rule: 'ACTOR-PERMISSION', field: 'type', params: { reason: 'coordinator-only' } }],
        };
      }
      return { events: [cmd] };
    default:
      return undefined;
  }
}

/** The citizen has been triaged or assessed by a GP, chiropractor or physiotherapist. */
function assessedInPractice(state: PathwayState): boolean {
  const practice = ['gp', 'chiro', 'physio'];
  return state.events.some(
    (e) => (e.type === 'triaged' || e.type === 'assessed') && practice.includes(e.by.actor),
  );
}

/** SELF-MANAGEMENT-HUB (p.31): a plan with self-management, or a self-management course running. */
function selfManagementInPlace(state: PathwayState): boolean {
  return (
    (state.plan?.interventions.includes('self-management') ?? false) ||
    Object.values(state.interventions).some((i) => i.intervention === 'self-management' && !i.ended)
  );
}

/** SURG-NONSPECIFIC (p.39): surgery is not used for non-specific low back pain. */
function surgeryWarnings(state: PathwayState, interventions: readonly string[]): Violation[] {
  const targetGroup = state.triage?.result?.targetGroup;
  return interventions.includes('back-surgery') && targetGroup && NONSPECIFIC.includes(targetGroup)
    ? [{ rule: 'SURG-NONSPECIFIC', params: { targetGroup } }]
    : [];
}
