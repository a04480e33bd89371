import type { Viewer } from '../program/actors.ts';
import { isCitizenViewer } from '../program/actors.ts';
import { RECIPIENT_ACTOR, type ReferralKind } from '../program/referral-matrix.ts';
import { checkReferral } from '../referral/referral.rules.ts';
import type { Violation } from '../violation.ts';
import { consentGivenViolations, consentWithdrawnViolations } from './consent.rules.ts';
import type { ParsedCommand } from './events.schema.ts';
import { coordinatorOf, hasConsent, recordedConsentId } from './pathway.consent.ts';
import type { DecideContext, Ruling } from './pathway.decide.ts';
import type { PathwayState, ReferralState } from './pathway.state.ts';

const unknown = (field: string, id: string): Violation => ({
  rule: 'PATHWAY-STATE',
  field,
  params: { reason: 'unknown', id },
});
const state_ = (field: string, reason: string): Violation => ({
  rule: 'PATHWAY-STATE',
  field,
  params: { reason },
});

/** A referral addressed to the viewer's organisation, or why it is not theirs to answer. */
function ownReferral(state: PathwayState, referralId: string, viewer: Viewer): ReferralState | Violation {
  const referral = state.referrals[referralId];
  if (!referral || referral.to.organisationId !== viewer.organisationId)
    return unknown('referralId', referralId);
  return referral;
}

/** Referrals, notes, consent and certificates between sectors (chapter 8, p.50–56). */
export function decideCommunication(
  state: PathwayState,
  cmd: ParsedCommand,
  { viewer, now }: DecideContext,
): Ruling | undefined {
  switch (cmd.type) {
    case 'referralSent': {
      const { recordConsent, ...referral } = cmd;
      if (state.referrals[cmd.referralId]) return { violations: [state_('referralId', 'duplicate')] };
      // A self-referral is registered by the receiving practice; the route is the citizen's (Table 3).
      if (cmd.selfReferral && cmd.to.organisationId !== viewer.organisationId) {
        return {
          violations: [
            {
              rule: 'REFERRAL-ROUTE',
              field: 'to.organisationId',
              params: { reason: 'self-referral-to-self' },
            },
          ],
        };
      }
      const parties = referralPartyViolations(state, cmd, viewer, recordConsent);
      if (parties.length) return { violations: parties };
      const from: Viewer = cmd.selfReferral ? { ...viewer, actor: 'citizen' } : viewer;
      // A self-referral brings only the citizen to the practice: nothing is shared with it, so no consent is asked.
      const check = checkReferral(state, from, cmd, now, recordConsent !== undefined || cmd.selfReferral);
      if (check.violations.length) return { violations: check.violations, warnings: check.warnings };
      const warnings = [...check.warnings];
      // GP-INFORMED (p.14, p.50): the coordinator hears of every referral, which needs consent to share with them.
      const coordinator = coordinatorOf(state);
      if (coordinator && coordinator !== viewer.organisationId && !hasConsent(state, coordinator)) {
        warnings.push({ rule: 'GP-INFORMED', params: { coordinator } });
      }
      const consent = recordConsent
        ? [
            {
              type: 'consentGiven' as const,
              consentId: recordedConsentId(state, state.version + 1),
              recipient: cmd.to,
              purpose: recordConsent,
              givenBy: 'professional' as const,
            },
          ]
        : [];
      return { events: [...consent, referral], warnings };
    }
    case 'referralAccepted':
    case 'referralDeclined': {
      const referral = ownReferral(state, cmd.referralId, viewer);
      if ('rule' in referral) return { violations: [referral] };
      if (referral.status !== 'sent')
        return { violations: [state_('referralId', `already-${referral.status}`)] };
      // R140-BINDING (p.55): a rehabilitation plan is a medical referral; it cannot be set aside.
      if (cmd.type === 'referralDeclined' && referral.kind === 'rehab-140') {
        return { violations: [{ rule: 'R140-BINDING', field: 'referralId' }] };
      }
      return { events: [cmd] };
    }
    case 'rehabGraded':
    case 'freeChoiceRecorded': {
      const referral = ownReferral(state, cmd.referralId, viewer);
      if ('rule' in referral) return { violations: [referral] };
      if (referral.kind !== 'rehab-140') return { violations: [state_('referralId', 'not-rehab-140')] };
      return { events: [cmd] };
    }
    case 'noteSent':
      // A note id names one message for good: a message delivered twice is never appended twice.
      if (state.notes.some((note) => note.noteId === cmd.noteId))
        return { violations: [state_('noteId', 'duplicate')] };
      return noteRuling(state, cmd, viewer);
    case 'consentGiven': {
      if (state.consents[cmd.consentId]) return { violations: [state_('consentId', 'duplicate')] };
      const violations = consentGivenViolations(state, cmd, viewer);
      if (violations.length) return { violations };
      return { events: [{ ...cmd, givenBy: isCitizenViewer(viewer) ? 'citizen' : 'professional' }] };
    }
    case 'consentWithdrawn': {
      const consent = state.consents[cmd.consentId];
      if (!consent) return { violations: [unknown('consentId', cmd.consentId)] };
      const violations = consentWithdrawnViolations(state, cmd, viewer);
      if (violations.length) return { violations };
      if (consent.withdrawnAt) return { violations: [state_('consentId', 'already-withdrawn')] };
      return { events: [cmd] };
    }
    case 'certificateAnswered': {
      const certificate = state.certificates[cmd.certificateId];
      if (!certificate || certificate.to.organisationId !== viewer.organisationId) {
        return { violations: [unknown('certificateId', cmd.certificateId)] };
      }
      if (certificate.answered) return { violations: [state_('certificateId', 'already-answered')] };
      return { events: [cmd] };
    }
    default:
      return undefined;
  }
}

/** Kinds a citizen may refer themselves to (Table 3, p.51; issue 8): never the jobcentre, never a hospital. */
const SELF_REFERRAL_KINDS: readonly ReferralKind[] = ['physio', 'chiro', 'prevention-119'];

/**
 * The parties of a referral (issue 8). SELF-REFERRAL (p.51): registered by the receiving
 * organisation for itself, only for the kinds the citizen may choose, and it records no consent
 * (that would be the recipient widening its own view: CONSENT-BY). REFERRAL-ROUTE: no
 * organisation refers to itself other than as a self-referral.
 */
function referralPartyViolations(
  state: PathwayState,
  cmd: Extract<ParsedCommand, { type: 'referralSent' }>,
  viewer: Viewer,
  recordConsent: 'treatment' | 'employment' | undefined,
): Violation[] {
  if (!cmd.selfReferral) {
    if (cmd.to.organisationId === viewer.organisationId) {
      return [
        { rule: 'REFERRAL-ROUTE', field: 'to.organisationId', params: { reason: 'to-own-organisation' } },
      ];
    }
    return recordConsent
      ? consentGivenViolations(state, { recipient: cmd.to, purpose: recordConsent }, viewer, {
          referralTo: cmd.to,
        })
      : [];
  }
  if (!SELF_REFERRAL_KINDS.includes(cmd.kind) || RECIPIENT_ACTOR[cmd.kind] !== viewer.actor) {
    return [{ rule: 'SELF-REFERRAL', field: 'kind', params: { kind: cmd.kind, actor: viewer.actor } }];
  }
  if (recordConsent)
    return [
      { rule: 'CONSENT-BY', field: 'recordConsent', params: { reason: 'recipient-records-for-itself' } },
    ];
  return [];
}

/** P119-CLOSE (p.54): a closing note's addressees beyond the GP and the referral's named copies. */
function p119Addressees(
  state: PathwayState,
  cmd: Extract<ParsedCommand, { type: 'noteSent' }>,
  viewer: Viewer,
  coordinator: string | undefined,
): Violation[] {
  const referrals = Object.values(state.referrals).filter(
    (r) =>
      r.kind === 'prevention-119' &&
      r.to.organisationId === viewer.organisationId &&
      (!cmd.referralId || r.referralId === cmd.referralId),
  );
  const copies = referrals.flatMap((r) => {
    const copyTo = (r.content as { copyTo?: { organisationId: string }[] }).copyTo ?? [];
    return copyTo.map((party) => party.organisationId);
  });
  const allowed = [...new Set([...(coordinator ? [coordinator] : []), ...copies])];
  return cmd.to.flatMap((party, i) =>
    allowed.includes(party.organisationId)
      ? []
      : [
          {
            rule: 'P119-CLOSE' as const,
            field: `to.${i}`,
            params: { recipient: party.organisationId, allowed },
          },
        ],
  );
}

function noteRuling(
  state: PathwayState,
  cmd: Extract<ParsedCommand, { type: 'noteSent' }>,
  viewer: Viewer,
): Ruling {
  const violations: Violation[] = [];
  const warnings: Violation[] = [];
  const recipients = cmd.to.map((party) => party.organisationId);
  const coordinator = coordinatorOf(state);
  // CONSENT (p.50): every recipient outside the sender's own organisation.
  cmd.to.forEach((party, i) => {
    if (party.organisationId !== viewer.organisationId && !hasConsent(state, party.organisationId)) {
      const rule = party.actor === 'jobcentre' ? 'JOB-CONSENT' : 'CONSENT';
      violations.push({ rule, field: `to.${i}`, params: { recipient: party.organisationId } });
    }
  });
  const referral = cmd.referralId ? state.referrals[cmd.referralId] : undefined;
  if (cmd.referralId && !referral) violations.push(unknown('referralId', cmd.referralId));

  switch (cmd.kind) {
    case 'closing-note-119':
      // P119-CLOSE (p.54): XDIS15 to the GP with reason, summary and agreements going forward.
      if (viewer.actor !== 'municipal-prevention')
        violations.push({ rule: 'ACTOR-PERMISSION', field: 'kind' });
      if (!coordinator || !recipients.includes(coordinator))
        violations.push({
          rule: 'P119-CLOSE',
          field: 'to',
          ...(coordinator ? { params: { gp: coordinator } } : {}),
        });
      // P119-CLOSE (p.54): besides the GP, only the copy recipients the §119 referral named.
      violations.push(...p119Addressees(state, cmd, viewer, coordinator));
      for (const field of ['reason', 'summary', 'agreements'] as const) {
        if (!cmd.content[field]?.trim()) violations.push({ rule: 'P119-CLOSE', field: `content.${field}` });
      }
      break;
    case 'slutnotat-140':
      // R140-CLOSE (p.55): to the referring hospital department; to the GP only with consent (checked above).
      if (viewer.actor !== 'municipal-rehab') violations.push({ rule: 'ACTOR-PERMISSION', field: 'kind' });
      if (referral?.kind !== 'rehab-140') {
        violations.push({ rule: 'R140-CLOSE', field: 'referralId' });
      } else if (!recipients.includes(referral.by.organisationId)) {
        violations.push({
          rule: 'R140-CLOSE',
          field: 'to',
          params: { hospital: referral.by.organisationId },
        });
      }
      break;
    case 'epicrisis':
      // HOSP-EPICRISIS (p.53): to the GP; a copy to a referring specialist or chiropractor.
      if (viewer.actor !== 'hospital') violations.push({ rule: 'ACTOR-PERMISSION', field: 'kind' });
      if (!coordinator || !recipients.includes(coordinator))
        violations.push({ rule: 'HOSP-EPICRISIS', field: 'to' });
      if (
        referral &&
        (referral.by.actor === 'specialist' || referral.by.actor === 'chiro') &&
        !recipients.includes(referral.by.organisationId)
      ) {
        warnings.push({
          rule: 'HOSP-EPICRISIS',
          field: 'to',
          params: { copyTo: referral.by.organisationId },
        });
      }
      break;
    case 'feedback':
    case 'closing-note':
      // FEEDBACK-GP (p.51–52): physio and chiro report to the GP; the closing note says who follows up.
      if (
        (viewer.actor === 'physio' || viewer.actor === 'chiro') &&
        coordinator &&
        !recipients.includes(coordinator)
      ) {
        warnings.push({ rule: 'FEEDBACK-GP', field: 'to' });
      }
      if (
        cmd.kind === 'closing-note' &&
        (viewer.actor === 'physio' || viewer.actor === 'chiro') &&
        !cmd.content.followUpBy
      ) {
        // "Det anbefales" (p.51–52): a recommendation, so a warning.
        warnings.push({ rule: 'FEEDBACK-GP', field: 'content.followUpBy' });
      }
      break;
    default:
      break;
  }
  return violations.length ? { violations, warnings } : { events: [cmd], warnings };
}
