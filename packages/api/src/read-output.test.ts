import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOwnerPathway, NOW, OWNER, type OwnerPathway, type TestApi } from './pathway.fixtures.ts';
import { CommandResultSchema, PathwayViewSchema } from './pathway-access.ts';
import { WorklistPageSchema } from './routers/worklist.router.ts';
import { testApi } from './testing.ts';

/**
 * pathway.get and worklist.mine answer without an output validator (issue 11: the hottest reads
 * parsed their whole answer again on every request). What stands in for it: for every viewer of a
 * pathway whose events are partly withheld from some of them, the answer is exactly what its
 * slice schema lets through, so the schema would strip nothing (design.md: every output is the
 * viewer's slice).
 */
let api: TestApi;
let owner: OwnerPathway;
beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  owner = await buildOwnerPathway(api);
}, 60_000);
afterAll(() => api?.close());

describe('the hot reads hold to their slice schemas without parsing their output (issue 11)', () => {
  it.each(Object.entries(OWNER))('pathway.get as %s: nothing beyond PathwayViewSchema', async (_, viewer) => {
    const view = await api.as(viewer).pathway.get({ pathwayId: owner.pathwayId });
    expect(view.entries.length).toBeGreaterThan(0);
    expect(PathwayViewSchema.parse(view)).toEqual(view);
    expect(Object.keys(view).sort()).toEqual(Object.keys(PathwayViewSchema.shape).sort());
  });

  it('some viewer gets withheld entries, and they too carry nothing more', async () => {
    const views = await Promise.all(
      Object.values(OWNER).map((viewer) => api.as(viewer).pathway.get({ pathwayId: owner.pathwayId })),
    );
    const withheld = views.flatMap((v) => v.entries.filter((e) => e.visibility === 'withheld'));
    expect(withheld.length).toBeGreaterThan(0);
    for (const entry of withheld) {
      expect(Object.keys(entry).sort()).toEqual(['at', 'by', 'rule', 'seq', 'type', 'visibility']);
    }
  });

  it.each(Object.entries(OWNER))(
    'worklist.mine as %s: nothing beyond WorklistPageSchema',
    async (_, viewer) => {
      const page = await api.as(viewer).worklist.mine({ filter: 'all' });
      expect(page.rows.some((row) => row.pathwayId === owner.pathwayId)).toBe(true);
      expect(WorklistPageSchema.parse(page)).toEqual(page);
      for (const row of page.rows) {
        for (const item of row.inbox) {
          expect(
            Object.keys(item).every((key) =>
              ['type', 'id', 'kind', 'seq', 'at', 'from', 'withheld', 'read'].includes(key),
            ),
          ).toBe(true);
        }
      }
    },
  );

  // The commands answer without an output validator too (routers/command.ts): the same view.
  it.each(['gp', 'physio'] as const)('note.send as %s: nothing beyond CommandResultSchema', async (role) => {
    const result = await api.as(OWNER[role]).note.send({
      pathwayId: owner.pathwayId,
      noteId: `read-output-${role}`,
      kind: 'information',
      to: [{ actor: OWNER.gp.actor, organisationId: OWNER.gp.organisationId }],
      content: { text: 'Kort besked.' },
    });
    expect(result.view.entries.length).toBeGreaterThan(0);
    expect(CommandResultSchema.parse(result)).toEqual(result);
    expect(Object.keys(result).sort()).toEqual(['view', 'warnings']);
    expect(Object.keys(result.view).sort()).toEqual(Object.keys(PathwayViewSchema.shape).sort());
  });
});
