import { describe, expect, it } from 'vitest';
import { openCommand, party, Scenario, VIEWERS } from '../testing/scenario.ts';
import type { Command } from './events.schema.ts';

const T0 = '2026-09-01T09:00:00+02:00';

/** The citizen refers themselves to Vejle's prevention team, which starts supported self-management. */
function selfReferred(triagedByGp: boolean): Scenario {
  const s = new Scenario();
  s.run(VIEWERS.gp, openCommand(), T0);
  if (triagedByGp) s.run(VIEWERS.gp, { type: 'assessed', icf: { bodyFunctions: { painIntensity: 4 } } }, T0);
  s.run(
    VIEWERS.prevention,
    {
      type: 'referralSent',
      referralId: 'p-1',
      kind: 'prevention-119',
      to: party(VIEWERS.prevention),
      selfReferral: true,
      content: {
        referralDiagnosis: 'Lændesmerter',
        clinicalInformation: 'Selvhenvist',
        purpose: 'Afklarende samtale',
        history: 'Smerter i 3 måneder',
        practicalCircumstances: 'Cykler',
        otherMunicipalOffers: [],
        interpreterNeeded: false,
        criteria: { practiceCourseTried: false, aimPreventWorsening: true, courseJudgedHelpful: true },
      },
    },
    T0,
  );
  s.run(VIEWERS.prevention, { type: 'referralAccepted', referralId: 'p-1' }, T0);
  s.run(
    VIEWERS.prevention,
    { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
    T0,
  );
  return s;
}

const activity: Command = {
  type: 'interventionStarted',
  interventionId: 'a-1',
  intervention: 'exercise',
  offer: 'activity',
  referralId: 'p-1',
};

describe('municipal prevention offers (p.45–49)', () => {
  it('P119-CRITERIA: a physical-activity offer for a citizen no GP, chiropractor or physiotherapist has assessed is started with a warning', () => {
    const decision = selfReferred(false).attempt(VIEWERS.prevention, activity, T0);
    expect(decision.ok).toBe(true);
    expect(decision.warnings).toContainEqual({
      rule: 'P119-CRITERIA',
      field: 'offer',
      params: { offer: 'activity', reason: 'not-assessed' },
    });
  });

  it('P119-CRITERIA: after the GP has assessed the citizen, the offer starts without it', () => {
    const decision = selfReferred(true).attempt(VIEWERS.prevention, activity, T0);
    expect(decision.ok).toBe(true);
    expect(decision.warnings.filter((w) => w.rule === 'P119-CRITERIA')).toEqual([]);
  });
});
