/**
 * Test support for packages/fhir and the server's FHIR routes: a directory of the domain's test
 * organisations (fictitious SOR codes), a pathway with something of every kind, MedCom messages
 * as other systems send them, and the published profiles' invariants as FHIRPath.
 */
export * from './fixtures.ts';
export * from './invariants.ts';
