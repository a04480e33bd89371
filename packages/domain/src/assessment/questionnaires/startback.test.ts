import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type StartBackAnswers, scoreStartBack, startBackRisk } from './startback.ts';

const none: StartBackAnswers = {
  referredLegPain: false,
  comorbidPain: false,
  disabilityWalking: false,
  disabilityDressing: false,
  fear: false,
  anxiety: false,
  catastrophising: false,
  depression: false,
  bothersomeness: 'not-at-all',
};
const physical = {
  referredLegPain: true,
  comorbidPain: true,
  disabilityWalking: true,
  disabilityDressing: true,
};

function score(overrides: Partial<StartBackAnswers>) {
  const result = scoreStartBack({ ...none, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.violations));
  return result.value;
}

describe('STarT Back scoring (Hill et al. 2008, Keele)', () => {
  it('Q-STARTBACK: all disagree and not at all bothersome is total 0, low risk', () => {
    expect(score({})).toEqual({ total: 0, psychosocial: 0, risk: 'low' });
  });

  it.each(Object.keys(physical))('Q-STARTBACK: agreeing with %s adds 1 to the total only', (item) => {
    expect(score({ [item]: true })).toEqual({ total: 1, psychosocial: 0, risk: 'low' });
  });

  it.each(['fear', 'anxiety', 'catastrophising', 'depression'])(
    'Q-STARTBACK: agreeing with %s adds 1 to the total and to the psychosocial subscale',
    (item) => {
      expect(score({ [item]: true })).toEqual({ total: 1, psychosocial: 1, risk: 'low' });
    },
  );

  it.each([
    ['not-at-all', 0],
    ['slightly', 0],
    ['moderately', 0],
    ['very-much', 1],
    ['extremely', 1],
  ] as const)('Q-STARTBACK: bothersomeness %s scores %i', (bothersomeness, points) => {
    expect(score({ bothersomeness })).toMatchObject({ total: points, psychosocial: points });
  });

  it('Q-STARTBACK: total 3 is low risk (upper boundary)', () => {
    expect(score({ referredLegPain: true, fear: true, anxiety: true }).risk).toBe('low');
  });

  it('Q-STARTBACK: total 4 with subscale 0 is medium risk (lower boundary)', () => {
    expect(score(physical)).toEqual({ total: 4, psychosocial: 0, risk: 'medium' });
  });

  it('Q-STARTBACK: subscale 3 stays medium even with total 7', () => {
    expect(score({ ...physical, fear: true, anxiety: true, bothersomeness: 'extremely' })).toEqual({
      total: 7,
      psychosocial: 3,
      risk: 'medium',
    });
  });

  it('Q-STARTBACK: psychosocial 4 or more is high risk even with total 4', () => {
    expect(score({ fear: true, anxiety: true, catastrophising: true, depression: true })).toEqual({
      total: 4,
      psychosocial: 4,
      risk: 'high',
    });
  });

  it('Q-STARTBACK: psychosocial 4 or more is high risk even with total 5', () => {
    expect(
      score({ comorbidPain: true, fear: true, anxiety: true, depression: true, bothersomeness: 'very-much' }),
    ).toEqual({ total: 5, psychosocial: 4, risk: 'high' });
  });

  it('Q-STARTBACK: every item agreed and extremely bothersome is 9 / 5, high risk', () => {
    expect(
      score({
        ...physical,
        fear: true,
        anxiety: true,
        catastrophising: true,
        depression: true,
        bothersomeness: 'extremely',
      }),
    ).toEqual({ total: 9, psychosocial: 5, risk: 'high' });
  });

  it('Q-STARTBACK: startBackRisk applies the Keele cut-offs directly', () => {
    expect(startBackRisk(3, 3)).toBe('low');
    expect(startBackRisk(4, 3)).toBe('medium');
    expect(startBackRisk(9, 3)).toBe('medium');
    expect(startBackRisk(4, 4)).toBe('high');
  });
});

describe('STarT Back rejects invalid answers naming the item', () => {
  it('Q-STARTBACK: a missing item is named', () => {
    const { fear: _fear, ...rest } = none;
    expect(scoreStartBack(rest)).toEqual({
      ok: false,
      violations: [{ rule: 'Q-STARTBACK', field: 'answers.fear', params: { reason: 'missing' } }],
    });
  });

  it('Q-STARTBACK: a wrong type is named', () => {
    expect(scoreStartBack({ ...none, anxiety: 'agree' })).toEqual({
      ok: false,
      violations: [{ rule: 'Q-STARTBACK', field: 'answers.anxiety', params: { reason: 'wrong-type' } }],
    });
  });

  it('Q-STARTBACK: a bothersomeness outside the five options is named', () => {
    expect(scoreStartBack({ ...none, bothersomeness: 'very' })).toEqual({
      ok: false,
      violations: [
        { rule: 'Q-STARTBACK', field: 'answers.bothersomeness', params: { reason: 'not-an-option' } },
      ],
    });
  });

  it('Q-STARTBACK: an unknown item (numbered instead of keyed by construct) is named', () => {
    expect(scoreStartBack({ ...none, item5: true })).toEqual({
      ok: false,
      violations: [{ rule: 'Q-STARTBACK', field: 'answers.item5', params: { reason: 'unknown-item' } }],
    });
  });

  it('Q-STARTBACK: answers that are not an object are rejected as a whole', () => {
    expect(scoreStartBack([true, false])).toMatchObject({
      ok: false,
      violations: [{ rule: 'Q-STARTBACK', field: 'answers', params: { reason: 'wrong-type' } }],
    });
  });
});

const answersArb = fc.record({
  referredLegPain: fc.boolean(),
  comorbidPain: fc.boolean(),
  disabilityWalking: fc.boolean(),
  disabilityDressing: fc.boolean(),
  fear: fc.boolean(),
  anxiety: fc.boolean(),
  catastrophising: fc.boolean(),
  depression: fc.boolean(),
  bothersomeness: fc.constantFrom('not-at-all', 'slightly', 'moderately', 'very-much', 'extremely'),
});

describe('STarT Back properties', () => {
  it('Q-STARTBACK: total 0–9, subscale 0–5 and ≤ total, risk per the cut-offs', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const result = scoreStartBack(answers);
        if (!result.ok) return false;
        const { total, psychosocial, risk } = result.value;
        const agreed = Object.values(answers).filter((v) => v === true).length;
        const bothered = answers.bothersomeness === 'very-much' || answers.bothersomeness === 'extremely';
        expect(total).toBe(agreed + (bothered ? 1 : 0));
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(9);
        expect(psychosocial).toBeGreaterThanOrEqual(0);
        expect(psychosocial).toBeLessThanOrEqual(Math.min(5, total));
        expect(risk).toBe(psychosocial >= 4 ? 'high' : total <= 3 ? 'low' : 'medium');
        return true;
      }),
    );
  });
});
