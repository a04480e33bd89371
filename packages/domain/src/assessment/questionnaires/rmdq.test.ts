import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreRmdq } from './rmdq.ts';

describe('RMDQ scoring (Roland & Morris 1983)', () => {
  it('Q-RMDQ: no statement ticked scores 0', () => {
    expect(scoreRmdq([])).toEqual({ ok: true, value: { score: 0, version: '24', max: 24 } });
  });

  it('Q-RMDQ: each ticked statement scores 1, in any order', () => {
    expect(scoreRmdq([12, 1, 5])).toEqual({ ok: true, value: { score: 3, version: '24', max: 24 } });
  });

  it('Q-RMDQ: all 24 statements ticked scores the maximum 24', () => {
    const all = Array.from({ length: 24 }, (_, i) => i + 1);
    expect(scoreRmdq(all)).toEqual({ ok: true, value: { score: 24, version: '24', max: 24 } });
  });
});

describe('RMDQ versions: the Danish validated 23 items and the original 24', () => {
  it('Q-RMDQ: the Danish version (da-23) scores 0–23, its version recorded with the score', () => {
    const all = Array.from({ length: 23 }, (_, i) => i + 1);
    expect(scoreRmdq(all, 'da-23')).toEqual({ ok: true, value: { score: 23, version: 'da-23', max: 23 } });
    expect(scoreRmdq([2, 9], 'da-23')).toEqual({ ok: true, value: { score: 2, version: 'da-23', max: 23 } });
  });

  it('Q-RMDQ: the Danish version has no statement 24', () => {
    expect(scoreRmdq([1, 24], 'da-23')).toEqual({
      ok: false,
      violations: [{ rule: 'Q-RMDQ', field: 'answers.1', params: { reason: 'out-of-range', max: 23 } }],
    });
  });

  it('Q-RMDQ: an unknown version is named', () => {
    expect(scoreRmdq([1], 'uk-18')).toEqual({
      ok: false,
      violations: [
        { rule: 'Q-RMDQ', field: 'version', params: { reason: 'not-an-option', allowed: ['24', 'da-23'] } },
      ],
    });
  });
});

describe('RMDQ rejects invalid answers naming the entry', () => {
  it.each([
    [0, { reason: 'out-of-range', min: 1 }],
    [25, { reason: 'out-of-range', max: 24 }],
    [2.5, { reason: 'not-integer' }],
    ['3', { reason: 'wrong-type' }],
  ])('Q-RMDQ: item %s is rejected', (bad, params) => {
    expect(scoreRmdq([4, bad])).toEqual({
      ok: false,
      violations: [{ rule: 'Q-RMDQ', field: 'answers.1', params }],
    });
  });

  it('Q-RMDQ: an item ticked twice is named at its second position', () => {
    expect(scoreRmdq([7, 3, 7])).toEqual({
      ok: false,
      violations: [{ rule: 'Q-RMDQ', field: 'answers.2', params: { reason: 'duplicate-item' } }],
    });
  });

  it('Q-RMDQ: 24 booleans or an object are not the documented shape', () => {
    expect(scoreRmdq({ 1: true })).toMatchObject({
      ok: false,
      violations: [{ rule: 'Q-RMDQ', field: 'answers', params: { reason: 'wrong-type' } }],
    });
  });

  it('Q-RMDQ: absent answers are missing', () => {
    expect(scoreRmdq(undefined)).toMatchObject({
      ok: false,
      violations: [{ rule: 'Q-RMDQ', field: 'answers', params: { reason: 'missing' } }],
    });
  });
});

describe('RMDQ properties', () => {
  it('Q-RMDQ: any set of ticked items scores its size, within 0–24', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { maxLength: 24 }), (items) => {
        const result = scoreRmdq(items);
        expect(result).toEqual({ ok: true, value: { score: items.length, version: '24', max: 24 } });
        return result.ok && result.value.score >= 0 && result.value.score <= 24;
      }),
    );
  });

  it('Q-RMDQ: any list with an entry outside 1–24 is rejected', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 24 }), { maxLength: 23 }),
        fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 25 })),
        (items, bad) => !scoreRmdq([...items, bad]).ok,
      ),
    );
  });
});
