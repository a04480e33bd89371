import { describe, expect, it } from 'vitest';
import type { Command } from '../pathway/events.schema.ts';
import type { Viewer } from '../program/actors.ts';
import { consentTo, hospitalContent, party, Scenario, VIEWERS } from '../testing/scenario.ts';
import { checkReferral } from './referral.rules.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const at = (day: string) => `${day}T10:00:00+02:00`;
const nerveRoot = { specificFindings: { nerveRoot: true, stenosis: false, other: [] } };

const hospitalReferral = (referralId: string): Command => ({
  type: 'referralSent',
  referralId,
  kind: 'hospital',
  to: party(VIEWERS.hospital),
  content: hospitalContent(),
  recordConsent: 'treatment',
});

/** The GP's referral to the back centre, accepted; the centre runs a back-medical course. */
function hospitalCourse(): Scenario {
  const s = Scenario.planned(nerveRoot);
  s.run(VIEWERS.gp, hospitalReferral('h-1'), T0);
  s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }, T0);
  s.run(
    VIEWERS.hospital,
    { type: 'interventionStarted', interventionId: 'rm-1', intervention: 'back-medicine', referralId: 'h-1' },
    at('2026-09-10'),
  );
  return s;
}

const check = (s: Scenario, from: Viewer, content: unknown, kind: 'hospital' | 'imaging' = 'hospital') =>
  checkReferral(
    s.state,
    from,
    {
      kind,
      to:
        kind === 'hospital'
          ? party(VIEWERS.hospital)
          : { actor: 'imaging', organisationId: 'org-radiologi-vejle' },
      content,
    },
    at('2026-12-01'),
    true,
  );

describe('HOSP-REREFERRAL is a recommendation ("bør", p.30)', () => {
  it('HOSP-REREFERRAL: after a finished hospital course, a re-referral without a significant change and an untried treatment is warned about, not blocked', () => {
    const s = hospitalCourse();
    s.run(
      VIEWERS.hospital,
      { type: 'interventionEnded', interventionId: 'rm-1', outcome: 'Afsluttet' },
      at('2026-11-01'),
    );
    const result = check(s, VIEWERS.gp, hospitalContent());
    expect(result.violations).toEqual([]);
    expect(result.warnings).toEqual([
      { rule: 'HOSP-REREFERRAL', field: 'content.rereferral.significantChange' },
      { rule: 'HOSP-REREFERRAL', field: 'content.rereferral.untriedTreatment' },
    ]);
    const stated = {
      ...hospitalContent(),
      rereferral: { significantChange: true, untriedTreatment: 'Radiofrekvensbehandling' },
    };
    expect(check(s, VIEWERS.gp, stated).warnings).toEqual([]);
  });

  it('HOSP-REREFERRAL: a hospital course still running is no re-referral yet, and the department referring on during its own course is not re-referring', () => {
    const s = hospitalCourse();
    expect(check(s, VIEWERS.gp, hospitalContent()).warnings).toEqual([]);
    s.run(
      VIEWERS.hospital,
      { type: 'interventionEnded', interventionId: 'rm-1', outcome: 'Videre' },
      at('2026-11-01'),
    );
    s.run(
      VIEWERS.hospital,
      {
        type: 'interventionStarted',
        interventionId: 'rm-2',
        intervention: 'back-medicine',
        referralId: 'h-1',
      },
      at('2026-11-02'),
    );
    expect(check(s, VIEWERS.hospital, hospitalContent()).warnings).toEqual([]);
    expect(check(s, VIEWERS.gp, hospitalContent()).warnings.map((w) => w.rule)).toEqual([
      'HOSP-REREFERRAL',
      'HOSP-REREFERRAL',
    ]);
  });

  it('HOSP-REREFERRAL: a citizen triaged TG-PERSISTENT finished the hospital work-up before this pathway, so the GP is warned too', () => {
    const s = Scenario.planned({ persistentAfterSpecialisedCare: true });
    expect(s.state.triage?.result?.targetGroup).toBe('TG-PERSISTENT');
    expect(check(s, VIEWERS.gp, hospitalContent()).warnings).toEqual([
      { rule: 'HOSP-REREFERRAL', field: 'content.rereferral.significantChange' },
      { rule: 'HOSP-REREFERRAL', field: 'content.rereferral.untriedTreatment' },
    ]);
    const stated = {
      ...hospitalContent(),
      rereferral: { significantChange: true, untriedTreatment: 'Radiofrekvensbehandling' },
    };
    expect(check(s, VIEWERS.gp, stated).warnings).toEqual([]);
  });

  it('HOSP-REREFERRAL: a pathway with no hospital course asks nothing of it', () => {
    expect(check(Scenario.planned(), VIEWERS.gp, hospitalContent()).warnings).toEqual([]);
  });
});

describe('the imaging check reads the pathway (IMG-INDICATION, p.22–25)', () => {
  const order = (indications: string[]) => ({ modality: 'mr', indications, question: 'MR L-columna' });

  it('IMG-INDICATION: a suspected non-musculoskeletal cause is never answered "no indication" with the leaflet', () => {
    const s = Scenario.planned({ suspectedNonMsk: true });
    const triaged = s.state.triage?.result?.targetGroup;
    expect(triaged).toBe('TG-NONMSK');
    const result = check(s, VIEWERS.gp, order([]), 'imaging');
    expect(result.warnings.filter((w) => w.rule === 'IMG-INDICATION')).toEqual([]);
    const plain = check(Scenario.planned(), VIEWERS.gp, order([]), 'imaging');
    expect(plain.warnings).toContainEqual({
      rule: 'IMG-INDICATION',
      field: 'indications',
      params: { leaflet: 'forstaa-dine-smerter-i-laenden' },
    });
  });

  it('IMG-INDICATION: "no improvement after 4–8 weeks" is checked against the weeks actually treated', () => {
    const s = Scenario.planned(nerveRoot);
    s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-p'), T0);
    s.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
      at('2026-11-17'),
    );
    const early = check(s, VIEWERS.gp, order(['nerve-root-no-improvement-4-8-weeks']), 'imaging');
    expect(early.warnings).toContainEqual({
      rule: 'IMG-INDICATION',
      field: 'indications.0',
      params: { indication: 'nerve-root-no-improvement-4-8-weeks', weeks: 2, minimum: 4 },
    });
    const untreated = check(
      Scenario.planned(nerveRoot),
      VIEWERS.gp,
      order(['stenosis-no-improvement']),
      'imaging',
    );
    expect(untreated.warnings).toContainEqual(
      expect.objectContaining({ rule: 'IMG-INDICATION', params: expect.objectContaining({ weeks: 0 }) }),
    );
    const s2 = Scenario.planned(nerveRoot);
    s2.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
      T0,
    );
    expect(
      check(s2, VIEWERS.gp, order(['nerve-root-no-improvement-4-8-weeks']), 'imaging').warnings.filter(
        (w) => w.rule === 'IMG-INDICATION',
      ),
    ).toEqual([]);
  });

  it('IMG-INDICATION: "no improvement after 4–8 weeks" contradicts a reassessment that found the course better', () => {
    const s = Scenario.planned(nerveRoot);
    s.run(
      VIEWERS.gp,
      { type: 'interventionStarted', interventionId: 'sm-1', intervention: 'self-management' },
      T0,
    );
    const reassessed = (change: 'better' | 'unchanged', day: string) =>
      s.run(VIEWERS.gp, { type: 'assessed', icf: {}, reassessment: { change, pain: 3 } }, at(day));
    const mr = () =>
      check(s, VIEWERS.gp, order(['nerve-root-no-improvement-4-8-weeks']), 'imaging').warnings.filter(
        (w) => w.rule === 'IMG-INDICATION',
      );
    reassessed('better', '2026-10-06');
    expect(mr()).toEqual([
      {
        rule: 'IMG-INDICATION',
        field: 'indications.0',
        params: { indication: 'nerve-root-no-improvement-4-8-weeks', change: 'better' },
      },
    ]);
    reassessed('unchanged', '2026-10-20');
    expect(mr()).toEqual([]);
  });
});
