import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './index.ts';
import {
  buildOwnerPathway,
  codeOf,
  formatted,
  NOW,
  OWNER,
  type OwnerPathway,
  outcomeOf,
  type TestApi,
} from './pathway.fixtures.ts';
import { testApi } from './testing.ts';
import { createContextInner } from './trpc.ts';

/** Min side's questionnaires at home: asked for in the clinic, answered by the citizen, scored, new to the asker. */

let api: TestApi;
let owner: OwnerPathway;
const asCitizen = (citizenId: string) =>
  createCaller(createContextInner({ database: api.database, citizen: { citizenId }, now: () => NOW })).me;

beforeAll(async () => {
  api = await testApi({ now: () => NOW });
  owner = await buildOwnerPathway(api);
}, 60_000);
afterAll(() => api?.close());

describe('questionnaires at home', () => {
  it('the GP asks for an RMDQ; the citizen answers it; the GP sees it scored and new in the worklist', async () => {
    const gp = api.as(OWNER.gp);
    await gp.assessment.requestQuestionnaire({
      pathwayId: owner.pathwayId,
      requestId: 'home-rmdq',
      instrument: 'rmdq',
    });

    const me = asCitizen(owner.citizenId);
    const before = await me.pathway({ pathwayId: owner.pathwayId });
    const request = before.entries.find(
      (e) => e.visibility === 'full' && e.event.type === 'questionnaireRequested',
    );
    expect(request).toBeTruthy();
    const after = await me.answerQuestionnaire({
      pathwayId: owner.pathwayId,
      requestId: 'home-rmdq',
      questionnaire: { instrument: 'rmdq', version: '24', answers: [2, 5, 9, 11] },
    });
    const answered = after.entries.at(-1);
    expect(answered?.visibility === 'full' && answered.event.type).toBe('questionnaireCompleted');
    expect(answered?.visibility === 'full' && answered.event.by.actor).toBe('citizen');

    const view = await gp.pathway.get({ pathwayId: owner.pathwayId });
    const completed = view.entries.find(
      (e) =>
        e.visibility === 'full' &&
        e.event.type === 'questionnaireCompleted' &&
        e.event.requestId === 'home-rmdq',
    );
    expect(completed).toBeTruthy();

    const { rows } = await gp.worklist.mine({ filter: 'inbox' });
    const row = rows.find((r) => r.pathwayId === owner.pathwayId);
    expect(row?.inbox.map((i) => i.type)).toContain('questionnaireCompleted');
  });

  it('an invalid answer names the item; nothing unasked is taken', async () => {
    const gp = api.as(OWNER.gp);
    await gp.assessment.requestQuestionnaire({
      pathwayId: owner.pathwayId,
      requestId: 'home-sb',
      instrument: 'startback',
    });
    const me = asCitizen(owner.citizenId);
    const partial = await outcomeOf(
      me.answerQuestionnaire({
        pathwayId: owner.pathwayId,
        requestId: 'home-sb',
        questionnaire: {
          instrument: 'startback',
          answers: { referredLegPain: true, comorbidPain: false } as never,
        },
      }),
    );
    expect(codeOf(partial)).toBe('BAD_REQUEST');
    const fields = formatted(
      (partial as { error: Parameters<typeof formatted>[0] }).error,
      'me.answerQuestionnaire',
      {},
    ).data.violations?.map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining([expect.stringMatching(/^questionnaire\.answers\.fear$/)]));

    const unasked = await outcomeOf(
      me.answerQuestionnaire({
        pathwayId: owner.pathwayId,
        requestId: 'never-asked',
        questionnaire: { instrument: 'rmdq', version: '24', answers: [1] },
      }),
    );
    expect(codeOf(unasked)).toBe('BAD_REQUEST');
  });
});
