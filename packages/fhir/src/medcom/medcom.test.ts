import type { Bundle, Communication, Resource } from '@medplum/fhirtypes';
import { VIEWERS } from '@rygforlob/domain/testing';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { stableUuid } from '../ids.ts';
import {
  ACKNOWLEDGEMENT_MESSAGE,
  brokenInvariants,
  CARE_COMMUNICATION,
  CARE_COMMUNICATION_MESSAGE,
  DK_CORE_PATIENT,
  hospitalNotificationMessage,
  richScenario,
  TEST_CITIZEN,
  TEST_DIRECTORY,
} from '../testing/index.ts';
import { loadR4Definitions, r4Problems } from '../validate.ts';
import { toAcknowledgement } from './acknowledgement.ts';
import { toCareCommunication } from './care-communication.ts';
import { parseIncomingMessage, toCommand } from './incoming.ts';

const PATHWAY_ID = '0b7f9c2a-1d2e-4f3a-8b4c-5d6e7f8a9b0c';
const sorOf = (id: string) => TEST_DIRECTORY.organisation(id)?.sorCode ?? '';

function exportNote(noteId: string): Bundle {
  const note = richScenario().state.notes.find((n) => n.noteId === noteId);
  if (!note) throw new Error(noteId);
  return toCareCommunication(
    {
      pathwayId: PATHWAY_ID,
      note,
      citizen: TEST_CITIZEN,
      receiverOrganisationId: VIEWERS.gp.organisationId,
      authorName: 'Line Kjær',
    },
    TEST_DIRECTORY,
  );
}
const resourcesOf = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);

beforeAll(() => loadR4Definitions());

describe('MedCom CareCommunication out (issue 13)', () => {
  it.each(['n-feedback', 'n-corr'])(
    'the note %s as a message validates against R4 and keeps the CareCommunication invariants',
    (noteId) => {
      const bundle = exportNote(noteId);
      expect(r4Problems(bundle)).toEqual([]);
      expect(brokenInvariants(bundle, CARE_COMMUNICATION_MESSAGE)).toEqual([]);
      const communication = resourcesOf(bundle).find(
        (r) => r.resourceType === 'Communication',
      ) as Communication;
      expect(brokenInvariants(communication, CARE_COMMUNICATION)).toEqual([]);
      const patient = resourcesOf(bundle).find((r) => r.resourceType === 'Patient') as Resource;
      expect(brokenInvariants(patient, DK_CORE_PATIENT)).toEqual([]);
      const organisations = resourcesOf(bundle).filter((r) => r.resourceType === 'Organization');
      expect(
        organisations
          .flatMap((o) => (o.resourceType === 'Organization' ? (o.identifier ?? []) : []))
          .map((i) => i.value),
      ).toEqual(
        expect.arrayContaining([sorOf(VIEWERS.physio.organisationId), sorOf(VIEWERS.gp.organisationId)]),
      );
    },
  );

  it('the same note exports to the same message (ids derived, no randomness)', () => {
    expect(exportNote('n-feedback')).toEqual(exportNote('n-feedback'));
  });

  it.each(['n-feedback', 'n-corr'])(
    'the Provenance of %s names each text segment the message adds (entity[payload]), not the Communication',
    (noteId) => {
      const bundle = exportNote(noteId);
      const resources = resourcesOf(bundle);
      const communication = resources.find((r) => r.resourceType === 'Communication') as Communication;
      const provenance = resources.find((r) => r.resourceType === 'Provenance');
      if (provenance?.resourceType !== 'Provenance') throw new Error('no Provenance');
      const segmentIds = (communication.payload ?? []).map(
        (p) =>
          p.extension?.find((e) => e.url.endsWith('medcom-core-identifier-extension'))?.valueIdentifier
            ?.value,
      );
      expect(segmentIds.length).toBeGreaterThan(0);
      expect(provenance.entity?.map((e) => [e.role, e.what.identifier?.value])).toEqual(
        segmentIds.map((id) => ['source', id]),
      );
      // The invariant catches the Communication's identifier in place of a segment's.
      const wrong = {
        ...bundle,
        entry: bundle.entry?.map((e) =>
          e.resource?.resourceType === 'Provenance'
            ? {
                ...e,
                resource: {
                  ...e.resource,
                  entity: [{ role: 'source' as const, what: { identifier: communication.identifier?.[0] } }],
                },
              }
            : e,
        ),
      };
      expect(brokenInvariants(wrong, CARE_COMMUNICATION_MESSAGE)).toContain(
        'CareCommunicationProvenance entity[payload] names payload segments',
      );
    },
  );

  it('the message carries the forløbsid: an Encounter whose episodeOfCare identifier is the pathway, referenced by the Communication (medcom-careCommunication-9, -15)', () => {
    const bundle = exportNote('n-feedback');
    const encounter = resourcesOf(bundle).find((r) => r.resourceType === 'Encounter');
    if (encounter?.resourceType !== 'Encounter') throw new Error('no Encounter');
    expect(encounter.episodeOfCare).toEqual([
      { identifier: { system: 'https://rygforlob.dk/fhir/NamingSystem/pathway', value: PATHWAY_ID } },
    ]);
    const communication = resourcesOf(bundle).find(
      (r) => r.resourceType === 'Communication',
    ) as Communication;
    expect(communication.encounter?.reference).toBe(
      bundle.entry?.find((e) => e.resource?.resourceType === 'Encounter')?.fullUrl,
    );
    // The invariants catch an Encounter the Communication does not name, or one without the forløbsid.
    const unnamed = {
      ...bundle,
      entry: bundle.entry?.map((e) =>
        e.resource?.resourceType === 'Communication'
          ? { ...e, resource: { ...e.resource, encounter: { reference: 'urn:uuid:elsewhere' } } }
          : e.resource?.resourceType === 'Encounter'
            ? { ...e, resource: { ...e.resource, episodeOfCare: [{ display: 'no identifier' }] } }
            : e,
      ),
    };
    expect(brokenInvariants(unnamed, CARE_COMMUNICATION_MESSAGE)).toEqual(
      expect.arrayContaining(['medcom-careCommunication-9', 'medcom-careCommunication-15']),
    );
  });

  it("the author's title is no family name: 'Henrik Dam, overlæge' is Henrik (given) Dam (family), overlæge (suffix)", () => {
    const note = richScenario().state.notes.find((n) => n.noteId === 'n-feedback');
    if (!note) throw new Error('n-feedback');
    const bundle = toCareCommunication(
      {
        pathwayId: PATHWAY_ID,
        note,
        citizen: TEST_CITIZEN,
        receiverOrganisationId: VIEWERS.gp.organisationId,
        authorName: 'Henrik Dam, overlæge',
      },
      TEST_DIRECTORY,
    );
    const practitioner = resourcesOf(bundle).find((r) => r.resourceType === 'Practitioner');
    if (practitioner?.resourceType !== 'Practitioner') throw new Error('no Practitioner');
    expect(practitioner.name).toEqual([
      {
        use: 'official',
        text: 'Henrik Dam, overlæge',
        family: 'Dam',
        given: ['Henrik'],
        suffix: ['overlæge'],
      },
    ]);
    expect(r4Problems(bundle)).toEqual([]);
  });

  it('a broken invariant is caught: a correspondence (category other) without topic fails medcom-careCommunication-6', () => {
    const communication = resourcesOf(exportNote('n-corr')).find(
      (r) => r.resourceType === 'Communication',
    ) as Communication;
    const { topic: _topic, ...withoutTopic } = communication;
    expect(brokenInvariants(withoutTopic as Resource, CARE_COMMUNICATION)).toContain(
      'medcom-careCommunication-6',
    );
  });
});

describe('MedCom Acknowledgement', () => {
  it.each(['ok', 'fatal-error'] as const)(
    'an acknowledgement (%s) validates and keeps medcom-acknowledgement-1 and -2',
    (code) => {
      const ack = toAcknowledgement({
        messageId: stableUuid('m'),
        code,
        problems: [{ code: 'invalid', expression: 'Patient.identifier', diagnostics: 'INPUT-INVALID' }],
        to: TEST_DIRECTORY.organisation(VIEWERS.hospital.organisationId) ?? {
          id: 'x',
          name: 'x',
          actor: 'hospital',
        },
        at: '2026-09-06T12:00:00+02:00',
      });
      expect(r4Problems(ack)).toEqual([]);
      expect(brokenInvariants(ack, ACKNOWLEDGEMENT_MESSAGE)).toEqual([]);
      expect(resourcesOf(ack).some((r) => r.resourceType === 'OperationOutcome')).toBe(code !== 'ok');
    },
  );
});

describe('MedCom messages in: parsed strictly, mapped to a command', () => {
  it('round trip: an exported CareCommunication parses back to the same note (kind, text, receiver)', () => {
    const bundle = exportNote('n-corr');
    const parsed = parseIncomingMessage(JSON.parse(JSON.stringify(bundle)));
    expect(parsed).toMatchObject({
      ok: true,
      message: {
        kind: 'care-communication',
        noteKind: 'correspondence',
        text: 'Et spørgsmål om medicin.',
        cpr: TEST_CITIZEN.cpr,
      },
    });
    if (!parsed.ok) return;
    expect(parsed.message).toMatchObject({
      senderSor: sorOf(VIEWERS.physio.organisationId),
      receiverSor: sorOf(VIEWERS.gp.organisationId),
    });
    expect(
      toCommand(parsed.message, { actor: 'gp', organisationId: VIEWERS.gp.organisationId }),
    ).toMatchObject({
      type: 'noteSent',
      kind: 'correspondence',
      to: [{ actor: 'gp', organisationId: VIEWERS.gp.organisationId }],
      content: { text: 'Et spørgsmål om medicin.' },
    });
  });

  it('CLK-R140-SEND: a HospitalNotification discharge becomes hospitalNotified(discharged) at the Encounter end', () => {
    const message = hospitalNotificationMessage({
      messageId: stableUuid('hn'),
      cpr: TEST_CITIZEN.cpr,
      senderSor: sorOf(VIEWERS.hospital.organisationId),
      receiverSor: sorOf(VIEWERS.rehab.organisationId),
      event: 'discharged',
      start: '2026-09-01T08:00:00+02:00',
      end: '2026-09-05T14:00:00+02:00',
    });
    expect(r4Problems(message as unknown as Resource)).toEqual([]);
    const parsed = parseIncomingMessage(message);
    expect(parsed.ok && toCommand(parsed.message)).toEqual({
      type: 'hospitalNotified',
      notificationId: stableUuid('hn'),
      event: 'discharged',
      occurredAt: '2026-09-05T14:00:00+02:00',
    });
  });

  const bad: [string, (b: Record<string, unknown>) => unknown, string][] = [
    ['not an object', () => 'hello', 'Bundle'],
    ['a Patient, not a Bundle', () => ({ resourceType: 'Patient' }), 'Bundle.resourceType'],
    ['a searchset', (b) => ({ ...b, type: 'searchset' }), 'Bundle.type'],
    [
      'no MessageHeader first',
      (b) => ({ ...b, entry: (b.entry as unknown[]).slice(1) }),
      'Bundle.entry[0].resource.id',
    ],
    ['an unknown element', (b) => ({ ...b, colour: 'blue' }), 'Bundle.colour'],
    [
      'a wrong profile',
      (b) => ({ ...b, meta: { profile: ['http://example.org/StructureDefinition/other'] } }),
      'Bundle.meta.profile',
    ],
    [
      'no CPR number',
      (b) => ({
        ...b,
        entry: (b.entry as { resource: { resourceType: string } }[]).map((e) =>
          e.resource.resourceType === 'Patient' ? { ...e, resource: { ...e.resource, identifier: [] } } : e,
        ),
      }),
      'Patient.identifier',
    ],
  ];

  it.each(bad.map(([what, spoil, expression]) => ({ what, spoil, expression })))(
    'bad input ($what) is refused with a problem naming $expression',
    ({ spoil, expression }) => {
      const message = JSON.parse(JSON.stringify(exportNote('n-corr'))) as Record<string, unknown>;
      const parsed = parseIncomingMessage(spoil(message));
      expect(parsed.ok).toBe(false);
      if (parsed.ok) return;
      expect(parsed.problems.map((p) => p.expression)).toContain(expression);
    },
  );

  it('fast-check: any JSON, or a real message with any element replaced, never throws and never parses as something else', () => {
    const message = JSON.parse(JSON.stringify(exportNote('n-corr'))) as Record<string, unknown>;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseIncomingMessage(value);
        expect(parsed.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
    const paths = collectPaths(message);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, value) => {
        const spoiled = structuredClone(message);
        setAt(spoiled, path, value);
        const parsed = parseIncomingMessage(spoiled);
        // Either refused with problems, or (a harmless change) still the same note.
        if (parsed.ok)
          expect(parsed.message).toMatchObject({ kind: 'care-communication', cpr: TEST_CITIZEN.cpr });
        else expect(parsed.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

function collectPaths(value: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const next = [...path, Array.isArray(value) ? Number(key) : key];
      out.push(next);
      collectPaths(item, next, out);
    }
  }
  return out;
}

function setAt(target: unknown, path: (string | number)[], value: unknown) {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = value;
}
