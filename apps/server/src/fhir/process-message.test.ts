import { schema } from '@rygforlob/db';
import { TEST_CITIZENS } from '@rygforlob/domain/testing';
import { type Bundle, loadR4Definitions, type Resource, r4Problems, stableUuid } from '@rygforlob/fhir';
import {
  ACKNOWLEDGEMENT_MESSAGE,
  brokenInvariants,
  fuzzBodies,
  hospitalNotificationMessage,
} from '@rygforlob/fhir/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SOR_CODES } from './demo-clients.ts';
import { type FhirTestServer, fhirTestServer } from './testing.ts';

let server: FhirTestServer;
let rich: string;
beforeAll(async () => {
  loadR4Definitions();
  server = await fhirTestServer();
  rich = server.created.rich as string;
}, 120_000);
afterAll(() => server.close());

const resourcesOf = (bundle: Bundle) => (bundle.entry ?? []).map((e) => e.resource as Resource);
const responseOf = (bundle: Bundle) => {
  const header = resourcesOf(bundle)[0];
  return header?.resourceType === 'MessageHeader' ? header.response : undefined;
};
const state = async (pathwayId: string) => (await server.pathways()).find((p) => p.id === pathwayId)?.state;

/** The physiotherapist's correspondence note of the rich pathway, exported as a CareCommunication. */
async function exportedNote(): Promise<Bundle> {
  const note = (await state(rich))?.notes.find((n) => n.noteId === 'n-corr');
  const res = await server.asClient(
    'laegevejle-system',
    `/fhir/R4/Communication/${rich}-${note?.seq}/$care-communication`,
  );
  expect(res.statusCode).toBe(200);
  return res.json();
}

/** The same message under a new MessageHeader id (and a new Communication identifier). */
function asNewMessage(bundle: Bundle, name: string): Bundle {
  const copy = structuredClone(bundle);
  for (const entry of copy.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType === 'MessageHeader') resource.id = stableUuid(name, 'header');
    if (resource?.resourceType === 'Communication')
      resource.identifier = [{ value: `urn:uuid:${stableUuid(name, 'communication')}` }];
  }
  return copy;
}

/**
 * Sets the message's text segments (each with its payload identifier) and the Provenance's
 * entity[payload]: the segments named in `added`, else all of them (a new message).
 */
function setSegments(bundle: Bundle, segments: { id: string; text: string }[], added?: string[]) {
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType === 'Communication') {
      const template = resource.payload?.[0]?.extension ?? [];
      resource.payload = segments.map(({ id, text }) => ({
        contentString: text,
        extension: template.map((e) =>
          e.url.endsWith('medcom-core-identifier-extension')
            ? { url: e.url, valueIdentifier: { value: `urn:uuid:${id}` } }
            : e,
        ),
      }));
    }
    if (resource?.resourceType === 'Provenance') {
      resource.entity = (added ?? segments.map((s) => s.id)).map((id) => ({
        role: 'source',
        what: { identifier: { value: `urn:uuid:${id}` } },
      }));
    }
  }
}

describe('POST /fhir/R4/$process-message (issue 13)', () => {
  it('round trip: a note exported as CareCommunication and posted back by its author yields the same note; a duplicate message id is acknowledged again without a second append', async () => {
    const exported = await exportedNote();
    expect(r4Problems(exported)).toEqual([]);
    const message = asNewMessage(exported, 'round-trip');
    const before = await server.eventCount();
    const first = await server.post('fysvejle-system', message);
    expect(first.statusCode, first.body).toBe(200);
    expect(responseOf(first.json())).toMatchObject({
      code: 'ok',
      identifier: stableUuid('round-trip', 'header'),
    });
    expect(brokenInvariants(first.json(), ACKNOWLEDGEMENT_MESSAGE)).toEqual([]);
    expect(await server.eventCount()).toBe(before + 1);
    const notes = (await state(rich))?.notes ?? [];
    const original = notes.find((n) => n.noteId === 'n-corr');
    const received = notes.at(-1);
    expect(received).toMatchObject({
      kind: original?.kind,
      to: original?.to,
      content: { text: original?.content.text },
      by: { organisationId: 'org-physio-vejle', userId: 'client:fysvejle-system' },
    });
    const again = await server.post('fysvejle-system', message);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(first.json());
    expect(await server.eventCount()).toBe(before + 1);
  });

  it('a segment re-sent under a new message id (a new envelope) is acknowledged ok without a second append; another sender cannot reuse it', async () => {
    const message = asNewMessage(await exportedNote(), 'envelope');
    setSegments(message, [{ id: stableUuid('envelope', 'segment'), text: 'Første aflevering.' }]);
    const before = await server.eventCount();
    const first = await server.post('fysvejle-system', message);
    expect(first.statusCode, first.body).toBe(200);
    expect(await server.eventCount()).toBe(before + 1);
    const resent = structuredClone(message);
    const header = resourcesOf(resent)[0];
    if (header?.resourceType === 'MessageHeader') header.id = stableUuid('envelope', 'header-2');
    const second = await server.post('fysvejle-system', resent);
    expect(second.statusCode, second.body).toBe(200);
    expect(responseOf(second.json())).toMatchObject({
      code: 'ok',
      identifier: stableUuid('envelope', 'header-2'),
    });
    expect(await server.eventCount()).toBe(before + 1);
    const notes = ((await state(rich))?.notes ?? []).filter((n) => n.content.text === 'Første aflevering.');
    expect(notes).toHaveLength(1);
    // Another organisation cannot reuse the segment: refused (PATHWAY-STATE), nothing appended.
    const borrowed = structuredClone(message);
    const borrowedHeader = resourcesOf(borrowed)[0];
    if (borrowedHeader?.resourceType !== 'MessageHeader') throw new Error('no MessageHeader');
    borrowedHeader.id = stableUuid('envelope', 'header-3');
    for (const entry of borrowed.entry ?? []) {
      if (
        entry.fullUrl === borrowedHeader.sender?.reference &&
        entry.resource?.resourceType === 'Organization'
      )
        entry.resource.identifier = [
          {
            use: 'official',
            system: 'urn:oid:1.2.208.176.1.1',
            value: DEMO_SOR_CODES['org-rygcenter'] as string,
          },
        ];
    }
    const third = await server.post('rygcenter-epj', borrowed);
    expect(third.statusCode, third.body).toBe(409);
    expect(resourcesOf(third.json()).find((r) => r.resourceType === 'OperationOutcome')).toMatchObject({
      issue: [{ diagnostics: expect.stringContaining('PATHWAY-STATE') }],
    });
    expect(await server.eventCount()).toBe(before + 1);
  });

  it('a MedCom reply in the same thread (same Communication identifier, the earlier segment repeated, the Provenance naming the new one) appends the new segment only, as a new note', async () => {
    const message = asNewMessage(await exportedNote(), 'thread');
    const opening = { id: stableUuid('thread', 'segment-1'), text: 'Spørgsmål om træningen.' };
    setSegments(message, [opening]);
    const before = await server.eventCount();
    expect((await server.post('fysvejle-system', message)).statusCode).toBe(200);
    const reply = structuredClone(message);
    const header = resourcesOf(reply)[0];
    if (header?.resourceType === 'MessageHeader') header.id = stableUuid('thread', 'header-2');
    const answer = { id: stableUuid('thread', 'segment-2'), text: 'Svar: fortsæt to gange om ugen.' };
    setSegments(reply, [opening, answer], [answer.id]);
    const res = await server.post('fysvejle-system', reply);
    expect(res.statusCode, res.body).toBe(200);
    expect(await server.eventCount()).toBe(before + 2);
    const notes = (await state(rich))?.notes ?? [];
    expect(notes.at(-1)?.content.text).toBe(answer.text);
    expect(notes.at(-2)?.content.text).toBe(opening.text);
    expect(notes.at(-1)?.noteId).not.toBe(notes.at(-2)?.noteId);
  });

  it('the forløbsid the message carries (Encounter.episodeOfCare.identifier) picks the pathway: its own is taken, another pathway is NOT_FOUND, nothing appended', async () => {
    const exported = await exportedNote();
    const encounter = resourcesOf(exported).find((r) => r.resourceType === 'Encounter');
    expect(encounter).toMatchObject({ episodeOfCare: [{ identifier: { value: rich } }] });
    const message = asNewMessage(exported, 'forlobsid');
    setSegments(message, [{ id: stableUuid('forlobsid', 'segment'), text: 'Til forløbet.' }]);
    const elsewhere = structuredClone(message);
    const header = resourcesOf(elsewhere)[0];
    if (header?.resourceType === 'MessageHeader') header.id = stableUuid('forlobsid', 'header-elsewhere');
    for (const r of resourcesOf(elsewhere))
      if (r.resourceType === 'Encounter')
        r.episodeOfCare = [
          {
            identifier: {
              system: 'https://rygforlob.dk/fhir/NamingSystem/pathway',
              value: stableUuid('other'),
            },
          },
        ];
    const before = await server.eventCount();
    const refused = await server.post('fysvejle-system', elsewhere);
    expect(refused.statusCode, refused.body).toBe(404);
    expect(resourcesOf(refused.json()).find((r) => r.resourceType === 'OperationOutcome')).toMatchObject({
      issue: [{ expression: ['Encounter.episodeOfCare.identifier'] }],
    });
    expect(await server.eventCount()).toBe(before);
    const taken = await server.post('fysvejle-system', message);
    expect(taken.statusCode, taken.body).toBe(200);
    expect(await server.eventCount()).toBe(before + 1);
    expect((await state(rich))?.notes.at(-1)?.content.text).toBe('Til forløbet.');
  });

  it("a GP's reply keeps the thread's topic (here: epicrisis) yet is its correspondence; the same as a new message is refused naming Communication.topic (ACTOR-PERMISSION)", async () => {
    const reply = asNewMessage(await exportedNote(), 'gp-reply');
    const header = resourcesOf(reply)[0];
    if (header?.resourceType !== 'MessageHeader') throw new Error('no MessageHeader');
    const physio = header.sender;
    header.sender = header.destination?.[0]?.receiver;
    if (header.destination?.[0] && physio) header.destination[0].receiver = physio;
    const answer = { id: stableUuid('gp-reply', 'segment'), text: 'Tak, jeg ser hende i næste uge.' };
    setSegments(reply, [answer]);
    for (const r of resourcesOf(reply)) {
      if (r.resourceType === 'Communication')
        r.topic = {
          coding: [{ system: 'https://rygforlob.dk/fhir/CodeSystem/note-kind', code: 'epicrisis' }],
          text: 'Epikrise',
        };
      if (r.resourceType === 'Provenance' && r.activity?.coding?.[0])
        r.activity.coding[0].code = 'reply-message';
    }
    const before = await server.eventCount();
    const res = await server.post('laegevejle-system', reply);
    expect(res.statusCode, res.body.slice(0, 400)).toBe(200);
    expect((await state(rich))?.notes.at(-1)).toMatchObject({
      kind: 'correspondence',
      content: { text: answer.text },
      by: { organisationId: 'org-gp-vejle' },
    });
    const asNew = structuredClone(reply);
    for (const r of resourcesOf(asNew)) {
      if (r.resourceType === 'MessageHeader') r.id = stableUuid('gp-reply', 'header-new');
      if (r.resourceType === 'Provenance' && r.activity?.coding?.[0])
        r.activity.coding[0].code = 'new-message';
    }
    setSegments(asNew, [{ id: stableUuid('gp-reply', 'segment-new'), text: 'Epikrise fra lægen?' }]);
    const refused = await server.post('laegevejle-system', asNew);
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(resourcesOf(refused.json()).find((r) => r.resourceType === 'OperationOutcome')).toMatchObject({
      issue: expect.arrayContaining([
        expect.objectContaining({ diagnostics: 'ACTOR-PERMISSION', expression: ['Communication.topic'] }),
      ]),
    });
    expect(await server.eventCount()).toBe(before + 1);
  });

  it('CLK-R140-SEND: a HospitalNotification discharge from the hospital is appended and starts the clock', async () => {
    const messageId = stableUuid('discharge');
    const res = await server.post(
      'rygcenter-epj',
      hospitalNotificationMessage({
        messageId,
        cpr: (TEST_CITIZENS[0]?.cpr ?? '').replace('-', ''),
        senderSor: DEMO_SOR_CODES['org-rygcenter'] as string,
        receiverSor: DEMO_SOR_CODES['org-vejle-genoptraening'] as string,
        event: 'discharged',
        start: '2026-08-01T08:00:00+02:00',
        end: new Date(Date.now() - 60_000).toISOString(),
      }),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(responseOf(res.json())).toMatchObject({ code: 'ok' });
    const events = (await state(rich))?.events ?? [];
    expect(events.at(-1)).toMatchObject({
      type: 'hospitalNotified',
      notificationId: messageId,
      event: 'discharged',
    });
    const everything = await server.asClient('rygcenter-epj', `/fhir/R4/EpisodeOfCare/${rich}/$everything`);
    const tasks = resourcesOf(everything.json()).filter(
      (r) =>
        r.resourceType === 'Task' &&
        r.code?.coding?.[0]?.code === 'CLK-R140-SEND' &&
        r.description === messageId,
    );
    expect(tasks).toHaveLength(1);
  });

  it('a message about a citizen the sender has no relation to is refused (fatal-error, NOT_FOUND), nothing appended', async () => {
    const before = await server.eventCount();
    const res = await server.post(
      'rygcenter-epj',
      hospitalNotificationMessage({
        messageId: stableUuid('stranger'),
        cpr: (TEST_CITIZENS[1]?.cpr ?? '').replace('-', ''),
        senderSor: DEMO_SOR_CODES['org-rygcenter'] as string,
        receiverSor: DEMO_SOR_CODES['org-vejle-genoptraening'] as string,
        event: 'admitted',
        start: '2026-08-01T08:00:00+02:00',
      }),
    );
    expect(res.statusCode).toBe(404);
    expect(responseOf(res.json())).toMatchObject({ code: 'fatal-error' });
    expect(resourcesOf(res.json()).find((r) => r.resourceType === 'OperationOutcome')).toMatchObject({
      issue: [{ expression: ['Patient.identifier'] }],
    });
    expect(await server.eventCount()).toBe(before);
    const audit = await server.database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, 'fhir.process-message'));
    expect(audit.at(-1)).toMatchObject({
      organisationId: 'org-rygcenter',
      outcome: 'denied',
      userId: 'client:rygcenter-epj',
    });
    expect(audit.at(-1)?.citizenId).toBeTruthy();
  });

  it('a sender posing as another organisation (MessageHeader.sender) is refused', async () => {
    const before = await server.eventCount();
    const message = asNewMessage(await exportedNote(), 'impostor');
    const res = await server.post('rygcenter-epj', message);
    expect(res.statusCode).toBe(403);
    expect(responseOf(res.json())).toMatchObject({ code: 'fatal-error' });
    expect(await server.eventCount()).toBe(before);
    // The same message again: the same acknowledgement, with the same status.
    const again = await server.post('rygcenter-epj', message);
    expect(again.statusCode).toBe(403);
    expect(again.json()).toEqual(res.json());
  });

  const cases: [string, () => Promise<unknown> | unknown, number][] = [
    ['malformed JSON', () => '{"resourceType": "Bundle",', 400],
    ['a Patient, not a message', () => ({ resourceType: 'Patient' }), 400],
    [
      'a message of a profile we do not take',
      async () => ({
        ...asNewMessage(await exportedNote(), 'profile'),
        meta: { profile: ['http://example.org/x'] },
      }),
      422,
    ],
    [
      'an unknown patient',
      async () => {
        const message = asNewMessage(await exportedNote(), 'unknown');
        for (const e of message.entry ?? []) {
          if (e.resource?.resourceType === 'Patient')
            e.resource.identifier = [
              { use: 'official', system: 'urn:oid:1.2.208.176.1.2', value: '0101019999' },
            ];
        }
        return message;
      },
      404,
    ],
    [
      'an oversize message',
      async () => ({ ...asNewMessage(await exportedNote(), 'big'), id: 'x'.repeat(300_000) }),
      413,
    ],
  ];

  it.each(cases.map(([what, body, status]) => ({ what, body, status })))(
    'bad input ($what) → $status with an OperationOutcome, nothing appended',
    async ({ body, status }) => {
      const payload = await body();
      const before = await server.eventCount();
      const res = await server.post('fysvejle-system', payload);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(status);
      const answer = res.json() as Resource;
      const outcome =
        answer.resourceType === 'OperationOutcome'
          ? answer
          : resourcesOf(answer as Bundle).find((r) => r.resourceType === 'OperationOutcome');
      expect(outcome).toMatchObject({
        resourceType: 'OperationOutcome',
        issue: [expect.objectContaining({ severity: 'error' })],
      });
      expect(await server.eventCount()).toBe(before);
    },
  );

  it.each(['text/plain', 'application/fhir+xml', 'application/x-www-form-urlencoded'])(
    'a message as %s → 415 naming Content-Type, nothing appended',
    async (contentType) => {
      const message = asNewMessage(await exportedNote(), `media-${contentType}`);
      const before = await server.eventCount();
      const res = await server.post('fysvejle-system', JSON.stringify(message), contentType);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(415);
      expect(res.headers['content-type']).toContain('application/fhir+json');
      expect(res.json()).toMatchObject({
        resourceType: 'OperationOutcome',
        issue: [{ code: 'not-supported', expression: ['Content-Type'] }],
      });
      expect(await server.eventCount()).toBe(before);
    },
  );

  it('fast-check: random bodies and spoiled messages never give a 500 and never append', async () => {
    const message = asNewMessage(await exportedNote(), 'fuzz');
    const before = await server.eventCount();
    for (const body of fuzzBodies(message as unknown as Record<string, unknown>, 60)) {
      const res = await server.post('fysvejle-system', body ?? null);
      expect(res.statusCode, JSON.stringify(body).slice(0, 200)).toBeLessThan(500);
      expect(res.headers['content-type']).toContain('application/fhir+json');
    }
    expect(await server.eventCount()).toBe(before);
  });

  it('a staff session may read but not post messages; no credential is 401', async () => {
    const noCredential = await server.app.inject({
      method: 'POST',
      url: '/fhir/R4/$process-message',
      payload: {},
    });
    expect(noCredential.statusCode).toBe(401);
    expect(noCredential.json()).toMatchObject({ resourceType: 'OperationOutcome' });
    const staff = await server.app.inject({
      method: 'POST',
      url: '/fhir/R4/$process-message',
      headers: { 'content-type': 'application/fhir+json' },
      cookies: { rygforlob_session: 'not-a-session' },
      payload: '{}',
    });
    expect(staff.statusCode).toBe(401);
    const read = await server.asStaff('org-gp-vejle', `/fhir/R4/EpisodeOfCare/${rich}/$everything`);
    expect(read.statusCode).toBe(200);
  });
});
