import { schema } from '@rygforlob/db';
import { loadR4Definitions, stableUuid } from '@rygforlob/fhir';
import { hospitalNotificationMessage } from '@rygforlob/fhir/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SOR_CODES } from './demo-clients.ts';
import { type FhirTestServer, fhirTestServer } from './testing.ts';

/** Issue 9's review: $process-message under the same edge limits as the tRPC API. */

let server: FhirTestServer;
beforeAll(async () => {
  loadR4Definitions();
  server = await fhirTestServer();
}, 120_000);
afterAll(() => server.close());

describe('$process-message limits (issue 9)', () => {
  it('a FHIR body nested 5,000 deep is refused with 400 and an OperationOutcome by the depth scan, before parsing', async () => {
    const deep = `{"resourceType":"Bundle","entry":${'['.repeat(5_000)}${']'.repeat(5_000)}}`;
    const before = await server.eventCount();
    const started = performance.now();
    const res = await server.post('fysvejle-system', deep);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/fhir+json');
    expect(res.json()).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ code: 'structure', diagnostics: expect.stringContaining('nested deeper than 32') }],
    });
    expect(performance.now() - started).toBeLessThan(500);
    // Also unauthenticated: the scan runs while the body is read, before anything else.
    const anonymous = await server.app.inject({
      method: 'POST',
      url: '/fhir/R4/$process-message',
      headers: { 'content-type': 'application/fhir+json' },
      payload: deep,
    });
    expect(anonymous.statusCode).toBe(400);
    expect(await server.eventCount()).toBe(before);
  });

  it('CPR numbers named in messages are counted per client like citizen lookups: past CPR_LOOKUPS_PER_HOUR a message is 429 with Retry-After, and an unknown number is audited with its birth date', async () => {
    const limited = await fhirTestServer({ env: { CPR_LOOKUPS_PER_HOUR: '2' } });
    try {
      const about = (cpr: string, name: string) =>
        hospitalNotificationMessage({
          messageId: stableUuid(name),
          cpr,
          senderSor: DEMO_SOR_CODES['org-rygcenter'] as string,
          receiverSor: DEMO_SOR_CODES['org-vejle-genoptraening'] as string,
          event: 'admitted',
          start: '2026-08-01T08:00:00+02:00',
        });
      const codes = [];
      for (const [i, cpr] of ['0101601234', '0202602345', '0303603456'].entries()) {
        const res = await limited.post('rygcenter-epj', about(cpr, `probe-${i}`));
        codes.push(res.statusCode);
        if (res.statusCode === 429) {
          expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
          expect(JSON.stringify(res.json())).toContain('TOO_MANY_REQUESTS');
        }
      }
      expect(codes).toEqual([404, 404, 429]);
      // Counted under the client's own key (a staff user's lookups are cpr:user:<id>).
      const counted = await limited.database.db
        .select()
        .from(schema.attemptCounters)
        .where(eq(schema.attemptCounters.key, 'cpr:fhir-client:rygcenter-epj'));
      expect(counted).toHaveLength(1);
      const audit = await limited.database.db
        .select()
        .from(schema.auditLog)
        .where(
          and(
            eq(schema.auditLog.action, 'fhir.process-message'),
            eq(schema.auditLog.userId, 'client:rygcenter-epj'),
          ),
        );
      expect(audit.filter((r) => r.outcome === 'not-found').map((r) => r.detail)).toEqual([
        { reason: 'no-citizen', lookup: 'cpr', birthDate: '1960-01-01' },
        { reason: 'no-citizen', lookup: 'cpr', birthDate: '1960-02-02' },
      ]);
      expect(audit.filter((r) => r.outcome === 'denied').map((r) => r.detail)).toEqual([
        { reason: 'rate-limited' },
      ]);
      expect(JSON.stringify(audit)).not.toContain('0101601234');
    } finally {
      await limited.close();
    }
  });
});
