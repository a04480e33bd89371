import { describe, expect, it } from 'vitest';
import type { Viewer } from '../program/actors.ts';
import { consentTo, party, Scenario, VIEWERS } from '../testing/scenario.ts';
import type { Command } from './events.schema.ts';

const T0 = '2026-09-01T09:00:00+02:00';

/** The GP's XREF15 to Vejle's prevention team, naming the back centre's doctor as copy recipient. */
function withP119(copyTo: Viewer[]): Scenario {
  const s = Scenario.planned();
  s.run(
    VIEWERS.gp,
    {
      type: 'referralSent',
      referralId: 'p-1',
      kind: 'prevention-119',
      to: party(VIEWERS.prevention),
      content: {
        referralDiagnosis: 'Uspecifikke lændesmerter (DM545)',
        clinicalInformation: 'Langvarige smerter',
        purpose: 'Afklarende samtale',
        history: '6 måneder hos fysioterapeut',
        practicalCircumstances: 'Cykler',
        otherMunicipalOffers: [],
        interpreterNeeded: false,
        criteria: { practiceCourseTried: true, aimPreventWorsening: true, courseJudgedHelpful: true },
        copyTo: copyTo.map(party),
      },
      recordConsent: 'treatment',
    },
    T0,
  );
  s.run(VIEWERS.prevention, { type: 'referralAccepted', referralId: 'p-1' }, T0);
  s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
  s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-p'), T0);
  return s;
}

const closingNote = (to: Viewer[]): Command => ({
  type: 'noteSent',
  noteId: 'x-1',
  kind: 'closing-note-119',
  referralId: 'p-1',
  to: to.map(party),
  content: { text: 'Afslutningsnotat', reason: 'Forløb slut', summary: '8 af 8', agreements: 'Gåklub' },
});

describe('the §119 closing note goes to the GP and the named copies only (p.54)', () => {
  it('P119-CLOSE: a copy recipient named in the referral gets the closing note with the GP', () => {
    const s = withP119([VIEWERS.hospital]);
    expect(s.attempt(VIEWERS.prevention, closingNote([VIEWERS.gp, VIEWERS.hospital]), T0).ok).toBe(true);
  });

  it('P119-CLOSE: any other addressee is refused, named with who may receive it', () => {
    const s = withP119([VIEWERS.hospital]);
    const decision = s.attempt(VIEWERS.prevention, closingNote([VIEWERS.gp, VIEWERS.physio]), T0);
    expect(decision).toMatchObject({
      ok: false,
      violations: [
        {
          rule: 'P119-CLOSE',
          field: 'to.1',
          params: {
            recipient: VIEWERS.physio.organisationId,
            allowed: [VIEWERS.gp.organisationId, VIEWERS.hospital.organisationId],
          },
        },
      ],
    });
  });

  it('P119-CLOSE: a closing note to the named copy alone is refused, naming the GP it must go to', () => {
    const s = withP119([VIEWERS.hospital]);
    const decision = s.attempt(VIEWERS.prevention, closingNote([VIEWERS.hospital]), T0);
    expect(decision.ok ? [] : decision.violations).toEqual([
      { rule: 'P119-CLOSE', field: 'to', params: { gp: VIEWERS.gp.organisationId } },
    ]);
  });

  it('P119-CLOSE: without named copies, a hospital doctor is not an addressee', () => {
    const s = withP119([]);
    const decision = s.attempt(VIEWERS.prevention, closingNote([VIEWERS.gp, VIEWERS.hospital]), T0);
    expect(decision.ok ? [] : decision.violations.map((v) => v.field)).toEqual(['to.1']);
  });
});
