import { describe, expect, it } from 'vitest';
import { fold } from './pathway/pathway.fold.ts';
import { party, Scenario, VIEWERS } from './testing/scenario.ts';
import { isStorableText } from './text.ts';

const T0 = '2026-09-01T09:00:00+02:00';

describe('what a pathway can store (INPUT-INVALID)', () => {
  it('INPUT-INVALID: an id like __proto__ is refused with the field named, and no state is touched', () => {
    const s = Scenario.planned();
    const decision = s.attempt(
      VIEWERS.gp,
      {
        type: 'consentGiven',
        consentId: '__proto__',
        recipient: party(VIEWERS.physio),
        purpose: 'treatment',
      },
      T0,
    );
    expect(decision.ok).toBe(false);
    if (!decision.ok)
      expect(decision.violations[0]).toMatchObject({ rule: 'INPUT-INVALID', field: 'consentId' });
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).recipient).toBeUndefined();
  });

  it('INPUT-INVALID: stored events with ids like constructor or toString fold into their own entries', () => {
    const s = Scenario.planned();
    for (const consentId of ['constructor', 'toString', 'hasOwnProperty']) {
      s.run(
        VIEWERS.gp,
        { type: 'consentGiven', consentId, recipient: party(VIEWERS.physio), purpose: 'treatment' },
        T0,
      );
    }
    const state = fold(s.state.events);
    expect(Object.keys(state.consents)).toEqual(
      expect.arrayContaining(['constructor', 'toString', 'hasOwnProperty']),
    );
    expect(state.referrals.constructor).toBeUndefined();
  });

  it('INPUT-INVALID: a note with a NUL character or a lone surrogate is refused naming content.text', () => {
    const s = Scenario.planned();
    for (const text of ['før\u0000efter', 'halv \uD83D emoji']) {
      const decision = s.attempt(
        VIEWERS.gp,
        {
          type: 'noteSent',
          noteId: 'n-1',
          kind: 'information',
          to: [party(VIEWERS.physio)],
          content: { text },
        },
        T0,
      );
      expect(decision.ok).toBe(false);
      if (!decision.ok) {
        expect(decision.violations[0]).toMatchObject({
          rule: 'INPUT-INVALID',
          field: 'content.text',
          params: { message: 'unstorable-text' },
        });
      }
    }
  });

  it('INPUT-INVALID: Danish letters, emoji and line breaks are storable text', () => {
    expect(isStorableText('Ærø, Øster Åby 🙂\nLinje 2')).toBe(true);
    expect(isStorableText('\uDE00')).toBe(false);
  });
});
