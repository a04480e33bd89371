import { describe, expect, test } from 'vitest';
import { gapsOnTheirFields } from './gaps.ts';

const conservative = {
  precondition: { conservativeTreatmentWeeks: 8, sufficientEffect: undefined },
  other: { phone: '' },
};

describe('gapsOnTheirFields (issue 14)', () => {
  test('HOSP-PRECONDITION: a union error on the chosen condition moves to its empty sub-field', () => {
    const gaps = gapsOnTheirFields(
      [{ rule: 'INPUT-INVALID', field: 'content.precondition', params: { reason: 'invalid_union' } }],
      conservative,
    );
    expect(gaps).toEqual([
      {
        rule: 'INPUT-INVALID',
        field: 'content.precondition.sufficientEffect',
        params: { reason: 'invalid_type' },
      },
    ]);
  });

  test('HOSP-PRECONDITION: with no condition chosen the gap stays on the condition', () => {
    const finding = {
      rule: 'INPUT-INVALID',
      field: 'content.precondition',
      params: { reason: 'invalid_union' },
    };
    expect(gapsOnTheirFields([finding], { precondition: undefined })).toEqual([finding]);
  });

  test('HOSP-CONTENT: an empty phone number is missing, not of the wrong format', () => {
    const gaps = gapsOnTheirFields(
      [{ rule: 'INPUT-INVALID', field: 'content.other.phone', params: { reason: 'invalid_format' } }],
      conservative,
    );
    expect(gaps).toEqual([
      { rule: 'INPUT-INVALID', field: 'content.other.phone', params: { reason: 'invalid_type' } },
    ]);
  });

  test('HOSP-CONTENT: a typed phone number of the wrong form keeps its reason; duplicates are merged', () => {
    const finding = {
      rule: 'INPUT-INVALID',
      field: 'content.other.phone',
      params: { reason: 'invalid_format' },
    };
    expect(gapsOnTheirFields([finding, finding], { other: { phone: '12' } })).toEqual([finding]);
  });

  test('a domain rule on a filled field (no reason) is kept where it is', () => {
    const finding = {
      rule: 'HOSP-PRECONDITION',
      field: 'content.precondition.conservativeTreatmentWeeks',
      params: { weeks: 4, minimum: 6 },
    };
    expect(gapsOnTheirFields([finding], conservative)).toEqual([finding]);
  });
});
