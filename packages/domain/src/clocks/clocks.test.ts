import { describe, expect, it } from 'vitest';
import { consentTo, rehabPlanReferral, Scenario, VIEWERS } from '../testing/scenario.ts';
import { clocksOf } from './clocks.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const at = (day: string) => `${day}T10:00:00+02:00`;
const clock = (s: Scenario, code: string, now: string) => clocksOf(s.state, now).find((c) => c.code === code);

describe('clocks (spec §7)', () => {
  it('CLK-MED-DAYS: the first medication follow-up is pending, due from day 3, overdue after a week, met by the follow-up', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-1',
        drug: 'Ibuprofen',
        painCourse: 'episodic',
        discontinuationPlan: 'Stop efter 10 dage',
      },
      T0,
    );
    expect(clock(s, 'CLK-MED-DAYS', at('2026-09-03'))).toMatchObject({
      state: 'pending',
      dueFrom: '2026-09-04',
    });
    expect(clock(s, 'CLK-MED-DAYS', at('2026-09-04'))).toMatchObject({
      state: 'due',
      owner: VIEWERS.gp.organisationId,
    });
    expect(clock(s, 'CLK-MED-DAYS', at('2026-09-09'))).toMatchObject({ state: 'overdue' });
    s.run(
      VIEWERS.gp,
      { type: 'medicationFollowedUp', prescriptionId: 'rx-1', effect: 'God effekt', sideEffects: 'Ingen' },
      at('2026-09-05'),
    );
    expect(clock(s, 'CLK-MED-DAYS', at('2026-09-09'))).toMatchObject({
      state: 'met',
      metOn: '2026-09-05',
      late: false,
    });
  });

  it('CLK-MED-3-4W: the second follow-up falls due at the latest 4 weeks after the prescription', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-1',
        drug: 'Ibuprofen',
        painCourse: 'episodic',
        discontinuationPlan: 'Stop',
      },
      T0,
    );
    s.run(
      VIEWERS.gp,
      { type: 'medicationFollowedUp', prescriptionId: 'rx-1', effect: 'God', sideEffects: 'Ingen' },
      at('2026-09-04'),
    );
    expect(clock(s, 'CLK-MED-3-4W', at('2026-09-25'))).toMatchObject({ state: 'due', dueBy: '2026-09-29' });
    expect(clock(s, 'CLK-MED-3-4W', at('2026-09-30'))).toMatchObject({ state: 'overdue' });
    s.run(
      VIEWERS.gp,
      { type: 'medicationFollowedUp', prescriptionId: 'rx-1', effect: 'Seponeret', sideEffects: 'Ingen' },
      at('2026-09-28'),
    );
    expect(clock(s, 'CLK-MED-3-4W', at('2026-09-30'))).toMatchObject({ state: 'met' });
  });

  it('CLK-REASSESS-4-8W and SURG-RADICULAR: a nerve root course is reassessed 4–8 weeks after treatment start', () => {
    const s = Scenario.planned({ specificFindings: { nerveRoot: true, stenosis: false, other: [] } });
    s.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
      T0,
    );
    expect(clock(s, 'CLK-REASSESS-4-8W', at('2026-09-20'))).toMatchObject({
      state: 'pending',
      dueFrom: '2026-09-29',
      dueBy: '2026-10-27',
    });
    expect(clock(s, 'CLK-REASSESS-4-8W', at('2026-10-01'))).toMatchObject({ state: 'due' });
    expect(clock(s, 'CLK-REASSESS-4-8W', at('2026-10-28'))).toMatchObject({ state: 'overdue' });
    s.run(VIEWERS.gp, { type: 'assessed', icf: { bodyFunctions: { painIntensity: 7 } } }, at('2026-10-02'));
    expect(clock(s, 'CLK-REASSESS-4-8W', at('2026-10-28'))).toMatchObject({
      state: 'met',
      metOn: '2026-10-02',
    });
  });

  it('CLK-HOSP-6-8W: from 6 weeks of treatment a hospital referral may be made; it never turns overdue', () => {
    const s = Scenario.planned({ specificFindings: { nerveRoot: false, stenosis: true, other: [] } });
    s.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
      T0,
    );
    expect(clock(s, 'CLK-HOSP-6-8W', at('2026-10-12'))).toMatchObject({
      state: 'pending',
      dueFrom: '2026-10-13',
    });
    expect(clock(s, 'CLK-HOSP-6-8W', at('2026-10-13'))).toMatchObject({ state: 'due', threshold: true });
    expect(clock(s, 'CLK-HOSP-6-8W', at('2027-01-01'))).toMatchObject({ state: 'due' });
  });

  it('CLK-STRUCT-6M and SURG-STRUCTURAL: structural change is considered for surgery after 6 months of treatment', () => {
    const s = Scenario.planned({
      specificFindings: { nerveRoot: false, stenosis: false, other: ['structural'] },
    });
    s.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
      T0,
    );
    expect(clock(s, 'CLK-STRUCT-6M', at('2027-02-28'))).toMatchObject({
      state: 'pending',
      dueFrom: '2027-03-01',
    });
    expect(clock(s, 'CLK-STRUCT-6M', at('2027-03-01'))).toMatchObject({ state: 'due' });
  });

  it('CLK-PAIN-6M: pain duration from the ICF assessment marks when the pain-centre criterion holds', () => {
    const s = Scenario.planned({
      complicatingFactors: {
        longLasting: true,
        significantFunctionalLimitation: true,
        psychosocial: true,
        comorbidity: false,
      },
    });
    s.run(VIEWERS.gp, { type: 'assessed', icf: { bodyFunctions: { durationWeeks: 20 } } }, T0);
    expect(clock(s, 'CLK-PAIN-6M', T0)).toMatchObject({
      state: 'pending',
      startedOn: '2026-04-14',
      dueFrom: '2026-10-14',
    });
    expect(clock(s, 'CLK-PAIN-6M', at('2026-10-14'))).toMatchObject({ state: 'due' });
  });

  it('CLK-R140-SEND: a plan sent two days after discharge is met late', () => {
    const s = Scenario.withRehabPlan('2026-08-30');
    expect(clock(s, 'CLK-R140-SEND', T0)).toMatchObject({
      state: 'met',
      late: true,
      dueBy: '2026-08-30',
      metOn: '2026-09-01',
    });
  });

  it("CLK-R140-SEND: a HospitalNotification discharge starts the clock; the hospital's §140 plan meets it, once", () => {
    const s = Scenario.planned({}, T0);
    s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
    const discharged = at('2026-09-02');
    s.run(
      VIEWERS.hospital,
      { type: 'hospitalNotified', notificationId: 'msg-1', event: 'discharged', occurredAt: discharged },
      discharged,
    );
    expect(clock(s, 'CLK-R140-SEND', discharged)).toMatchObject({ state: 'due', subject: 'msg-1' });
    expect(clock(s, 'CLK-R140-SEND', at('2026-09-03'))).toMatchObject({
      state: 'overdue',
      owner: VIEWERS.hospital.organisationId,
    });
    s.run(VIEWERS.hospital, rehabPlanReferral('r-1', '2026-09-02'), at('2026-09-03'));
    const send = clocksOf(s.state, at('2026-09-04')).filter((c) => c.code === 'CLK-R140-SEND');
    expect(send).toEqual([
      expect.objectContaining({ subject: 'msg-1', state: 'met', metOn: '2026-09-03', late: true }),
    ]);
  });

  it("CLK-R140-START and R140-7-DAYS: the citizen's free choice of a private provider answers an overdue start clock", () => {
    const s = Scenario.withRehabPlan('2026-09-01');
    const late = at('2026-09-10');
    expect(clock(s, 'CLK-R140-START', late)).toMatchObject({ state: 'overdue' });
    s.run(VIEWERS.rehab, { type: 'referralAccepted', referralId: 'r-1' }, late);
    s.run(
      VIEWERS.rehab,
      { type: 'freeChoiceRecorded', referralId: 'r-1', provider: 'Fysioterapeut Hansen' },
      late,
    );
    expect(clock(s, 'CLK-R140-START', late)).toMatchObject({ state: 'met', late: true, metOn: '2026-09-10' });
  });
});
