import { describe, expect, it } from 'vitest';
import { advise } from '../advice/advise.ts';
import { party, Scenario, VIEWERS } from '../testing/scenario.ts';
import type { Command } from './events.schema.ts';

const T0 = '2026-09-01T09:00:00+02:00';

/** The GP has sent LÆ 165 with consent, so the jobcentre has a case. */
function jobcentreCase(): Scenario {
  const s = Scenario.planned();
  s.run(
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: 'lae165-1',
      kind: 'jobcentre-lae165',
      to: party(VIEWERS.jobcentre),
      content: {
        proposal: 'Socialmedicinsk sagsbehandling',
        workSituation: 'SOSU-assistent, 37 t',
        healthInformation: 'Uspecifikke lændesmerter',
      },
      recordConsent: 'employment',
    },
    T0,
  );
  return s;
}
const sickLeave = (extra: Partial<Extract<Command, { type: 'sickLeaveRegistered' }>> = {}): Command => ({
  type: 'sickLeaveRegistered',
  start: '2026-08-20',
  extent: 'full',
  expectedWeeks: 10,
  ...extra,
});

describe('jobcentre (spec §6.5, p.41–43, p.55)', () => {
  it('PARTIAL-LEAVE: partial sick leave of 3 hours a week is refused, 4 hours is accepted', () => {
    const s = jobcentreCase();
    expect(s.attempt(VIEWERS.jobcentre, sickLeave({ extent: 'partial', hoursPerWeek: 3 }), T0)).toMatchObject(
      {
        ok: false,
        violations: [{ rule: 'PARTIAL-LEAVE', field: 'hoursPerWeek', params: { minimum: 4, given: 3 } }],
      },
    );
    expect(s.attempt(VIEWERS.jobcentre, sickLeave({ extent: 'partial', hoursPerWeek: 4 }), T0).ok).toBe(true);
  });

  it('PARTIAL-LEAVE: partial sick leave without its hours names them as missing, not as 0 given', () => {
    const s = jobcentreCase();
    const refused = s.attempt(VIEWERS.jobcentre, sickLeave({ extent: 'partial' }), T0);
    expect(refused.ok).toBe(false);
    expect(refused.ok ? [] : refused.violations).toEqual([
      { rule: 'PARTIAL-LEAVE', field: 'hoursPerWeek', params: { minimum: 4, reason: 'missing' } },
    ]);
  });

  it('ACTOR-PERMISSION: only the jobcentre registers sick leave', () => {
    expect(jobcentreCase().attempt(VIEWERS.gp, sickLeave(), T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'ACTOR-PERMISSION' }],
    });
  });

  it('FAST-TRACK: sick leave expected over 8 weeks prompts fast track, with the CLK-SICK-8W clock until requested', () => {
    const s = jobcentreCase();
    const d = s.run(VIEWERS.jobcentre, sickLeave({ expectedWeeks: 12 }), T0);
    expect(d.warnings).toEqual([{ rule: 'FAST-TRACK', params: { expectedWeeks: 12 } }]);
    const rules = advise(s.state, T0).map((a) => a.rule);
    expect(rules).toEqual(expect.arrayContaining(['FAST-TRACK', 'CLK-SICK-8W']));
    s.run(
      VIEWERS.jobcentre,
      { type: 'fastTrackRequested', requestedBy: 'employee', requestedOn: '2026-09-01' },
      T0,
    );
    expect(advise(s.state, T0).map((a) => a.rule)).not.toContain('CLK-SICK-8W');
  });

  it('CLK-FASTTRACK: the fast-track meeting is due within 14 days of the request and overdue after', () => {
    const s = jobcentreCase();
    s.run(VIEWERS.jobcentre, sickLeave(), T0);
    s.run(
      VIEWERS.jobcentre,
      { type: 'fastTrackRequested', requestedBy: 'employer', requestedOn: '2026-09-01' },
      T0,
    );
    const late = s.run(
      VIEWERS.jobcentre,
      { type: 'meetingScheduled', meetingId: 'm-1', purpose: 'fast-track', on: '2026-09-18' },
      T0,
    );
    expect(late.warnings).toEqual([
      { rule: 'FAST-TRACK', field: 'on', params: { latest: '2026-09-15', clock: 'CLK-FASTTRACK' } },
    ]);
    const clock = (now: string) => advise(s.state, now).find((a) => a.rule === 'CLK-FASTTRACK')?.clock;
    expect(clock('2026-09-15T10:00:00+02:00')).toMatchObject({ state: 'due', dueBy: '2026-09-15' });
    expect(clock('2026-09-16T10:00:00+02:00')).toMatchObject({ state: 'overdue' });
    s.run(
      VIEWERS.jobcentre,
      {
        type: 'meetingHeld',
        meetingId: 'm-1',
        notes: 'Samtale om tilbagevenden',
        returnToWorkPlan: 'Gradvis opstart 3 uger',
      },
      '2026-09-18T10:00:00+02:00',
    );
    expect(clock('2026-09-19T10:00:00+02:00')).toMatchObject({
      state: 'met',
      late: true,
      metOn: '2026-09-18',
    });
  });

  it('CLK-FASTTRACK PATHWAY-STATE: a planned meeting is moved by scheduling it again; a held one is not', () => {
    const s = jobcentreCase();
    s.run(VIEWERS.jobcentre, sickLeave(), T0);
    s.run(
      VIEWERS.jobcentre,
      { type: 'fastTrackRequested', requestedBy: 'employee', requestedOn: '2026-09-01' },
      T0,
    );
    const meeting = (on: string): Command => ({
      type: 'meetingScheduled',
      meetingId: 'm-1',
      purpose: 'fast-track',
      on,
    });
    s.run(VIEWERS.jobcentre, meeting('2026-09-08'), T0);
    const moved = s.run(VIEWERS.jobcentre, meeting('2026-09-10'), T0);
    expect(moved.warnings ?? []).toEqual([]);
    expect(s.state.meetings['m-1']?.on).toBe('2026-09-10');
    // Moving it past the 14 days still warns (CLK-FASTTRACK, p.42).
    expect(s.run(VIEWERS.jobcentre, meeting('2026-09-20'), T0).warnings).toEqual([
      { rule: 'FAST-TRACK', field: 'on', params: { latest: '2026-09-15', clock: 'CLK-FASTTRACK' } },
    ]);
    expect(
      s.attempt(VIEWERS.jobcentre, { ...meeting('2026-09-12'), purpose: 'follow-up' } as Command, T0),
    ).toMatchObject({
      ok: false,
      violations: [{ rule: 'PATHWAY-STATE', field: 'purpose', params: { reason: 'purpose-changed' } }],
    });
    s.run(
      VIEWERS.jobcentre,
      { type: 'meetingHeld', meetingId: 'm-1', notes: 'Holdt' },
      '2026-09-20T10:00:00+02:00',
    );
    expect(s.attempt(VIEWERS.jobcentre, meeting('2026-09-25'), T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'PATHWAY-STATE', field: 'meetingId', params: { reason: 'already-held' } }],
    });
  });

  it('CLK-FASTTRACK PATHWAY-STATE: a planned meeting is cancelled, the clock runs again; a held or unknown one is not', () => {
    const s = jobcentreCase();
    s.run(VIEWERS.jobcentre, sickLeave(), T0);
    s.run(
      VIEWERS.jobcentre,
      { type: 'fastTrackRequested', requestedBy: 'employee', requestedOn: '2026-09-01' },
      T0,
    );
    const schedule = (meetingId: string): Command => ({
      type: 'meetingScheduled',
      meetingId,
      purpose: 'fast-track',
      on: '2026-09-08',
    });
    const cancel = (meetingId: string): Command => ({
      type: 'meetingCancelled',
      meetingId,
      reason: 'Borgeren er indlagt',
    });
    s.run(VIEWERS.jobcentre, schedule('m-1'), T0);
    expect(s.run(VIEWERS.jobcentre, cancel('m-1'), T0).warnings ?? []).toEqual([]);
    expect(s.state.meetings['m-1']).toBeUndefined();
    // The fast-track clock is still open: no meeting has been held within the 14 days.
    const clock = (at: string) => advise(s.state, at).find((a) => a.rule === 'CLK-FASTTRACK')?.clock?.state;
    expect(clock('2026-09-16T09:00:00+02:00')).toBe('overdue');
    // Cancelled twice, or a meeting never booked: nothing to cancel.
    expect(s.attempt(VIEWERS.jobcentre, cancel('m-1'), T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'PATHWAY-STATE', field: 'meetingId', params: { reason: 'unknown' } }],
    });
    // A held meeting is history.
    s.run(VIEWERS.jobcentre, schedule('m-2'), T0);
    s.run(
      VIEWERS.jobcentre,
      { type: 'meetingHeld', meetingId: 'm-2', notes: 'Holdt' },
      '2026-09-08T10:00:00+02:00',
    );
    expect(s.attempt(VIEWERS.jobcentre, cancel('m-2'), T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'PATHWAY-STATE', field: 'meetingId', params: { reason: 'already-held' } }],
    });
    // Only the jobcentre books and cancels its meetings.
    s.run(VIEWERS.jobcentre, schedule('m-3'), T0);
    expect(s.attempt(VIEWERS.gp, cancel('m-3'), T0).ok).toBe(false);
  });

  it('LAE285: the certificate is requested from the coordinating GP, by week 8 of sick leave', () => {
    const s = jobcentreCase();
    s.run(VIEWERS.jobcentre, sickLeave(), T0);
    expect(advise(s.state, T0)).toContainEqual(
      expect.objectContaining({ rule: 'LAE285', params: { week8: '2026-10-15' } }),
    );
    const request = (to = VIEWERS.gp, dueBy = '2026-10-10'): Command => ({
      type: 'certificateRequested',
      certificateId: 'c-1',
      certificate: 'LAE285',
      to: party(to),
      dueBy,
    });
    expect(s.attempt(VIEWERS.jobcentre, request(VIEWERS.otherGp), T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'LAE285', field: 'to' }],
    });
    expect(s.attempt(VIEWERS.jobcentre, request(VIEWERS.gp, '2026-10-20'), T0)).toMatchObject({
      ok: true,
      warnings: [{ rule: 'LAE285', field: 'dueBy' }],
    });
    s.run(VIEWERS.jobcentre, request(), T0);
    expect(
      s.attempt(
        VIEWERS.physio,
        { type: 'certificateAnswered', certificateId: 'c-1', abilityToWork: 'x', considerations: 'y' },
        T0,
      ).ok,
    ).toBe(false);
    s.run(
      VIEWERS.gp,
      {
        type: 'certificateAnswered',
        certificateId: 'c-1',
        abilityToWork: 'Kan arbejde 20 t/uge',
        considerations: 'Undgå tunge løft',
      },
      T0,
    );
    expect(s.state.certificates['c-1']?.answered?.abilityToWork).toBe('Kan arbejde 20 t/uge');
  });

  it('OPPORTUNITY-STATEMENT: the mulighedserklæring is asked of the coordinating GP only', () => {
    const s = jobcentreCase();
    const request = (to = VIEWERS.gp): Command => ({
      type: 'certificateRequested',
      certificateId: 'o-1',
      certificate: 'opportunity-statement',
      to: party(to),
      dueBy: '2026-09-20',
    });
    expect(s.attempt(VIEWERS.jobcentre, request(VIEWERS.physio), T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'OPPORTUNITY-STATEMENT' }],
    });
    expect(s.attempt(VIEWERS.jobcentre, request(), T0).ok).toBe(true);
  });

  it('S56: a §56 arrangement is recorded by the jobcentre', () => {
    const s = jobcentreCase();
    s.run(VIEWERS.jobcentre, { type: 's56Applied', appliedOn: '2026-09-01' }, T0);
    expect(s.state.s56AppliedOn).toBe('2026-09-01');
    expect(s.attempt(VIEWERS.physio, { type: 's56Applied', appliedOn: '2026-09-01' }, T0).ok).toBe(false);
  });

  it('BENEFIT-REVIEW: a review of sickness benefit within four weeks is brought forward', () => {
    const s = jobcentreCase();
    s.run(VIEWERS.jobcentre, sickLeave(), T0);
    s.run(VIEWERS.jobcentre, { type: 'benefitReviewScheduled', reviewOn: '2026-10-20' }, T0);
    expect(advise(s.state, T0).map((a) => a.rule)).not.toContain('BENEFIT-REVIEW');
    expect(advise(s.state, '2026-10-01T10:00:00+02:00')).toContainEqual(
      expect.objectContaining({ rule: 'BENEFIT-REVIEW', params: { reviewOn: '2026-10-20' } }),
    );
  });

  it('JOB-CONSENT: with the consent withdrawn, the jobcentre is advised to ask for it again', () => {
    const s = jobcentreCase();
    s.run(VIEWERS.jobcentre, sickLeave(), T0);
    expect(advise(s.state, T0).map((a) => a.rule)).not.toContain('JOB-CONSENT');
    const consentId =
      Object.values(s.state.consents).find(
        (c) => c.recipient.organisationId === VIEWERS.jobcentre.organisationId,
      )?.consentId ?? '';
    s.run(VIEWERS.gp, { type: 'consentWithdrawn', consentId }, T0);
    expect(advise(s.state, T0)).toContainEqual(
      expect.objectContaining({ rule: 'JOB-CONSENT', owner: VIEWERS.jobcentre.organisationId }),
    );
  });
});
