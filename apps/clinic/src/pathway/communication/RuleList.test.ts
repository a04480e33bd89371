import { describe, expect, it } from 'vitest';
import { fieldWithReason } from './RuleList.tsx';

describe('error summary entries (issue 14 wording)', () => {
  it('HOSP-CONTENT: a question label is not used mid-sentence ("Hvad ønskes undersøgt? skal udfyldes")', () => {
    expect(fieldWithReason('Hvad ønskes undersøgt?', 'skal udfyldes')).toBe(
      'Hvad ønskes undersøgt? Skal udfyldes.',
    );
  });
  it('HOSP-CONTENT: a plain label runs on into its reason', () => {
    expect(fieldWithReason('Diagnose', 'skal udfyldes')).toBe('Diagnose skal udfyldes');
    expect(fieldWithReason('Diagnose', undefined)).toBe('Diagnose');
  });
});
