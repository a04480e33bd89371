import { loadR4Definitions } from '@rygforlob/fhir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
});
