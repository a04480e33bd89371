export {
  MINOR_TEST_CITIZEN,
  OUT_OF_REGION_TEST_CITIZEN,
  TEST_CITIZENS,
  TEST_CITIZENS_REFERENCE_DATE,
  type TestCitizen,
} from './citizens.ts';
export { STARTBACK } from './questionnaires.ts';
export {
  consentTo,
  hospitalContent,
  openCommand,
  party,
  rehabPlan,
  rehabPlanReferral,
  Scenario,
  triageInput,
  VIEWERS,
} from './scenario.ts';
export {
  anyTriageInput,
  baseTriageInput,
  triageInputWith,
  triageInputWithoutCauda,
  triageInputWithoutCaudaOrSuspicion,
} from './triage-inputs.ts';
