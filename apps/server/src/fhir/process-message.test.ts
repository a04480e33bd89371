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
import {
  asNewMessage,
  exportedNote as exportNote,
  resourcesOf,
  responseOf,
  stateOf,
} from './messages.testing.ts';
import { type FhirTestServer, fhirTestServer } from './testing.ts';

let server: FhirTestServer;
let rich: string;
beforeAll(async () => {
  loadR4Definitions();
  server = await fhirTestServer();
  rich = server.created.rich as string;
}, 120_000);
afterAll(() => server.close());

const state = (pathwayId: string) => stateOf(server, pathwayId);
const exportedNote = () => exportNote(server, rich);

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
