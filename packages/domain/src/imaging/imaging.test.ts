import { describe, expect, it } from 'vitest';
import { ACTORS, type Actor } from '../program/actors.ts';
import {
  checkImagingOrder,
  IMAGING_INDICATIONS,
  IMAGING_REFERRERS,
  type ImagingOrderInput,
} from './imaging.rules.ts';

const withIndication = (actor: Actor): ImagingOrderInput => ({ actor, indications: ['trauma'] });

describe('IMG-REFERRER (HARD, Table 1)', () => {
  it('IMG-REFERRER: exactly gp, chiro, specialist and hospital may refer', () => {
    expect([...IMAGING_REFERRERS].sort()).toEqual(['chiro', 'gp', 'hospital', 'specialist']);
  });

  it.each(IMAGING_REFERRERS)('IMG-REFERRER: %s may refer to imaging', (actor) => {
    expect(checkImagingOrder(withIndication(actor)).violations).toEqual([]);
  });

  it.each(ACTORS.filter((a) => !(IMAGING_REFERRERS as readonly Actor[]).includes(a)))(
    'IMG-REFERRER: %s may not refer to imaging',
    (actor) => {
      expect(checkImagingOrder(withIndication(actor)).violations).toEqual([
        { rule: 'IMG-REFERRER', field: 'actor', params: { actor, allowed: [...IMAGING_REFERRERS] } },
      ]);
    },
  );

  it('IMG-REFERRER: the physiotherapist is blocked even with an indication', () => {
    const check = checkImagingOrder({ actor: 'physio', indications: ['suspected-non-msk'] });
    expect(check.violations.map((v) => v.rule)).toEqual(['IMG-REFERRER']);
  });
});

describe('IMG-INDICATION (p.22–25)', () => {
  it('IMG-INDICATION: there are nine indications', () => {
    expect(IMAGING_INDICATIONS).toHaveLength(9);
  });

  it('IMG-INDICATION: no indication warns and offers the leaflet, without blocking', () => {
    expect(checkImagingOrder({ actor: 'gp', indications: [] })).toEqual({
      violations: [],
      warnings: [
        {
          rule: 'IMG-INDICATION',
          field: 'indications',
          params: { leaflet: 'forstaa-dine-smerter-i-laenden' },
        },
      ],
      actions: [],
    });
  });

  it.each(IMAGING_INDICATIONS)('IMG-INDICATION: %s is an indication, no warning', (indication) => {
    expect(checkImagingOrder({ actor: 'gp', indications: [indication] }).warnings).toEqual([]);
  });

  it('IMG-INDICATION, IMG-REFERRER: both are reported together', () => {
    const check = checkImagingOrder({ actor: 'citizen', indications: [] });
    expect(check.violations.map((v) => v.rule)).toEqual(['IMG-REFERRER']);
    expect(check.warnings.map((v) => v.rule)).toEqual(['IMG-INDICATION']);
  });
});

describe('actions', () => {
  it('IMG-CHIRO-INFORMS-GP: a chiropractor who refers to imaging informs the GP', () => {
    expect(checkImagingOrder(withIndication('chiro')).actions).toEqual([
      { rule: 'IMG-CHIRO-INFORMS-GP', action: 'inform-gp', to: 'gp' },
    ]);
  });

  it('IMG-CHIRO-INFORMS-GP: also without an indication', () => {
    const check = checkImagingOrder({ actor: 'chiro', indications: [] });
    expect(check.actions.map((a) => a.rule)).toEqual(['IMG-CHIRO-INFORMS-GP']);
  });

  it.each(['gp', 'specialist', 'hospital'] as const)('IMG-CHIRO-INFORMS-GP: not required of %s', (actor) => {
    expect(checkImagingOrder(withIndication(actor)).actions).toEqual([]);
  });

  it('TG-CAUDA: a new paresis ≤ 3 within 48 h also requires acute referral to FAM', () => {
    expect(checkImagingOrder({ actor: 'gp', indications: ['new-paresis-48h'] }).actions).toEqual([
      { rule: 'TG-CAUDA', action: 'acute-referral', to: 'acute' },
    ]);
  });

  it('TG-CAUDA: the acute referral stands even when the imaging order is blocked', () => {
    const check = checkImagingOrder({ actor: 'physio', indications: ['new-paresis-48h'] });
    expect(check.violations.map((v) => v.rule)).toEqual(['IMG-REFERRER']);
    expect(check.actions.map((a) => a.rule)).toEqual(['TG-CAUDA']);
  });
});

describe('input validation', () => {
  it.each([
    [{ actor: 'nurse', indications: [] }, 'actor'],
    [{ actor: 'gp', indications: ['back-pain'] }, 'indications.0'],
    [{ actor: 'gp' }, 'indications'],
  ])('INPUT-INVALID: %j is rejected at %s', (input, field) => {
    const check = checkImagingOrder(input as unknown as ImagingOrderInput);
    expect(check.violations).toMatchObject([{ rule: 'INPUT-INVALID', field }]);
    expect(check.warnings).toEqual([]);
    expect(check.actions).toEqual([]);
  });
});
