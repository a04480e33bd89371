import { describe, expect, it } from 'vitest';
import { checkScope, RSD_MUNICIPALITIES } from './scope.rules.ts';

const inScope = {
  age: 45,
  municipality: 'Vejle',
  answers: { painRegions: ['lumbar' as const], affectsDailyLife: true },
};
const rules = (input: Parameters<typeof checkScope>[0]) => checkScope(input).map((v) => v.rule);

describe('scope (spec §1)', () => {
  it('an adult from Vejle with low back pain is in scope', () => {
    expect(checkScope(inScope)).toEqual([]);
  });

  it('SCOPE-ADULT: a 17-year-old is out of scope, an 18-year-old is in', () => {
    expect(rules({ ...inScope, age: 17 })).toEqual(['SCOPE-ADULT']);
    expect(rules({ ...inScope, age: 18 })).toEqual([]);
  });

  it('SCOPE-REGION: a region municipality written otherwise is refused with the name meant', () => {
    for (const written of ['vejle', 'VEJLE', 'Vejle Kommune']) {
      expect(checkScope({ ...inScope, municipality: written })).toEqual([
        {
          rule: 'SCOPE-REGION',
          field: 'citizen.municipality',
          params: { municipality: written, meant: 'Vejle' },
        },
      ]);
    }
    expect(checkScope({ ...inScope, municipality: 'sønderborg kommune' })[0]?.params).toMatchObject({
      meant: 'Sønderborg',
    });
  });

  it('SCOPE-REGION: all 22 municipalities are in, Copenhagen is out', () => {
    expect(RSD_MUNICIPALITIES).toHaveLength(22);
    for (const municipality of RSD_MUNICIPALITIES) expect(rules({ ...inScope, municipality })).toEqual([]);
    expect(checkScope({ ...inScope, municipality: 'København' })).toEqual([
      { rule: 'SCOPE-REGION', field: 'citizen.municipality', params: { municipality: 'København' } },
    ]);
  });

  it('SCOPE-NOT-NECK: neck or thoracic pain without low back pain is out of scope', () => {
    expect(rules({ ...inScope, answers: { painRegions: ['neck'], affectsDailyLife: true } })).toEqual([
      'SCOPE-NOT-NECK',
    ]);
    expect(
      rules({ ...inScope, answers: { painRegions: ['thoracic', 'neck'], affectsDailyLife: true } }),
    ).toEqual(['SCOPE-NOT-NECK']);
    expect(
      rules({ ...inScope, answers: { painRegions: ['lumbar', 'neck'], affectsDailyLife: true } }),
    ).toEqual([]);
  });

  it('SCOPE-LUMBAR: low back pain that does not affect daily life is out of scope', () => {
    expect(rules({ ...inScope, answers: { painRegions: ['lumbar'], affectsDailyLife: false } })).toEqual([
      'SCOPE-LUMBAR',
    ]);
  });
});
