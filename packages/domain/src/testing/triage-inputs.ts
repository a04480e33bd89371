import fc from 'fast-check';
import { RED_FLAGS, type TriageInput } from '../triage/triage.schema.ts';

/** Triage inputs for tests anywhere in the repo: a neutral input and fast-check arbitraries. */

/** Non-specific, uncomplicated, no flags, age 40: every test changes one thing. */
export function baseTriageInput(): TriageInput {
  return {
    caudaEquina: {
      saddleAnaesthesia: false,
      newBladderDysfunction: false,
      newBowelDysfunction: false,
      bilateralLegSymptoms: false,
      otherSuspicion: false,
    },
    paresis: null,
    redFlags: [],
    previousCancer: false,
    age: 40,
    suspectedNonMsk: false,
    specificFindings: { nerveRoot: false, stenosis: false, other: [] },
    complicatingFactors: {
      longLasting: false,
      significantFunctionalLimitation: false,
      psychosocial: false,
      comorbidity: false,
    },
    persistentAfterSpecialisedCare: false,
  };
}

export const triageInputWith = (patch: Partial<TriageInput>): TriageInput => ({
  ...baseTriageInput(),
  ...patch,
});

const noCauda = fc.constant(baseTriageInput().caudaEquina);

const anyCauda = fc.record({
  saddleAnaesthesia: fc.boolean(),
  newBladderDysfunction: fc.boolean(),
  newBowelDysfunction: fc.boolean(),
  bilateralLegSymptoms: fc.boolean(),
  otherSuspicion: fc.boolean(),
});

const anyParesis = fc.option(
  fc.record({
    strengthGrade: fc.integer({ min: 0, max: 5 }),
    onsetHoursAgo: fc.double({ min: 0, max: 24 * 365, noNaN: true }),
  }),
  { nil: null },
);

/** Paresis that never meets TG-CAUDA: grade 4–5 at any time, or any grade after 48 h. */
const nonCaudaParesis = fc.option(
  fc.oneof(
    fc.record({
      strengthGrade: fc.integer({ min: 4, max: 5 }),
      onsetHoursAgo: fc.double({ min: 0, max: 24 * 365, noNaN: true }),
    }),
    fc.record({
      strengthGrade: fc.integer({ min: 0, max: 5 }),
      onsetHoursAgo: fc.double({ min: 48, max: 24 * 365, noNaN: true, minExcluded: true }),
    }),
  ),
  { nil: null },
);

const rest = {
  redFlags: fc.array(fc.constantFrom(...RED_FLAGS.map((f) => f.code)), { maxLength: 12 }),
  previousCancer: fc.boolean(),
  age: fc.integer({ min: 0, max: 130 }),
  specificFindings: fc.record({
    nerveRoot: fc.boolean(),
    stenosis: fc.boolean(),
    other: fc.uniqueArray(fc.constantFrom('inflammatory', 'fracture', 'structural' as const)),
  }),
  complicatingFactors: fc.record({
    longLasting: fc.boolean(),
    significantFunctionalLimitation: fc.boolean(),
    psychosocial: fc.boolean(),
    comorbidity: fc.boolean(),
  }),
  persistentAfterSpecialisedCare: fc.boolean(),
};

/** Any valid input; half of them without cauda signs, so every branch is reached. */
export const anyTriageInput: fc.Arbitrary<TriageInput> = fc.record({
  ...rest,
  caudaEquina: fc.oneof(noCauda, anyCauda),
  paresis: anyParesis,
  suspectedNonMsk: fc.boolean(),
});

/** Any valid input without cauda signs and without paresis that meets TG-CAUDA. */
export const triageInputWithoutCauda: fc.Arbitrary<TriageInput> = fc.record({
  ...rest,
  caudaEquina: noCauda,
  paresis: nonCaudaParesis,
  suspectedNonMsk: fc.boolean(),
});

/** As `triageInputWithoutCauda`, and the clinician does not suspect a non-MSK condition. */
export const triageInputWithoutCaudaOrSuspicion: fc.Arbitrary<TriageInput> = triageInputWithoutCauda.map(
  (input) => ({ ...input, suspectedNonMsk: false }),
);
