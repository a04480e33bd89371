import { describe, expect, it } from 'vitest';
import { consentTo, party, Scenario, VIEWERS } from '../testing/scenario.ts';
import { citizenConsents, citizenMessages, citizenSees, citizenSlice } from './citizen.slice.ts';

const T0 = '2026-09-01T09:00:00+02:00';
const MINE = '5b0c2a52-8d2e-4c8e-9d0f-1a2b3c4d5e6f';
const SOMEONE_ELSE = '9e8d7c6b-5a49-4382-9170-fedcba987654';

/** A planned pathway, a physiotherapist with consent, a correspondence and a feedback note to the GP. */
function pathway(): Scenario {
  const s = Scenario.planned();
  s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-physio'), T0);
  s.run(
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: 'ref-physio',
      kind: 'physio',
      to: party(VIEWERS.physio),
      content: { reason: 'Træning', clinicalInformation: 'Uspecifikke lændesmerter' },
    },
    T0,
  );
  s.run(
    VIEWERS.physio,
    {
      type: 'noteSent',
      noteId: 'n-corr',
      kind: 'correspondence',
      to: [party(VIEWERS.gp)],
      content: { text: 'Bekymret for trivsel; ring gerne' },
    },
    T0,
  );
  s.run(
    VIEWERS.physio,
    {
      type: 'noteSent',
      noteId: 'n-feedback',
      kind: 'feedback',
      to: [party(VIEWERS.gp)],
      content: { text: 'Forløbet går godt, fortsætter selv', followUpBy: 'sender' },
    },
    T0,
  );
  return s;
}

describe('citizen slice (Min side: the citizen is a viewer of their own pathway)', () => {
  it("never another citizen's data: a pathway registered to someone else gives nothing", () => {
    const s = pathway();
    expect(citizenSlice(s.state, { citizenId: SOMEONE_ELSE }, MINE)).toBeNull();
    expect(citizenSlice(s.state, { citizenId: '' }, '')).toBeNull();
  });

  it('the citizen sees their own plan, referrals, consents and closing notes without any consent of their own', () => {
    const s = pathway();
    const view = citizenSlice(s.state, { citizenId: MINE }, MINE);
    expect(view).not.toBeNull();
    expect(view?.state.plan?.goals[0]?.goal).toBe('At kunne cykle på arbejde igen');
    expect(view?.state.referrals['ref-physio']?.kind).toBe('physio');
    expect(citizenConsents(view ?? { entries: [], state: s.state }).map((c) => c.consentId)).toContain(
      'c-physio',
    );
    const messages = citizenMessages(view ?? { entries: [], state: s.state });
    expect(messages.map((m) => m.event.type === 'noteSent' && m.event.noteId)).toEqual(['n-feedback']);
  });

  it("a correspondence between professionals is the professionals' note: not in the citizen's view", () => {
    const s = pathway();
    const view = citizenSlice(s.state, { citizenId: MINE }, MINE);
    expect(JSON.stringify(view)).not.toContain('Bekymret for trivsel');
    expect(view?.state.notes.map((n) => n.noteId)).toEqual(['n-feedback']);
    expect(s.events.filter((e) => !citizenSees(e)).map((e) => e.type)).toEqual(['noteSent']);
  });

  it('a withdrawn consent stays listed after the active ones, with when it was withdrawn', () => {
    const s = pathway();
    s.run(VIEWERS.gp, consentTo(VIEWERS.chiro, 'c-chiro'), T0);
    s.run(VIEWERS.gp, { type: 'consentWithdrawn', consentId: 'c-physio' }, T0);
    const view = citizenSlice(s.state, { citizenId: MINE }, MINE);
    const consents = citizenConsents(view ?? { entries: [], state: s.state });
    expect(consents.at(-1)).toMatchObject({ consentId: 'c-physio', withdrawnAt: expect.any(String) });
    expect(consents[0]?.withdrawnAt).toBeUndefined();
  });

  it("the §140 plan the hospital sent is one of the citizen's messages", () => {
    const s = Scenario.withRehabPlan();
    const view = citizenSlice(s.state, { citizenId: MINE }, MINE);
    const messages = citizenMessages(view ?? { entries: [], state: s.state });
    expect(messages.map((m) => m.kind)).toEqual(['rehab-plan']);
  });
});
