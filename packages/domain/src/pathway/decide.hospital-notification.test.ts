import { describe, expect, it } from 'vitest';
import { consentTo, Scenario, VIEWERS } from '../testing/scenario.ts';
import type { Command } from './events.schema.ts';
import { slice } from './pathway.slice.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const notified = (notificationId: string, event: 'admitted' | 'discharged' = 'admitted'): Command => ({
  type: 'hospitalNotified',
  notificationId,
  event,
  occurredAt: '2026-09-01T08:00:00+02:00',
});

/** A MedCom HospitalNotification as a fact of the pathway (issue 13; CLK-R140-SEND p.55). */
describe('hospitalNotified', () => {
  const related = () => {
    const s = Scenario.planned({}, T0);
    s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
    return s;
  };

  it('ACTOR-PERMISSION: only a hospital (or acute ward) notifies admission and discharge', () => {
    const decision = related().attempt(VIEWERS.gp, notified('m-1'), T0);
    expect(decision).toMatchObject({ ok: false, violations: [{ rule: 'ACTOR-PERMISSION' }] });
  });

  it('PATHWAY-STATE: a hospital with no relation to the pathway is refused', () => {
    const decision = Scenario.planned({}, T0).attempt(VIEWERS.hospital, notified('m-1'), T0);
    expect(decision).toMatchObject({
      ok: false,
      violations: [{ rule: 'PATHWAY-STATE', params: { reason: 'no-relation' } }],
    });
  });

  it('PATHWAY-STATE: the same notification (message id) is recorded once', () => {
    const s = related();
    s.run(VIEWERS.hospital, notified('m-1'), T0);
    expect(s.attempt(VIEWERS.hospital, notified('m-1', 'discharged'), T0)).toMatchObject({
      ok: false,
      violations: [{ rule: 'PATHWAY-STATE', field: 'notificationId', params: { reason: 'duplicate' } }],
    });
  });

  it('INPUT-INVALID: an admission in the future is refused', () => {
    const decision = related().attempt(
      VIEWERS.hospital,
      { ...notified('m-2'), occurredAt: '2026-09-03T08:00:00+02:00' } as Command,
      T0,
    );
    expect(decision).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'occurredAt' }],
    });
  });

  it('CONSENT: the notification is clinical, so the jobcentre without consent does not see it', () => {
    const s = related();
    s.run(VIEWERS.hospital, notified('m-1'), T0);
    s.run(VIEWERS.gp, { ...consentTo(VIEWERS.jobcentre, 'c-j'), purpose: 'employment' } as Command, T0);
    s.run(VIEWERS.gp, { type: 'consentWithdrawn', consentId: 'c-j' }, T0);
    const view = slice(s.state, VIEWERS.jobcentre);
    expect(view?.entries.some((e) => e.visibility === 'full' && e.event.type === 'hospitalNotified')).toBe(
      false,
    );
    expect(slice(s.state, VIEWERS.gp)?.state.events.some((e) => e.type === 'hospitalNotified')).toBe(true);
  });
});
