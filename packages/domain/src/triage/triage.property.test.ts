import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anyTriageInput,
  triageInputWithoutCauda,
  triageInputWithoutCaudaOrSuspicion,
} from '../testing/triage-inputs.ts';
import { caudaTriggers, triage, triageParsed } from './triage.rules.ts';

describe('triage properties', () => {
  it('TRIAGE-RED-FLAGS: any set of red flags without suspectedNonMsk and without cauda never yields non-msk', () => {
    fc.assert(
      fc.property(triageInputWithoutCaudaOrSuspicion, (input) => {
        const result = triage(input);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.diagnosticCategory).not.toBe('non-msk');
        expect(result.value.targetGroup).not.toBe('TG-NONMSK');
        expect(result.value.acute).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('TG-CAUDA: any input with a cauda sign or new paresis ≤ 3 is acute referral with GP informed', () => {
    fc.assert(
      fc.property(anyTriageInput, (input) => {
        const r = triageParsed(input);
        const isCauda = caudaTriggers(input).length > 0;
        expect(r.targetGroup === 'TG-CAUDA').toBe(isCauda);
        expect(r.acute).toBe(isCauda);
        expect(r.requiredActions.includes('acute-referral')).toBe(isCauda);
        if (isCauda) expect(r.requiredActions).toEqual(['acute-referral', 'inform-gp']);
      }),
      { numRuns: 500 },
    );
  });

  it('TG-NONMSK: without cauda, non-msk exactly when the clinician suspects it', () => {
    fc.assert(
      fc.property(triageInputWithoutCauda, (input) => {
        expect(caudaTriggers(input)).toEqual([]);
        const r = triageParsed(input);
        expect(r.diagnosticCategory === 'non-msk').toBe(input.suspectedNonMsk);
        expect(r.targetGroup === 'TG-NONMSK').toBe(input.suspectedNonMsk);
      }),
      { numRuns: 500 },
    );
  });

  it('TRIAGE-RED-FLAGS: adding or removing red flags never changes the target group', () => {
    fc.assert(
      fc.property(anyTriageInput, (input) => {
        const without = triageParsed({ ...input, redFlags: [], previousCancer: false });
        const r = triageParsed(input);
        expect(r.targetGroup).toBe(without.targetGroup);
        expect(r.diagnosticCategory).toBe(without.diagnosticCategory);
        expect(r.requiredActions).toEqual(without.requiredActions);
      }),
      { numRuns: 500 },
    );
  });
});
