import { stableUuid } from '@rygforlob/fhir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SOR_CODES } from './demo-clients.ts';
import {
  asNewMessage,
  exportedNote as exportNote,
  resourcesOf,
  responseOf,
  setSegments,
  stateOf,
} from './messages.testing.ts';
import { type FhirTestServer, fhirTestServer } from './testing.ts';

let server: FhirTestServer;
let rich: string;
beforeAll(async () => {
  server = await fhirTestServer();
  rich = server.created.rich as string;
}, 120_000);
afterAll(() => server.close());

const state = (pathwayId: string) => stateOf(server, pathwayId);
const exportedNote = () => exportNote(server, rich);

/** MedCom threads, envelopes and the forløbsid (review of issue 13). */
describe('POST /fhir/R4/$process-message: threads, re-sent envelopes, forløbsid, media types', () => {
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
});
