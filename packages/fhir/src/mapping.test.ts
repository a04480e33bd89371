import type { Bundle, Resource } from '@medplum/fhirtypes';
import { type Command, slice, type Viewer } from '@rygforlob/domain';
import { VIEWERS } from '@rygforlob/domain/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { toFhirAuditEvents } from './audit-event.ts';
import { toFhirCapabilityStatement } from './capability.ts';
import type { PathwaySlice } from './episode-of-care.ts';
import { sliceResources, toFhirEverything } from './everything.ts';
import { notFoundOutcome } from './outcome.ts';
import { toFhirPatient } from './patient.ts';
import {
  brokenInvariants,
  DK_CORE_PATIENT,
  KL_119_SERVICE_REQUEST,
  KL_140_SERVICE_REQUEST,
  richScenario,
  TEST_CITIZEN,
  TEST_DIRECTORY,
} from './testing/index.ts';
import { loadR4Definitions, r4Problems } from './validate.ts';

const PATHWAY_ID = '0b7f9c2a-1d2e-4f3a-8b4c-5d6e7f8a9b0c';
const NOW = '2026-09-06T12:00:00+02:00';

function sliceFor(viewer: Viewer, scenario = richScenario()): PathwaySlice | null {
  const view = slice(scenario.state, viewer);
  if (!view) return null;
  return {
    pathwayId: PATHWAY_ID,
    citizenId: TEST_CITIZEN.id,
    coordinatorOrganisationId: VIEWERS.gp.organisationId,
    state: view.state,
    now: NOW,
  };
}

const resourcesFor = (viewer: Viewer, scenario: ReturnType<typeof richScenario>) =>
  sliceResources(sliceFor(viewer, scenario) as PathwaySlice, TEST_CITIZEN, TEST_DIRECTORY);
const withdrawJobConsent = (scenario: ReturnType<typeof richScenario>) =>
  scenario.run(
    VIEWERS.gp,
    { type: 'consentWithdrawn', consentId: 'c-job' } as Command,
    '2026-09-06T09:00:00+02:00',
  );

const typesOf = (resources: readonly Resource[]) => [...new Set(resources.map((r) => r.resourceType))].sort();

beforeAll(() => loadR4Definitions());

describe('FHIR R4 mapping of a slice (issue 13)', () => {
  const viewers = Object.entries(VIEWERS);

  it.each(viewers)(
    'every resource for the %s viewer validates against the R4 base definitions',
    (_name, viewer) => {
      const view = sliceFor(viewer);
      if (!view) return;
      const resources = sliceResources(view, TEST_CITIZEN, TEST_DIRECTORY);
      for (const resource of resources)
        expect(r4Problems(resource), `${resource.resourceType}/${resource.id}`).toEqual([]);
      const bundle = toFhirEverything(view, TEST_CITIZEN, TEST_DIRECTORY, 'https://example.org/fhir/R4');
      expect(r4Problems(bundle)).toEqual([]);
      // Every reference to an Organization resolves inside the bundle.
      const ids = new Set(resources.filter((r) => r.resourceType === 'Organization').map((r) => r.id));
      for (const match of JSON.stringify(resources).matchAll(/"reference":"Organization\/([^"]+)"/g))
        expect(ids).toContain(match[1]);
    },
  );

  it('the GP sees a resource of every family the issue names', () => {
    const view = sliceFor(VIEWERS.gp);
    const types = typesOf(sliceResources(view as PathwaySlice, TEST_CITIZEN, TEST_DIRECTORY));
    expect(types).toEqual(
      [
        'CarePlan',
        'Communication',
        'Condition',
        'Consent',
        'EpisodeOfCare',
        'Goal',
        'MedicationRequest',
        'Observation',
        'Organization',
        'Patient',
        'Provenance',
        'QuestionnaireResponse',
        'ServiceRequest',
        'Task',
      ].sort(),
    );
  });

  it('DK-core: the Patient keeps the DkCorePatient, cpr and min-digits-sor invariants', () => {
    const view = sliceFor(VIEWERS.gp) as PathwaySlice;
    const patient = sliceResources(view, TEST_CITIZEN, TEST_DIRECTORY).find(
      (r) => r.resourceType === 'Patient',
    );
    expect(patient).toMatchObject({
      identifier: [{ system: 'urn:oid:1.2.208.176.1.2', use: 'official', value: TEST_CITIZEN.cpr }],
      generalPractitioner: [{ identifier: { system: 'urn:oid:1.2.208.176.1.1' } }],
    });
    expect(brokenInvariants(patient as Resource, DK_CORE_PATIENT)).toEqual([]);
    expect(
      brokenInvariants(
        {
          ...(patient as Resource),
          identifier: [{ use: 'official', system: 'urn:oid:1.2.208.176.1.2', value: '3213801234' }],
        } as Resource,
        DK_CORE_PATIENT,
      ),
    ).toEqual(['cpr']);
  });

  it('DK-core: generalPractitioner is the practice the citizen is listed with, else the coordinating GP', () => {
    const listed = toFhirPatient(
      { ...TEST_CITIZEN, listedWith: VIEWERS.otherGp.organisationId },
      VIEWERS.gp.organisationId,
      TEST_DIRECTORY,
    );
    expect(listed.generalPractitioner?.[0]?.reference).toBe(`Organization/${VIEWERS.otherGp.organisationId}`);
    const coordinator = toFhirPatient(TEST_CITIZEN, VIEWERS.gp.organisationId, TEST_DIRECTORY);
    expect(coordinator.generalPractitioner?.[0]?.reference).toBe(`Organization/${VIEWERS.gp.organisationId}`);
  });

  it('KL Gateway: a §140 plan is a ServiceRequest in the shape of klgateway-140-servicerequest', () => {
    const view = sliceFor(VIEWERS.rehab) as PathwaySlice;
    const plans = sliceResources(view, TEST_CITIZEN, TEST_DIRECTORY).filter(
      (r) => r.resourceType === 'ServiceRequest' && r.code?.coding?.some((c) => c.code === 'rehab-140'),
    );
    expect(plans).toHaveLength(2);
    for (const plan of plans) expect(brokenInvariants(plan, KL_140_SERVICE_REQUEST)).toEqual([]);
    // R140-7-DAYS: the citizen's free choice as KL's status reason (FritValg).
    expect(JSON.stringify(plans)).toContain('http://hl7.org/fhir/StructureDefinition/request-statusReason');
    expect(JSON.stringify(plans)).toContain('3796fa11-305f-47d6-b164-45b05489afb2');
  });

  it('KL Gateway: a §119 referral is a ServiceRequest in the shape of klgateway-119-servicerequest', () => {
    const view = sliceFor(VIEWERS.prevention) as PathwaySlice;
    const referrals = sliceResources(view, TEST_CITIZEN, TEST_DIRECTORY).filter(
      (r) => r.resourceType === 'ServiceRequest' && r.code?.coding?.some((c) => c.code === 'prevention-119'),
    );
    expect(referrals).toHaveLength(1);
    for (const referral of referrals) expect(brokenInvariants(referral, KL_119_SERVICE_REQUEST)).toEqual([]);
    expect(
      brokenInvariants(
        { ...(referrals[0] as Resource), performer: [{ display: 'x' }] } as Resource,
        KL_119_SERVICE_REQUEST,
      ),
    ).toHaveLength(1);
  });

  it('Q-STARTBACK, Q-ODI: scores carry LOINC where LOINC has them (total, distress subscore, risk level answer), ours always', () => {
    const observations = resourcesFor(VIEWERS.gp, richScenario()).filter(
      (r) => r.resourceType === 'Observation',
    );
    const codes = (r: Resource) => JSON.stringify(r);
    const startback = observations.find((o) => codes(o).includes('91351-7'));
    expect(startback).toMatchObject({
      valueQuantity: { value: expect.any(Number) },
      derivedFrom: [{ reference: expect.stringMatching(/^QuestionnaireResponse\//) }],
    });
    expect(codes(startback as Resource)).toContain('91350-9');
    expect(codes(startback as Resource)).toMatch(/LA9194-7|LA8982-6|LA9193-9/);
    expect(observations.some((o) => codes(o).includes('97909-6'))).toBe(true);
    for (const o of observations) expect(codes(o)).toContain('https://rygforlob.dk/fhir/CodeSystem/score');
  });

  it('a Provenance names who appended each fact the viewer sees, and nothing else', () => {
    const scenario = richScenario();
    for (const viewer of [VIEWERS.gp, VIEWERS.physio, VIEWERS.jobcentre]) {
      const view = sliceFor(viewer, scenario) as PathwaySlice;
      const provenances = sliceResources(view, TEST_CITIZEN, TEST_DIRECTORY).filter(
        (r) => r.resourceType === 'Provenance',
      );
      expect(provenances).toHaveLength(view.state.events.length);
      expect(provenances[0]).toMatchObject({
        agent: [{ who: { identifier: { value: view.state.events[0]?.by.userId } } }],
      });
    }
  });

  it('JOB-CONSENT: $everything for the jobcentre holds only what its slice holds; withdrawal shrinks it at once', () => {
    const scenario = richScenario();
    const madeFrom = (resources: Resource[]) =>
      resources.filter((r) => r.resourceType === 'Provenance').map((r) => Number(r.id?.split('-').at(-1)));
    const fullSeqs = () =>
      (slice(scenario.state, VIEWERS.jobcentre)?.entries ?? []).flatMap((e) =>
        e.visibility === 'full' ? [e.event.seq] : [],
      );
    const before = resourcesFor(VIEWERS.jobcentre, scenario);
    expect(madeFrom(before)).toEqual(fullSeqs());
    const lae165 = (resources: Resource[]) =>
      resources.some(
        (r) =>
          r.resourceType === 'ServiceRequest' && r.code?.coding?.some((c) => c.code === 'jobcentre-lae165'),
      );
    expect(lae165(before)).toBe(true);
    withdrawJobConsent(scenario);
    const after = resourcesFor(VIEWERS.jobcentre, scenario);
    expect(madeFrom(after)).toEqual(fullSeqs());
    expect(lae165(after)).toBe(false);
    expect(after.length).toBeLessThan(before.length);
    for (const type of [
      'CarePlan',
      'Condition',
      'Observation',
      'QuestionnaireResponse',
      'MedicationRequest',
      'Communication',
    ]) {
      expect(
        after.some((r) => r.resourceType === type),
        type,
      ).toBe(false);
    }
  });

  it('CONSENT: each consent carries its recipient, purpose and who recorded it; a withdrawn one is inactive', () => {
    const scenario = richScenario();
    withdrawJobConsent(scenario);
    const consents = resourcesFor(VIEWERS.gp, scenario).filter((r) => r.resourceType === 'Consent');
    const job = consents.find((c) =>
      JSON.stringify(c).includes(`Organization/${VIEWERS.jobcentre.organisationId}`),
    );
    expect(job).toMatchObject({
      status: 'inactive',
      organization: [{ reference: `Organization/${VIEWERS.gp.organisationId}` }],
      performer: [{ reference: `Organization/${VIEWERS.gp.organisationId}` }],
      provision: {
        period: { end: expect.any(String) },
        actor: [{ reference: { reference: `Organization/${VIEWERS.jobcentre.organisationId}` } }],
        purpose: [{ code: 'employment' }],
      },
    });
    expect(
      consents.filter((c) => c.resourceType === 'Consent' && c.status === 'active').length,
    ).toBeGreaterThan(0);
  });

  it('a stranger gets no slice at all (NOT_FOUND), and the outcome names nothing of the pathway', () => {
    const scenario = richScenario();
    expect(slice(scenario.state, VIEWERS.otherPrevention)).toBeNull();
    expect(r4Problems(notFoundOutcome('EpisodeOfCare'))).toEqual([]);
  });

  it('CapabilityStatement and AuditEvents validate', () => {
    expect(r4Problems(toFhirCapabilityStatement('https://example.org/fhir/R4', NOW))).toEqual([]);
    const events = toFhirAuditEvents(
      TEST_CITIZEN.id,
      [
        {
          at: NOW,
          userId: 'u-1',
          organisationId: VIEWERS.gp.organisationId,
          actor: 'gp',
          action: 'pathway.get',
          outcome: 'ok',
        },
        { at: NOW, userId: null, organisationId: null, actor: null, action: 'note.send', outcome: 'denied' },
      ],
      TEST_DIRECTORY,
    );
    for (const event of events) expect(r4Problems(event)).toEqual([]);
    expect(events.map((e) => [e.action, e.outcome])).toEqual([
      ['R', '0'],
      ['E', '4'],
    ]);
  });

  it('AUDIT-ACCESS: an AuditEvent keeps its id whatever part of the log a viewer sees (not its place in the list)', () => {
    const row = (action: string, at: string) => ({
      at,
      userId: 'u-1',
      organisationId: VIEWERS.gp.organisationId,
      actor: 'gp',
      action,
      outcome: 'ok',
    });
    const log = [row('pathway.get', NOW), row('note.send', NOW), row('pathway.get', NOW)];
    const whole = toFhirAuditEvents(TEST_CITIZEN.id, log, TEST_DIRECTORY).map((e) => e.id);
    const part = toFhirAuditEvents(TEST_CITIZEN.id, log.slice(1), TEST_DIRECTORY).map((e) => e.id);
    expect(new Set(whole).size).toBe(3);
    expect(part[0]).toBe(whole[1]);
  });

  it('the searchset Bundle matches the EpisodeOfCare and includes the rest', () => {
    const bundle: Bundle = toFhirEverything(
      sliceFor(VIEWERS.gp) as PathwaySlice,
      TEST_CITIZEN,
      TEST_DIRECTORY,
      'https://x/R4',
    );
    expect(
      bundle.entry?.filter((e) => e.search?.mode === 'match').map((e) => e.resource?.resourceType),
    ).toEqual(['EpisodeOfCare']);
  });
});
