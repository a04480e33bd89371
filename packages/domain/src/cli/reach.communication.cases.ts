import type { Command } from '../pathway/events.schema.ts';
import type { Viewer } from '../program/actors.ts';
import { consentTo, hospitalContent, openCommand, party, Scenario, VIEWERS } from '../testing/scenario.ts';

import {
  decideCase,
  employed,
  fictitious,
  general,
  type ReachCase,
  referralSent,
  referredTo,
  T0,
  xref15,
} from './reach.helpers.ts';

/** Worked examples of `pnpm cli decide` for notes between sectors and the access model. */
export function communicationCases(): ReachCase[] {
  const note = (
    kind: string,
    to: Viewer[],
    content: Record<string, string> = {},
    referralId?: string,
  ): Command =>
    ({
      type: 'noteSent',
      noteId: `n-${kind}`,
      kind,
      to: to.map(party),
      ...(referralId ? { referralId } : {}),
      content: { text: 'Notat', ...content },
    }) as Command;
  const withHospital = () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      { ...referralSent('hospital', VIEWERS.hospital, hospitalContent()), referralId: 'h-1' } as Command,
      T0,
    );
    s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }, T0);
    return s;
  };
  const withP119 = () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      { ...referralSent('prevention-119', VIEWERS.prevention, xref15()), referralId: 'p-1' } as Command,
      T0,
    );
    s.run(VIEWERS.prevention, { type: 'referralAccepted', referralId: 'p-1' }, T0);
    s.run(VIEWERS.gp, consentTo(VIEWERS.hospital, 'c-h'), T0);
    return s;
  };
  return [
    decideCase(
      'decide-hosp-epicrisis',
      withHospital(),
      VIEWERS.hospital,
      note('epicrisis', [VIEWERS.hospital], {}, 'h-1'),
      ['HOSP-EPICRISIS'],
      'an epicrisis that does not go to the GP',
      { blocks: ['HOSP-EPICRISIS'] },
    ),
    decideCase(
      'decide-feedback-gp',
      referredTo('physio', VIEWERS.physio),
      VIEWERS.physio,
      note('closing-note', [VIEWERS.gp]),
      ['FEEDBACK-GP'],
      'a physiotherapist’s closing note that does not say who follows up: sent, with a warning',
    ),
    decideCase(
      'decide-p119-close',
      withP119(),
      VIEWERS.prevention,
      note(
        'closing-note-119',
        [VIEWERS.gp, VIEWERS.hospital],
        { reason: 'Slut', summary: '8 af 8', agreements: 'Gåklub' },
        'p-1',
      ),
      ['P119-CLOSE'],
      'a §119 closing note copied to a hospital the referral did not name',
      { blocks: ['P119-CLOSE'] },
    ),
    decideCase(
      'decide-r140-close',
      Scenario.withRehabPlan(),
      VIEWERS.rehab,
      note('slutnotat-140', [VIEWERS.gp], {}, 'r-1'),
      ['R140-CLOSE'],
      'a slutnotat that leaves out the referring hospital department',
      { blocks: ['R140-CLOSE'] },
    ),
    decideCase(
      'decide-img-chiro',
      referredTo('chiro', VIEWERS.chiro),
      VIEWERS.chiro,
      referralSent(
        'imaging',
        { actor: 'imaging', organisationId: 'org-radiologi-vejle' },
        { modality: 'mr', indications: [], question: 'Prolaps?' },
      ),
      ['IMG-INDICATION', 'IMG-CHIRO-INFORMS-GP'],
      'a chiropractor’s MR without indication: the leaflet, and inform the GP',
    ),
    decideCase(
      'decide-opportunity-statement',
      employed(),
      VIEWERS.jobcentre,
      {
        type: 'certificateRequested',
        certificateId: 'ce-1',
        certificate: 'opportunity-statement',
        to: party(VIEWERS.physio),
        dueBy: '2026-09-20',
      },
      ['OPPORTUNITY-STATEMENT'],
      'a mulighedserklæring asked of someone other than the GP',
      { blocks: ['OPPORTUNITY-STATEMENT'] },
    ),
  ];
}

export function accessCases(): ReachCase[] {
  return [
    {
      name: 'access-log-audit-access',
      argv: ['access-log', '--viewer', 'physio:org-physio-vejle'],
      input: {
        citizenId: 'citizen-07',
        pathways: [{ id: 'p-1', events: fictitious(referredTo('physio', VIEWERS.physio).events) }],
      },
      shows: ['AUDIT-ACCESS'],
      blocks: ['AUDIT-ACCESS'],
      note: 'a physiotherapist on the pathway asks for the citizen’s access log (exit 1)',
    },
    decideCase(
      'decide-consent-by',
      (() => {
        const s = Scenario.planned();
        s.run(
          VIEWERS.physio,
          referralSent('physio', VIEWERS.physio, general, { recordConsent: undefined, selfReferral: true }),
          T0,
        );
        return s;
      })(),
      VIEWERS.physio,
      { type: 'consentGiven', consentId: 'c-x', recipient: party(VIEWERS.physio), purpose: 'treatment' },
      ['CONSENT-BY'],
      'a physiotherapist records the citizen’s consent to itself',
      { blocks: ['CONSENT-BY'] },
    ),
    decideCase(
      'decide-consent-purpose',
      Scenario.planned(),
      VIEWERS.gp,
      { type: 'consentGiven', consentId: 'c-j', recipient: party(VIEWERS.jobcentre), purpose: 'treatment' },
      ['CONSENT-PURPOSE'],
      'a treatment consent for the jobcentre',
      { blocks: ['CONSENT-PURPOSE'] },
    ),
    decideCase(
      'decide-self-referral',
      Scenario.planned(),
      VIEWERS.hospital,
      referralSent('hospital', VIEWERS.hospital, hospitalContent(), {
        recordConsent: undefined,
        selfReferral: true,
      }),
      ['SELF-REFERRAL'],
      'a citizen cannot refer themselves to the hospital',
      { blocks: ['SELF-REFERRAL'] },
    ),
    decideCase(
      'decide-recipient-actor',
      Scenario.planned(),
      VIEWERS.gp,
      referralSent('physio', { actor: 'physio', organisationId: VIEWERS.jobcentre.organisationId }, general),
      ['RECIPIENT-ACTOR'],
      'the jobcentre addressed as a physiotherapist: the directory says otherwise',
      {
        blocks: ['RECIPIENT-ACTOR'],
        directory: {
          [VIEWERS.gp.organisationId]: { actor: 'gp', municipality: 'Vejle' },
          [VIEWERS.jobcentre.organisationId]: { actor: 'jobcentre', municipality: 'Vejle' },
        },
      },
    ),
    decideCase(
      'decide-coordinator-listing',
      new Scenario(),
      VIEWERS.gp,
      openCommand(),
      ['COORDINATOR-LISTING'],
      'a GP opens a pathway for a citizen listed with another practice',
      {
        blocks: ['COORDINATOR-LISTING'],
        register: { citizenId: 'citizen-1', listedWith: VIEWERS.otherGp.organisationId },
      },
    ),
  ];
}
