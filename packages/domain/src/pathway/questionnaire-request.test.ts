import { describe, expect, it } from 'vitest';
import { citizenViewer } from '../program/actors.ts';
import { consentTo, Scenario, VIEWERS } from '../testing/scenario.ts';
import { citizenSlice } from './citizen.slice.ts';
import { type DecideOptions, decide } from './pathway.decide.ts';
import { slice } from './pathway.slice.ts';

/** Min side (issue 12): a clinician asks for a questionnaire, the citizen answers it at home. */
const T0 = '2026-09-01T09:00:00+02:00';
const T1 = '2026-09-02T19:30:00+02:00';
const CITIZEN_ID = '3f1c7a10-5b2e-4d8a-9c41-0a1b2c3d4e5f';
const ME = citizenViewer(`citizen:${CITIZEN_ID}`, CITIZEN_ID);
const register = { citizenId: CITIZEN_ID, listedWith: VIEWERS.gp.organisationId };
const rmdq = (answers: number[]) => ({ instrument: 'rmdq' as const, version: '24' as const, answers });

function requested(): Scenario {
  const s = Scenario.planned();
  s.run(VIEWERS.gp, { type: 'questionnaireRequested', requestId: 'q-1', instrument: 'rmdq' }, T0);
  return s;
}
const answer = (s: Scenario, command: Record<string, unknown>, options: DecideOptions = { register }) =>
  decide(s.state, { type: 'questionnaireCompleted', ...command } as never, ME, T1, options);

describe('questionnaires at home (Min side)', () => {
  it('the citizen answers the RMDQ the GP asked for; it is scored by the same domain function, answered by the citizen', () => {
    const s = requested();
    const decision = answer(s, { requestId: 'q-1', questionnaire: rmdq([1, 4, 7]) });
    expect(decision.ok).toBe(true);
    if (!decision.ok) return;
    s.events.push(...decision.events);
    expect(decision.events[0]?.by).toMatchObject({
      actor: 'citizen',
      organisationId: `citizen:${CITIZEN_ID}`,
    });
    const scored = s.state.questionnaires.at(-1);
    expect(scored).toMatchObject({ instrument: 'rmdq', requestId: 'q-1' });
    expect(scored?.score?.instrument === 'rmdq' && scored.score.score.score).toBe(3);
    expect(s.state.questionnaireRequests['q-1']?.answered?.at).toBe(T1);
    // The GP (coordinator, consented) sees the answer in full.
    const gp = slice(s.state, VIEWERS.gp);
    expect(gp?.state.questionnaires.at(-1)?.requestId).toBe('q-1');
  });

  it('PATHWAY-STATE: the citizen answers nothing unasked, and a request once', () => {
    const s = requested();
    const unasked = answer(s, { questionnaire: rmdq([1]) });
    expect(unasked.ok || unasked.violations).toEqual([
      { rule: 'PATHWAY-STATE', field: 'requestId', params: { reason: 'no-open-request' } },
    ]);
    const first = answer(s, { requestId: 'q-1', questionnaire: rmdq([1]) });
    if (first.ok) s.events.push(...first.events);
    const again = answer(s, { requestId: 'q-1', questionnaire: rmdq([2]) });
    expect(again.ok || again.violations.map((v) => v.params?.reason)).toEqual(['already-answered']);
  });

  it('INPUT-INVALID: the answer is to the instrument that was asked for', () => {
    const s = requested();
    const decision = answer(s, {
      requestId: 'q-1',
      questionnaire: { instrument: 'odi', answers: { walking: 1 } },
    });
    expect(decision.ok || decision.violations[0]).toMatchObject({
      rule: 'INPUT-INVALID',
      field: 'questionnaire.instrument',
    });
  });

  it('Q-RMDQ: an invalid answer names the item, as in the clinic', () => {
    const s = requested();
    const decision = answer(s, { requestId: 'q-1', questionnaire: rmdq([25]) });
    expect(decision.ok).toBe(false);
    expect(decision.ok || decision.violations.every((v) => v.field?.startsWith('questionnaire.'))).toBe(true);
  });

  it('another citizen cannot answer (the register says whose pathway it is)', () => {
    const s = requested();
    const decision = answer(
      s,
      { requestId: 'q-1', questionnaire: rmdq([1]) },
      { register: { citizenId: '00000000-0000-4000-8000-000000000000', listedWith: null } },
    );
    expect(decision.ok || decision.violations.map((v) => v.params?.reason)).toEqual(['no-relation']);
  });

  it('ACTOR-PERMISSION: the jobcentre asks for no questionnaire; a request id is used once', () => {
    const s = requested();
    s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-physio'), T0);
    const jobcentre = decide(
      s.state,
      { type: 'questionnaireRequested', requestId: 'q-2', instrument: 'odi' },
      VIEWERS.jobcentre,
      T0,
    );
    expect(jobcentre.ok || jobcentre.violations[0]?.rule).toBe('ACTOR-PERMISSION');
    const duplicate = decide(
      s.state,
      { type: 'questionnaireRequested', requestId: 'q-1', instrument: 'odi' },
      VIEWERS.gp,
      T0,
    );
    expect(duplicate.ok || duplicate.violations[0]?.params?.reason).toBe('duplicate');
  });

  it("the citizen's own view lists the open request and, once answered, the answer", () => {
    const s = requested();
    const view = citizenSlice(s.state, { citizenId: CITIZEN_ID }, CITIZEN_ID);
    expect(Object.keys(view?.state.questionnaireRequests ?? {})).toEqual(['q-1']);
  });
});
