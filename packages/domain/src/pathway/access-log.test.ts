import { describe, expect, it } from 'vitest';
import { citizenViewer } from '../program/actors.ts';
import { Scenario, VIEWERS } from '../testing/scenario.ts';
import { accessLogScope } from './access-log.ts';
import { fold } from './pathway.fold.ts';

const CITIZEN = '7d1f3c9a-0000-4000-8000-0000000000c1';

describe('the access log (AUDIT-ACCESS, issue 8)', () => {
  const pathways = [{ id: 'p-1', state: Scenario.planned().state }];

  it('AUDIT-ACCESS: the citizen reads their whole log, never another citizen’s', () => {
    expect(accessLogScope(citizenViewer('u', CITIZEN), CITIZEN, pathways)).toEqual({
      ok: true,
      scope: 'citizen',
    });
    expect(accessLogScope(citizenViewer('u', 'someone-else'), CITIZEN, pathways)).toMatchObject({
      ok: false,
      violation: { rule: 'AUDIT-ACCESS' },
    });
  });

  it('AUDIT-ACCESS: the coordinating GP reads the rows of its pathways only; nobody else reads any', () => {
    const other = { id: 'p-0', state: fold([]) };
    expect(accessLogScope(VIEWERS.gp, CITIZEN, [other, ...pathways])).toEqual({
      ok: true,
      scope: 'coordinated',
      pathwayIds: ['p-1'],
    });
    for (const viewer of [VIEWERS.otherGp, VIEWERS.physio, VIEWERS.jobcentre, VIEWERS.hospital]) {
      expect(accessLogScope(viewer, CITIZEN, pathways).ok).toBe(false);
    }
  });
});
