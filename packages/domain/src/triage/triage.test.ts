import { describe, expect, it } from 'vitest';
import { baseTriageInput, triageInputWith as withInput } from '../testing/triage-inputs.ts';
import { type TriageResult, triage } from './triage.rules.ts';
import { RED_FLAGS, type TriageInput } from './triage.schema.ts';

const run = (input: unknown): TriageResult => {
  const result = triage(input);
  if (!result.ok) throw new Error(`expected triage to succeed: ${JSON.stringify(result.violations)}`);
  return result.value;
};

const cauda = (patch: Partial<TriageInput['caudaEquina']>) => ({
  ...baseTriageInput().caudaEquina,
  ...patch,
});
const findings = (patch: Partial<TriageInput['specificFindings']>) => ({
  ...baseTriageInput().specificFindings,
  ...patch,
});
const factors = (patch: Partial<TriageInput['complicatingFactors']>) => ({
  ...baseTriageInput().complicatingFactors,
  ...patch,
});

describe('TG-CAUDA (HARD, p.29)', () => {
  it.each([
    ['saddleAnaesthesia', 'saddle-anaesthesia'],
    ['newBladderDysfunction', 'new-bladder-dysfunction'],
    ['newBowelDysfunction', 'new-bowel-dysfunction'],
    ['bilateralLegSymptoms', 'bilateral-leg-symptoms'],
    ['otherSuspicion', 'other-suspicion'],
  ] as const)(
    'TG-CAUDA: %s alone gives acute referral to FAM with information to the GP',
    (sign, trigger) => {
      const r = run(withInput({ caudaEquina: cauda({ [sign]: true }) }));
      expect(r).toMatchObject({
        targetGroup: 'TG-CAUDA',
        acute: true,
        requiredActions: ['acute-referral', 'inform-gp'],
        caudaTriggers: [trigger],
      });
    },
  );

  it('TG-CAUDA: paresis grade 3 within 48 h is acute even with nothing else', () => {
    const r = run(withInput({ paresis: { strengthGrade: 3, onsetHoursAgo: 10 } }));
    expect(r).toMatchObject({ targetGroup: 'TG-CAUDA', acute: true, caudaTriggers: ['paresis-48h'] });
    expect(r.requiredActions).toEqual(['acute-referral', 'inform-gp']);
  });

  it.each([
    [3, 48, true, 'grade 3 at exactly 48 h ("indenfor 48 timer" is inclusive)'],
    [0, 0, true, 'grade 0 just now'],
    [3, 48.5, false, 'grade 3 after 48 h'],
    [4, 1, false, 'grade 4, however new'],
    [5, 0, false, 'grade 5 is normal strength'],
  ])('TG-CAUDA: paresis grade %i, onset %d h ago → acute %s (%s)', (strengthGrade, onsetHoursAgo, acute) => {
    const r = run(withInput({ paresis: { strengthGrade, onsetHoursAgo } }));
    expect(r.acute).toBe(acute);
    expect(r.targetGroup === 'TG-CAUDA').toBe(acute);
  });

  it('TG-CAUDA: overrides suspected non-MSK, nerve root, stenosis and persistence', () => {
    const r = run(
      withInput({
        caudaEquina: cauda({ newBladderDysfunction: true }),
        suspectedNonMsk: true,
        suspectedCondition: 'malignitet',
        specificFindings: findings({ nerveRoot: true, stenosis: true, other: ['fracture'] }),
        complicatingFactors: factors({ psychosocial: true }),
        persistentAfterSpecialisedCare: true,
      }),
    );
    expect(r).toMatchObject({
      targetGroup: 'TG-CAUDA',
      diagnosticCategory: 'non-msk',
      acute: true,
      requiredActions: ['acute-referral', 'inform-gp'],
    });
  });

  it('TG-CAUDA: without the clinician suspecting non-MSK the category is specific-msk', () => {
    const r = run(withInput({ caudaEquina: cauda({ saddleAnaesthesia: true }) }));
    expect(r.diagnosticCategory).toBe('specific-msk');
  });
});

describe('TG-NONMSK (p.29): only the clinician’s judgement', () => {
  it('TG-NONMSK: suspectedNonMsk gives work-up for the suspected condition', () => {
    const r = run(withInput({ suspectedNonMsk: true, suspectedCondition: 'spondylodiscitis' }));
    expect(r).toEqual({
      diagnosticCategory: 'non-msk',
      targetGroup: 'TG-NONMSK',
      acute: false,
      caudaTriggers: [],
      requiredActions: ['work-up'],
      raisedRisk: [],
      suspectedCondition: 'spondylodiscitis',
    });
  });

  it('TG-NONMSK: the suspicion outranks specific findings and complicating factors', () => {
    const r = run(
      withInput({
        suspectedNonMsk: true,
        specificFindings: findings({ nerveRoot: true, stenosis: true }),
        complicatingFactors: factors({ comorbidity: true }),
      }),
    );
    expect(r.targetGroup).toBe('TG-NONMSK');
  });

  it('TRIAGE-RED-FLAGS: every red flag, a cancer history and age 85 together are still not non-msk', () => {
    const r = run(withInput({ redFlags: RED_FLAGS.map((f) => f.code), previousCancer: true, age: 85 }));
    expect(r).toMatchObject({ diagnosticCategory: 'nonspecific', targetGroup: 'TG-UNCOMPLICATED' });
    expect(r.redFlagsNote).toEqual({
      rule: 'TRIAGE-RED-FLAGS',
      count: RED_FLAGS.length,
      flags: RED_FLAGS.map((f) => f.code),
    });
  });
});

describe('TRIAGE-RED-FLAGS, TRIAGE-CANCER-HISTORY, TRIAGE-AGE (p.18–19)', () => {
  it('TRIAGE-RED-FLAGS: no note without red flags', () => {
    expect(run(baseTriageInput()).redFlagsNote).toBeUndefined();
  });

  it('TRIAGE-RED-FLAGS: counts distinct flags, previousCancer counted as the flag', () => {
    const r = run(withInput({ redFlags: ['night-pain', 'night-pain', 'trauma'], previousCancer: true }));
    expect(r.redFlagsNote).toEqual({
      rule: 'TRIAGE-RED-FLAGS',
      count: 3,
      flags: ['night-pain', 'trauma', 'previous-cancer'],
    });
  });

  it.each([
    [{ previousCancer: true }, true],
    [{ redFlags: ['previous-cancer' as const] }, true],
    [{ redFlags: ['steroid-use' as const] }, false],
    [{}, false],
  ])('TRIAGE-CANCER-HISTORY: %j → shown %s', (patch, shown) => {
    const r = run(withInput(patch));
    expect(r.raisedRisk.some((x) => x.rule === 'TRIAGE-CANCER-HISTORY')).toBe(shown);
  });

  it.each([
    [18, false],
    [49, false],
    [50, true],
    [85, true],
  ])('TRIAGE-AGE: age %i → shown %s (threshold 50)', (age, shown) => {
    const r = run(withInput({ age }));
    expect(r.raisedRisk).toEqual(
      shown ? [{ rule: 'TRIAGE-AGE', field: 'age', params: { age, threshold: 50 } }] : [],
    );
  });

  it('TRIAGE-CANCER-HISTORY, TRIAGE-AGE: are shown alongside TG-CAUDA too', () => {
    const r = run(
      withInput({ previousCancer: true, age: 70, caudaEquina: cauda({ saddleAnaesthesia: true }) }),
    );
    expect(r.raisedRisk.map((x) => x.rule)).toEqual(['TRIAGE-CANCER-HISTORY', 'TRIAGE-AGE']);
  });
});

describe('specific MSK (p.18, p.29)', () => {
  it('TG-NERVEROOT: nerve root involvement, monitored and reassessed after 4–8 weeks', () => {
    const r = run(withInput({ specificFindings: findings({ nerveRoot: true }) }));
    expect(r).toMatchObject({
      diagnosticCategory: 'specific-msk',
      targetGroup: 'TG-NERVEROOT',
      acute: false,
      requiredActions: ['inform-diagnosis-prognosis', 'monitor-neurology', 'reassess-4-8-weeks'],
    });
  });

  it('TG-NERVEROOT: outranks stenosis when both are suspected', () => {
    const r = run(withInput({ specificFindings: findings({ nerveRoot: true, stenosis: true }) }));
    expect(r.targetGroup).toBe('TG-NERVEROOT');
  });

  it('TG-STENOSIS: spinal stenosis, reassessed after 4–8 weeks', () => {
    const r = run(withInput({ specificFindings: findings({ stenosis: true }) }));
    expect(r).toMatchObject({
      diagnosticCategory: 'specific-msk',
      targetGroup: 'TG-STENOSIS',
      requiredActions: ['inform-diagnosis-prognosis', 'reassess-4-8-weeks'],
    });
  });

  it('TG-NERVEROOT: nerve root and stenosis outrank persistence and complicating factors', () => {
    const patch = {
      persistentAfterSpecialisedCare: true,
      complicatingFactors: factors({ longLasting: true }),
    };
    expect(run(withInput({ ...patch, specificFindings: findings({ nerveRoot: true }) })).targetGroup).toBe(
      'TG-NERVEROOT',
    );
    expect(run(withInput({ ...patch, specificFindings: findings({ stenosis: true }) })).targetGroup).toBe(
      'TG-STENOSIS',
    );
  });

  it.each([
    [['inflammatory'], {}, 'TG-UNCOMPLICATED'],
    [['fracture'], { complicatingFactors: factors({ comorbidity: true }) }, 'TG-COMPLICATED'],
    [['structural'], { persistentAfterSpecialisedCare: true }, 'TG-PERSISTENT'],
  ] as const)(
    'TG-UNCOMPLICATED, TG-COMPLICATED, TG-PERSISTENT: other specific %j is specific-msk with work-up, group %s',
    (other, patch, group) => {
      const r = run(withInput({ ...patch, specificFindings: findings({ other: [...other] }) }));
      expect(r).toMatchObject({
        diagnosticCategory: 'specific-msk',
        targetGroup: group,
        requiredActions: ['work-up'],
      });
    },
  );

  it('TG-NERVEROOT: with another specific finding, work-up is added', () => {
    const r = run(withInput({ specificFindings: findings({ nerveRoot: true, other: ['inflammatory'] }) }));
    expect(r.requiredActions[0]).toBe('work-up');
    expect(r.targetGroup).toBe('TG-NERVEROOT');
  });
});

describe('non-specific (p.30)', () => {
  it('TG-UNCOMPLICATED: nothing special', () => {
    expect(run(baseTriageInput())).toEqual({
      diagnosticCategory: 'nonspecific',
      targetGroup: 'TG-UNCOMPLICATED',
      acute: false,
      caudaTriggers: [],
      requiredActions: [],
      raisedRisk: [],
    });
  });

  it.each(['longLasting', 'significantFunctionalLimitation', 'psychosocial', 'comorbidity'] as const)(
    'TG-COMPLICATED: %s alone makes it complicated',
    (factor) => {
      const r = run(withInput({ complicatingFactors: factors({ [factor]: true }) }));
      expect(r).toMatchObject({ diagnosticCategory: 'nonspecific', targetGroup: 'TG-COMPLICATED' });
    },
  );

  it('TG-PERSISTENT: persistent need after specialised care outranks complicating factors', () => {
    const r = run(
      withInput({
        persistentAfterSpecialisedCare: true,
        complicatingFactors: factors({ psychosocial: true }),
      }),
    );
    expect(r).toMatchObject({ diagnosticCategory: 'nonspecific', targetGroup: 'TG-PERSISTENT' });
  });
});

describe('input validation', () => {
  it.each([
    [{ ...baseTriageInput(), caudaEquina: { saddleAnaesthesia: true } }, 'caudaEquina.newBladderDysfunction'],
    [withInput({ paresis: { strengthGrade: 6, onsetHoursAgo: 1 } }), 'paresis.strengthGrade'],
    [withInput({ paresis: { strengthGrade: 3, onsetHoursAgo: -1 } }), 'paresis.onsetHoursAgo'],
    [{ ...baseTriageInput(), redFlags: ['back-pain'] }, 'redFlags.0'],
    [withInput({ age: 40.5 }), 'age'],
    [{ ...baseTriageInput(), unknownKey: true }, undefined],
  ])('INPUT-INVALID: %j is rejected at %s', (input, field) => {
    const result = triage(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.violations.every((v) => v.rule === 'INPUT-INVALID')).toBe(true);
    if (field) expect(result.violations.map((v) => v.field)).toContain(field);
  });

  it('INPUT-INVALID: a missing cauda answer is never read as "no" (TG-CAUDA is HARD)', () => {
    const { caudaEquina: _omitted, ...rest } = baseTriageInput();
    expect(triage(rest)).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'caudaEquina' }],
    });
    expect(triage(null).ok).toBe(false);
  });
});
