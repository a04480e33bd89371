/**
 * @rygforlob/domain: the RSD 2023 low back pain program as pure, typed rules.
 * No I/O, no clock, no randomness: callers pass `now` and ids.
 */

export * from './advice/advice.schema.ts';
export { adviceFor } from './advice/advice-for.ts';
export { advise } from './advice/advise.ts';
export * from './assessment/index.ts';
export * from './clocks/clock.schema.ts';
export { clocksOf } from './clocks/clocks.ts';
// Rules by area
export * from './cpr/index.ts';
export * from './imaging/index.ts';
// The event-sourced pathway
export * from './pathway/access-log.ts';
export * from './pathway/access-matrix.ts';
export * from './pathway/citizen.slice.ts';
export { consentGivenViolations, consentWithdrawnViolations } from './pathway/consent.rules.ts';
export * from './pathway/consent-scope.ts';
export * from './pathway/events.schema.ts';
export { addressedParties, type MunicipalityOf } from './pathway/home-municipality.ts';
export type { ActorOf, RegisterFacts } from './pathway/parties.rules.ts';
export { activeConsents, addresseesOf, coordinatorOf, hasConsent } from './pathway/pathway.consent.ts';
export { ACTORS_FOR, type DecideOptions, type Decision, decide } from './pathway/pathway.decide.ts';
export { emptyPathway, fold } from './pathway/pathway.fold.ts';
export * from './pathway/pathway.slice.ts';
export type * from './pathway/pathway.state.ts';
export { courseStartDay } from './pathway/pathway.state.ts';
// The program as data
export * from './program/actors.ts';
export * from './program/interventions.ts';
export * from './program/referral-matrix.ts';
export { CLOCK_DEFINITIONS, type Program, rsd2023 } from './program/rsd2023.ts';
export * from './program/rules.ts';
export * from './program/target-groups.ts';
export {
  type Prefilled,
  type PrefillSource,
  type PrefillValue,
  prefillReferral,
} from './referral/referral.prefill.ts';
export { checkReferral, type ReferralCheck, type ReferralDraft } from './referral/referral.rules.ts';
export * from './referral/referral-content.schema.ts';
export * from './scope/scope.explain.ts';
export * from './scope/scope.rules.ts';
export { isStorableText, recordIdSchema, storableString } from './text.ts';
export * from './time.ts';
export * from './triage/index.ts';
export * from './violation.ts';
