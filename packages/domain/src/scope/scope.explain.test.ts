import { describe, expect, it } from 'vitest';
import { explainScope, SCOPE_EXPLANATIONS, ScopeQuestionSchema } from './scope.explain.ts';

const ask = (citizen: object, complaint: object, now = '2026-09-01') =>
  explainScope(ScopeQuestionSchema.parse({ citizen, complaint }), now);

describe('who the program covers, explained (§1, p.6–10)', () => {
  it('SCOPE-LUMBAR: low back pain with leg radiation that affects daily life is in scope', () => {
    expect(
      ask(
        { birthDate: '1994-07-08', municipality: 'Vejle' },
        { painRegions: ['lumbar'], legRadiation: true, affectsDailyLife: true },
      ),
    ).toEqual({ ok: true, value: { inScope: true, age: 32, reasons: [] } });
  });

  it('SCOPE-ADULT SCOPE-REGION SCOPE-NOT-NECK: every reason is given, each with the citizen’s explanation, Danish first', () => {
    const answer = ask(
      { cpr: '150606-4170', municipality: 'Flensburg' },
      { painRegions: ['neck', 'thoracic'], affectsDailyLife: true },
      '2024-03-01',
    );
    expect(answer.ok && answer.value.reasons.map((r) => [r.rule, r.field])).toEqual([
      ['SCOPE-ADULT', 'citizen.cpr'],
      ['SCOPE-REGION', 'citizen.municipality'],
      ['SCOPE-NOT-NECK', 'complaint.painRegions'],
    ]);
    expect(answer.ok && answer.value.reasons[0]?.explanation).toEqual(SCOPE_EXPLANATIONS['SCOPE-ADULT']);
    expect(Object.values(SCOPE_EXPLANATIONS).every((e) => e.da.length > 0 && e.en.length > 0)).toBe(true);
  });

  it('SCOPE-LUMBAR: low back pain that does not affect daily life is out of scope, and says why', () => {
    const answer = ask(
      { birthDate: '1994-07-08', municipality: 'Odense' },
      { painRegions: ['lumbar'], affectsDailyLife: false },
    );
    expect(answer).toMatchObject({
      ok: true,
      value: { inScope: false, reasons: [{ rule: 'SCOPE-LUMBAR', field: 'complaint.affectsDailyLife' }] },
    });
  });

  it('CPR-FORMAT CPR-DATE: a CPR number that is malformed or names no real day is refused, naming the field', () => {
    const complaint = { painRegions: ['lumbar'], affectsDailyLife: true };
    expect(ask({ cpr: '1405-80', municipality: 'Vejle' }, complaint)).toMatchObject({
      ok: false,
      violations: [{ rule: 'CPR-FORMAT', field: 'citizen.cpr' }],
    });
    expect(ask({ cpr: '310280-1234', municipality: 'Vejle' }, complaint)).toMatchObject({
      ok: false,
      violations: [{ rule: 'CPR-DATE', field: 'citizen.cpr' }],
    });
  });

  it('INPUT-INVALID: a birth date after the day asked about is refused', () => {
    expect(
      ask(
        { birthDate: '2030-01-01', municipality: 'Vejle' },
        { painRegions: ['lumbar'], affectsDailyLife: true },
      ),
    ).toEqual({
      ok: false,
      violations: [
        { rule: 'INPUT-INVALID', field: 'citizen.birthDate', params: { reason: 'in the future' } },
      ],
    });
  });
});
