import { describe, expect, it } from 'vitest';
import { openCommand, Scenario, VIEWERS } from '../testing/scenario.ts';
import { adviceFor } from './advice-for.ts';
import { advise } from './advise.ts';

const T0 = '2026-09-01T09:00:00+02:00';

describe('whose advice is whose', () => {
  it("FAST-TRACK is the jobcentre's to act on; TRIAGE-RED-FLAGS and the clinical advice never reach it", () => {
    const s = new Scenario();
    s.run(VIEWERS.gp, openCommand(), T0);
    const all = advise(s.state, T0);
    expect(all.map((a) => a.rule)).toContain('TRIAGE-RED-FLAGS');
    expect(adviceFor(all, VIEWERS.gp).map((a) => a.rule)).toContain('TRIAGE-RED-FLAGS');
    expect(adviceFor(all, VIEWERS.jobcentre)).toEqual([]);
    expect(adviceFor(all, VIEWERS.prevention)).toEqual([]);
    const fastTrack = {
      kind: 'suggestion' as const,
      rule: 'FAST-TRACK' as const,
      owner: VIEWERS.jobcentre.organisationId,
    };
    expect(adviceFor([fastTrack], VIEWERS.jobcentre)).toEqual([fastTrack]);
    expect(adviceFor([fastTrack], VIEWERS.gp)).toEqual([]);
  });
});
