import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  QUESTIONNAIRE_INSTRUMENTS,
  QuestionnaireInputSchema,
  scoreQuestionnaire,
} from './questionnaire.schema.ts';

const startback = {
  referredLegPain: true,
  comorbidPain: false,
  disabilityWalking: true,
  disabilityDressing: true,
  fear: true,
  anxiety: false,
  catastrophising: false,
  depression: false,
  bothersomeness: 'moderately',
};

describe('scoreQuestionnaire dispatches on the instrument', () => {
  it('Q-STARTBACK: a STarT Back form is scored by the STarT Back rules', () => {
    expect(scoreQuestionnaire({ instrument: 'startback', answers: startback })).toEqual({
      ok: true,
      value: { instrument: 'startback', score: { total: 4, psychosocial: 1, risk: 'medium' } },
    });
  });

  it('Q-RMDQ: an RMDQ form is scored by counting ticked statements', () => {
    expect(scoreQuestionnaire({ instrument: 'rmdq', answers: [2, 4, 8] })).toEqual({
      ok: true,
      value: { instrument: 'rmdq', score: { score: 3, version: '24', max: 24 } },
    });
  });

  it('Q-RMDQ: the version travels with the answers, and the Danish 23-item form is scored as such', () => {
    expect(scoreQuestionnaire({ instrument: 'rmdq', version: 'da-23', answers: [2, 23] })).toEqual({
      ok: true,
      value: { instrument: 'rmdq', score: { score: 2, version: 'da-23', max: 23 } },
    });
    expect(QuestionnaireInputSchema.parse({ instrument: 'rmdq', answers: [1] })).toEqual({
      instrument: 'rmdq',
      version: '24',
      answers: [1],
    });
    expect(
      scoreQuestionnaire({ instrument: 'odi', version: 'da-23', answers: { lifting: 1 } }),
    ).toMatchObject({
      ok: false,
      violations: [{ rule: 'INPUT-INVALID', field: 'version' }],
    });
  });

  it('Q-ODI: an ODI form is scored over the sections answered', () => {
    expect(scoreQuestionnaire({ instrument: 'odi', answers: { lifting: 3, walking: 1 } })).toEqual({
      ok: true,
      value: { instrument: 'odi', score: { index: 40, sectionsAnswered: 2, band: 'moderate' } },
    });
  });

  it('Q-PSQI: a PSQI form is scored, with missing components null', () => {
    const result = scoreQuestionnaire({ instrument: 'psqi', answers: { q6: 2, q7: 1 } });
    expect(result).toMatchObject({
      ok: true,
      value: { instrument: 'psqi', score: { components: { c1: 2, c6: 1, c2: null }, global: null } },
    });
  });

  it('Q-ODI: bad answers are reported under the instrument rule, naming the item', () => {
    expect(scoreQuestionnaire({ instrument: 'odi', answers: { lifting: 7 } })).toEqual({
      ok: false,
      violations: [{ rule: 'Q-ODI', field: 'answers.lifting', params: { reason: 'out-of-range', max: 5 } }],
    });
  });

  it('Q-RMDQ: absent answers are missing under the instrument rule', () => {
    expect(scoreQuestionnaire({ instrument: 'rmdq' })).toEqual({
      ok: false,
      violations: [{ rule: 'Q-RMDQ', field: 'answers', params: { reason: 'missing' } }],
    });
  });

  it('INPUT-INVALID: an unknown instrument names the instrument field', () => {
    const result = scoreQuestionnaire({ instrument: 'sf36', answers: {} });
    expect(result).toMatchObject({ ok: false, violations: [{ rule: 'INPUT-INVALID', field: 'instrument' }] });
  });

  it('INPUT-INVALID: extra keys beside instrument and answers are rejected', () => {
    const result = scoreQuestionnaire({ instrument: 'rmdq', answers: [], completedOn: '2024-01-01' });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.violations.map((v) => v.rule)).toEqual(['INPUT-INVALID']);
  });

  it('INPUT-INVALID: a non-object input is rejected', () => {
    expect(scoreQuestionnaire('odi')).toMatchObject({ ok: false, violations: [{ rule: 'INPUT-INVALID' }] });
  });
});

describe('QuestionnaireInputSchema', () => {
  it('Q-STARTBACK: accepts answers matching the instrument', () => {
    expect(QuestionnaireInputSchema.safeParse({ instrument: 'startback', answers: startback }).success).toBe(
      true,
    );
  });

  it('INPUT-INVALID: rejects answers of another instrument', () => {
    expect(QuestionnaireInputSchema.safeParse({ instrument: 'odi', answers: startback }).success).toBe(false);
    expect(QuestionnaireInputSchema.safeParse({ instrument: 'rmdq', answers: { lifting: 2 } }).success).toBe(
      false,
    );
  });

  it('INPUT-INVALID: any instrument outside the four is refused by schema and scorer alike', () => {
    fc.assert(
      fc.property(
        fc.string().filter((s) => !(QUESTIONNAIRE_INSTRUMENTS as readonly string[]).includes(s)),
        (instrument) => {
          const input = { instrument, answers: [] };
          const scored = scoreQuestionnaire(input);
          return (
            !QuestionnaireInputSchema.safeParse(input).success &&
            !scored.ok &&
            scored.violations.every((v) => v.rule === 'INPUT-INVALID')
          );
        },
      ),
    );
  });

  it('Q-RMDQ: whatever the schema accepts, the scorer scores', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2, max: 26 }), { maxLength: 26 }), (answers) => {
        const input = { instrument: 'rmdq', answers };
        return QuestionnaireInputSchema.safeParse(input).success === scoreQuestionnaire(input).ok;
      }),
    );
  });
});
