import { describe, expect, it } from 'vitest';
import { clocksOf } from '../clocks/clocks.ts';
import type { Viewer } from '../program/actors.ts';
import type { ReferralKind } from '../program/referral-matrix.ts';
import { hospitalContent, party, rehabPlan, Scenario, VIEWERS } from '../testing/scenario.ts';
import type { Command } from './events.schema.ts';

/**
 * Issue 14 review: a §140 course recorded days after it began carries its start day (startedOn).
 * CLK-R140-START (p.55) is judged on that day, sessions cannot precede it, and the day is neither
 * in the future nor before the plan was sent.
 */
const T0 = '2026-09-01T09:00:00+02:00';
const referral = (kind: ReferralKind, to: Viewer, content: unknown, referralId: string): Command =>
  ({ type: 'referralSent', referralId, kind, to: party(to), content, recordConsent: 'treatment' }) as Command;

/** A §140 plan sent on 1 September and received by the municipality (start due by 8 September). */
const received = () => {
  const s = Scenario.planned();
  s.run(VIEWERS.gp, referral('hospital', VIEWERS.hospital, hospitalContent(), 'h-1'), T0);
  s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }, T0);
  s.run(VIEWERS.hospital, referral('rehab-140', VIEWERS.rehab, rehabPlan('2026-09-01'), 'r-1'), T0);
  s.run(VIEWERS.rehab, { type: 'referralAccepted', referralId: 'r-1' }, T0);
  return s;
};
const start = (startedOn?: string): Command => ({
  type: 'interventionStarted',
  interventionId: 'g-1',
  intervention: 'rehab-140',
  referralId: 'r-1',
  ...(startedOn ? { startedOn } : {}),
});
const clock = (s: Scenario, now: string) => clocksOf(s.state, now).find((c) => c.code === 'CLK-R140-START');

describe('the start of a §140 course has its own day (CLK-R140-START, p.55)', () => {
  it('CLK-R140-START: a course begun on day 6 and recorded on day 10 met its clock on time', () => {
    const s = received();
    s.run(VIEWERS.rehab, start('2026-09-06'), '2026-09-10T15:00:00+02:00');
    expect(s.state.interventions['g-1']?.startedOn).toBe('2026-09-06');
    expect(clock(s, '2026-09-10T16:00:00+02:00')).toMatchObject({ state: 'met', metOn: '2026-09-06' });
    expect(clock(s, '2026-09-10T16:00:00+02:00')?.late).toBeFalsy();
  });

  it("CLK-R140-START: without a start day the record's day counts (late here)", () => {
    const s = received();
    s.run(VIEWERS.rehab, start(), '2026-09-10T15:00:00+02:00');
    expect(clock(s, '2026-09-10T16:00:00+02:00')).toMatchObject({
      state: 'met',
      late: true,
      metOn: '2026-09-10',
    });
  });

  it('CLK-R140-START: the start day is not after today and not before the plan was sent (INPUT-INVALID startedOn)', () => {
    const s = received();
    const now = '2026-09-05T12:00:00+02:00';
    expect(s.attempt(VIEWERS.rehab, start('2026-09-06'), now)).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'startedOn', params: { reason: 'in the future' } }],
    });
    expect(s.attempt(VIEWERS.rehab, start('2026-08-31'), now)).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'startedOn', params: { reason: 'before the referral' } }],
    });
    expect(s.attempt(VIEWERS.rehab, start('2026-09-01'), now).ok).toBe(true);
  });

  it('CLK-R140-START: a session may be held on the start day, not before it (INPUT-INVALID heldOn)', () => {
    const s = received();
    s.run(VIEWERS.rehab, start('2026-09-03'), '2026-09-05T12:00:00+02:00');
    const session = (heldOn: string): Command => ({
      type: 'sessionRecorded',
      interventionId: 'g-1',
      response: 'improved',
      heldOn,
    });
    expect(s.attempt(VIEWERS.rehab, session('2026-09-02'), '2026-09-05T13:00:00+02:00')).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'heldOn', params: { reason: 'before the course' } }],
    });
    // Earlier than the day the start was recorded, on the day the course began: allowed.
    expect(s.attempt(VIEWERS.rehab, session('2026-09-03'), '2026-09-05T13:00:00+02:00').ok).toBe(true);
  });
});
