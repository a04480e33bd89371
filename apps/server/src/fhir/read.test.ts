import { type Bundle, loadR4Definitions, type Resource, r4Problems } from '@rygforlob/fhir';
import {
  brokenInvariants,
  CARE_COMMUNICATION,
  CARE_COMMUNICATION_MESSAGE,
  DK_CORE_PATIENT,
} from '@rygforlob/fhir/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS } from '../demo/organisations.ts';
import { type FhirTestServer, fhirTestServer } from './testing.ts';

let server: FhirTestServer;
beforeAll(async () => {
  loadR4Definitions();
  server = await fhirTestServer({ demo: true });
}, 120_000);
afterAll(() => server.close());

const resourcesOf = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);
const fullSeqs = (view: { entries: { visibility: string; event?: { seq: number } }[] }) =>
  view.entries.flatMap((e) => (e.visibility === 'full' && e.event ? [e.event.seq] : []));
const provenanceSeqs = (bundle: Bundle) =>
  resourcesOf(bundle)
    .filter((r) => r.resourceType === 'Provenance')
    .map((r) => Number(r.id?.split('-').at(-1)));

describe('/fhir/R4 reads (issue 13)', () => {
  it('every resource of every demo pathway, for every demo viewer, validates against R4; strangers get NOT_FOUND', async () => {
    const pathways = await server.pathways();
    let validated = 0;
    for (const o of DEMO_ORGANISATIONS) {
      for (const pathway of pathways) {
        const res = await server.asStaff(o.id, `/fhir/R4/EpisodeOfCare/${pathway.id}/$everything`);
        if (res.statusCode === 404) {
          expect(res.json()).toMatchObject({
            resourceType: 'OperationOutcome',
            issue: [{ code: 'not-found' }],
          });
          continue;
        }
        expect(res.statusCode, `${o.id} ${pathway.id}`).toBe(200);
        expect(res.headers['content-type']).toContain('application/fhir+json');
        const bundle = res.json() as Bundle;
        expect(r4Problems(bundle), `${o.id} ${pathway.id}`).toEqual([]);
        for (const resource of resourcesOf(bundle)) {
          if (resource.resourceType === 'Patient')
            expect(brokenInvariants(resource, DK_CORE_PATIENT)).toEqual([]);
        }
        validated++;
      }
    }
    expect(validated).toBeGreaterThan(pathways.length);
  }, 600_000);

  it('every demo note addressed to a GP exports as a MedCom CareCommunication that validates and keeps its invariants', async () => {
    let exported = 0;
    for (const pathway of await server.pathways()) {
      for (const note of pathway.state.notes) {
        const gp = note.to.find((party) => party.actor === 'gp');
        if (!gp) continue;
        const res = await server.asStaff(
          gp.organisationId,
          `/fhir/R4/Communication/${pathway.id}-${note.seq}/$care-communication`,
        );
        expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
        const bundle = res.json() as Bundle;
        expect(r4Problems(bundle)).toEqual([]);
        expect(brokenInvariants(bundle, CARE_COMMUNICATION_MESSAGE)).toEqual([]);
        const communication = resourcesOf(bundle).find((r) => r.resourceType === 'Communication') as Resource;
        expect(brokenInvariants(communication, CARE_COMMUNICATION)).toEqual([]);
        exported++;
      }
    }
    expect(exported).toBeGreaterThan(0);
  });

  it('$everything holds exactly the facts of the viewer slice that pathway.get returns', async () => {
    const [pathway] = await server.pathways();
    if (!pathway) throw new Error('no demo pathway');
    const coordinator = pathway.state.opened?.coordinator.organisationId as string;
    const view = await server.trpcAs(coordinator).pathway.get({ pathwayId: pathway.id });
    const res = await server.asStaff(coordinator, `/fhir/R4/EpisodeOfCare/${pathway.id}/$everything`);
    expect(provenanceSeqs(res.json())).toEqual(fullSeqs(view));
  });

  it('JOB-CONSENT: $everything for a jobcentre holds only its slice; after withdrawal it shrinks at once', async () => {
    const pathways = await server.pathways();
    const found = pathways
      .flatMap((p) =>
        Object.values(p.state.consents)
          .filter((c) => c.recipient.organisationId === 'org-jobcenter-vejle' && !c.withdrawnAt)
          .map((c) => ({ pathway: p, consent: c })),
      )
      .find(({ pathway }) => pathway.state.status === 'open');
    if (!found) throw new Error('the demo has a jobcentre with an active consent');
    const { pathway, consent } = found;
    const url = `/fhir/R4/EpisodeOfCare/${pathway.id}/$everything`;
    const before = (await server.asStaff('org-jobcenter-vejle', url)).json() as Bundle;
    const sliceBefore = await server.trpcAs('org-jobcenter-vejle').pathway.get({ pathwayId: pathway.id });
    expect(provenanceSeqs(before)).toEqual(fullSeqs(sliceBefore));
    await server
      .trpcAs(consent.by.organisationId)
      .consent.withdraw({ pathwayId: pathway.id, consentId: consent.consentId });
    const after = (await server.asStaff('org-jobcenter-vejle', url)).json() as Bundle;
    const sliceAfter = await server.trpcAs('org-jobcenter-vejle').pathway.get({ pathwayId: pathway.id });
    expect(provenanceSeqs(after)).toEqual(fullSeqs(sliceAfter));
    expect(resourcesOf(after).length).toBeLessThan(resourcesOf(before).length);
    expect(
      resourcesOf(after).find((r) => r.resourceType === 'Consent' && r.id?.endsWith(`-${consent.seq}`)),
    ).toMatchObject({
      status: 'inactive',
    });
  });

  it('Patient and EpisodeOfCare: DK-core Patient for a related viewer; NOT_FOUND for a stranger; a system client reads too', async () => {
    const [pathway] = await server.pathways();
    if (!pathway) throw new Error('no demo pathway');
    const coordinator = pathway.state.opened?.coordinator.organisationId as string;
    const patient = await server.asStaff(coordinator, `/fhir/R4/Patient/${pathway.citizenId}`);
    expect(patient.statusCode).toBe(200);
    expect(patient.json()).toMatchObject({
      resourceType: 'Patient',
      identifier: [{ system: 'urn:oid:1.2.208.176.1.2' }],
    });
    expect(r4Problems(patient.json())).toEqual([]);
    const stranger = DEMO_ORGANISATIONS.find((o) => o.actor === 'gp' && o.id !== coordinator);
    const refused = await server.asStaff(stranger?.id as string, `/fhir/R4/Patient/${pathway.citizenId}`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ resourceType: 'OperationOutcome' });
    const episode = await server.asStaff(coordinator, `/fhir/R4/EpisodeOfCare/${pathway.id}`);
    expect(episode.json()).toMatchObject({
      resourceType: 'EpisodeOfCare',
      id: pathway.id,
      identifier: [{ value: pathway.id }],
    });
    const client = coordinator === 'org-gp-vejle' ? 'laegevejle-system' : null;
    if (client)
      expect((await server.asClient(client, `/fhir/R4/EpisodeOfCare/${pathway.id}`)).statusCode).toBe(200);
  });

  it('AuditEvent?patient=: the access log for the coordinating GP only, with the FHIR reads in it', async () => {
    const [pathway] = await server.pathways();
    if (!pathway) throw new Error('no demo pathway');
    const coordinator = pathway.state.opened?.coordinator.organisationId as string;
    await server.asStaff(coordinator, `/fhir/R4/EpisodeOfCare/${pathway.id}/$everything`);
    const res = await server.asStaff(coordinator, `/fhir/R4/AuditEvent?patient=Patient/${pathway.citizenId}`);
    expect(res.statusCode).toBe(200);
    const bundle = res.json() as Bundle;
    expect(r4Problems(bundle)).toEqual([]);
    const actions = resourcesOf(bundle).flatMap((r) =>
      r.resourceType === 'AuditEvent' ? (r.subtype ?? []).map((s) => s.code) : [],
    );
    expect(actions).toContain('fhir.EpisodeOfCare.everything');
    const other = DEMO_ORGANISATIONS.find((o) => o.actor === 'jobcentre');
    expect(
      (await server.asStaff(other?.id as string, `/fhir/R4/AuditEvent?patient=${pathway.citizenId}`))
        .statusCode,
    ).toBe(404);
  });

  it('without a session or credential: 401 OperationOutcome; a wrong secret is the same; metadata is public', async () => {
    const [pathway] = await server.pathways();
    const anonymous = await server.app.inject({
      method: 'GET',
      url: `/fhir/R4/EpisodeOfCare/${pathway?.id}`,
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ resourceType: 'OperationOutcome' });
    const wrong = await server.app.inject({
      method: 'GET',
      url: `/fhir/R4/EpisodeOfCare/${pathway?.id}`,
      headers: { authorization: `Basic ${Buffer.from('rygcenter-epj:guess').toString('base64')}` },
    });
    expect(wrong.statusCode).toBe(401);
    const metadata = await server.app.inject({ method: 'GET', url: '/fhir/R4/metadata' });
    expect(metadata.statusCode).toBe(200);
    expect(r4Problems(metadata.json())).toEqual([]);
    const unknown = await server.app.inject({ method: 'GET', url: '/fhir/R4/Nothing/here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ resourceType: 'OperationOutcome' });
  });
});
