import { describe, expect, it } from 'vitest';
import { advise } from '../advice/advise.ts';
import type { Viewer } from '../program/actors.ts';
import type { ReferralKind } from '../program/referral-matrix.ts';
import {
  consentTo,
  hospitalContent,
  party,
  rehabPlan,
  Scenario,
  triageInput,
  VIEWERS,
} from '../testing/scenario.ts';
import type { Command } from './events.schema.ts';
import { decide } from './pathway.decide.ts';

const T0 = '2026-09-01T09:00:00+02:00';

const referral = (kind: ReferralKind, to: Viewer, content: unknown, extra: Partial<Command> = {}): Command =>
  ({ type: 'referralSent', referralId: `ref-${kind}`, kind, to: party(to), content, ...extra }) as Command;
const general = { reason: 'Lændesmerter', clinicalInformation: 'Ingen røde flag' };

const violationOf = (s: Scenario, by: Viewer, command: Command, now = T0) => {
  const decision = s.attempt(by, command, now);
  return decision.ok ? [] : decision.violations;
};

describe('who may refer to whom (REFERRAL-ROUTE, Table 3)', () => {
  it('REFERRAL-ROUTE: a physiotherapist is refused a hospital referral and shown the route through the GP', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, referral('physio', VIEWERS.physio, general, { recordConsent: 'treatment' }), T0);
    expect(violationOf(s, VIEWERS.physio, referral('hospital', VIEWERS.hospital, hospitalContent()))).toEqual(
      [{ rule: 'REFERRAL-ROUTE', field: 'kind', params: { kind: 'hospital', routes: ['via-gp'] } }],
    );
  });

  it('REFERRAL-ROUTE: a chiropractor cannot refer to §119 but is shown "ask the GP" and the correspondence for vulnerable citizens', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.chiro, referral('chiro', VIEWERS.chiro, general, { selfReferral: true }), T0);
    expect(
      violationOf(s, VIEWERS.chiro, referral('prevention-119', VIEWERS.prevention, {}))[0],
    ).toMatchObject({
      rule: 'REFERRAL-ROUTE',
      params: { routes: ['ask-gp', 'correspondence-to-gp'] },
    });
  });

  it('REFERRAL-ROUTE: only hospitals send rehabilitation plans; the GP is shown that', () => {
    const s = Scenario.planned();
    expect(
      violationOf(s, VIEWERS.gp, referral('rehab-140', VIEWERS.rehab, rehabPlan('2026-09-01')))[0],
    ).toMatchObject({
      rule: 'REFERRAL-ROUTE',
      params: { routes: ['hospital-only'] },
    });
  });

  it("REFERRAL-ROUTE: a self-referral to a physiotherapist is registered by the physiotherapist as the citizen's route", () => {
    const s = Scenario.planned();
    const decision = s.run(
      VIEWERS.physio,
      referral('physio', VIEWERS.physio, general, { selfReferral: true }),
      T0,
    );
    // A self-referral records no consent: the practice gains a relation and its own facts only (SELF-REFERRAL).
    expect(decision.events.map((e) => e.type)).toEqual(['referralSent']);
    // but a citizen cannot self-refer to the hospital
    expect(
      violationOf(
        s,
        VIEWERS.hospital,
        referral('hospital', VIEWERS.hospital, hospitalContent(), {
          selfReferral: true,
        }),
      )[0],
    ).toMatchObject({ rule: 'SELF-REFERRAL' });
  });

  it("REFERRAL-ROUTE: the recipient must be of the kind's actor", () => {
    const s = Scenario.planned();
    expect(
      violationOf(s, VIEWERS.gp, referral('physio', VIEWERS.chiro, general, { recordConsent: 'treatment' })),
    ).toEqual([
      { rule: 'REFERRAL-ROUTE', field: 'to.actor', params: { kind: 'physio', expected: 'physio' } },
    ]);
  });
});

describe('consent (CONSENT, JOB-CONSENT, p.43, p.50)', () => {
  it("CONSENT: a referral to the hospital without the citizen's consent is refused; with consent recorded now it goes", () => {
    const s = Scenario.planned();
    expect(violationOf(s, VIEWERS.gp, referral('hospital', VIEWERS.hospital, hospitalContent()))).toEqual([
      { rule: 'CONSENT', field: 'consent', params: { recipient: VIEWERS.hospital.organisationId } },
    ]);
    const decision = s.run(
      VIEWERS.gp,
      referral('hospital', VIEWERS.hospital, hospitalContent(), { recordConsent: 'treatment' }),
      T0,
    );
    expect(decision.events.map((e) => e.type)).toEqual(['consentGiven', 'referralSent']);
  });

  it('CONSENT: a consent recorded with a referral never takes the id of a consent the client chose', () => {
    const s = Scenario.planned();
    const seq = s.state.version + 1;
    const before = Object.keys(s.state.consents).length;
    s.run(
      VIEWERS.gp,
      {
        type: 'consentGiven',
        consentId: `consent-${seq + 1}`,
        recipient: party(VIEWERS.physio),
        purpose: 'treatment',
      },
      T0,
    );
    s.run(
      VIEWERS.gp,
      referral('hospital', VIEWERS.hospital, hospitalContent(), { recordConsent: 'treatment' }),
      T0,
    );
    const recipients = Object.values(s.state.consents).map((c) => c.recipient.organisationId);
    expect(recipients.slice(-2)).toEqual([VIEWERS.physio.organisationId, VIEWERS.hospital.organisationId]);
    expect(recipients).toHaveLength(before + 2);
  });

  it("JOB-CONSENT: the GP's LÆ 165 to the jobcentre needs the citizen's consent to the jobcentre", () => {
    const s = Scenario.planned();
    const lae165 = {
      proposal: 'Socialmedicinsk sagsbehandling',
      workSituation: 'Lagerarbejder',
      healthInformation: 'Lændesmerter med udstråling',
    };
    expect(
      violationOf(s, VIEWERS.gp, referral('jobcentre-lae165', VIEWERS.jobcentre, lae165))[0],
    ).toMatchObject({ rule: 'JOB-CONSENT' });
    expect(
      s.attempt(
        VIEWERS.gp,
        referral('jobcentre-lae165', VIEWERS.jobcentre, lae165, { recordConsent: 'employment' }),
        T0,
      ).ok,
    ).toBe(true);
  });

  it('LAE165-CONTENT: LÆ 165 without the work situation is refused with the field', () => {
    const s = Scenario.planned();
    const v = violationOf(
      s,
      VIEWERS.gp,
      referral(
        'jobcentre-lae165',
        VIEWERS.jobcentre,
        { proposal: 'x', healthInformation: 'y' },
        { recordConsent: 'employment' },
      ),
    );
    expect(v[0]).toMatchObject({ rule: 'LAE165-CONTENT', field: 'content.workSituation' });
  });

  it("CONSENT: a note to an organisation without consent is refused, naming the recipient's position", () => {
    const s = Scenario.planned();
    const note: Command = {
      type: 'noteSent',
      noteId: 'n-1',
      kind: 'information',
      to: [party(VIEWERS.prevention)],
      content: { text: 'Til orientering' },
    };
    expect(violationOf(s, VIEWERS.gp, note)).toEqual([
      { rule: 'CONSENT', field: 'to.0', params: { recipient: VIEWERS.prevention.organisationId } },
    ]);
  });

  it('PATHWAY-STATE: a note delivered twice (the same note id) is refused, never appended twice', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.gp, consentTo(VIEWERS.chiro, 'c-chiro'), T0);
    const note: Command = {
      type: 'noteSent',
      noteId: 'n-twice',
      kind: 'information',
      to: [party(VIEWERS.chiro)],
      content: { text: 'Til orientering' },
    };
    s.run(VIEWERS.gp, note, T0);
    expect(violationOf(s, VIEWERS.gp, note)).toEqual([
      { rule: 'PATHWAY-STATE', field: 'noteId', params: { reason: 'duplicate' } },
    ]);
    expect(s.state.notes.filter((n) => n.noteId === 'n-twice')).toHaveLength(1);
  });

  it('CONSENT: a withdrawn consent cannot be withdrawn twice, and an unknown consent is named', () => {
    const s = Scenario.planned();
    const consentId = Object.keys(s.state.consents)[0] ?? '';
    s.run(VIEWERS.gp, { type: 'consentWithdrawn', consentId }, T0);
    expect(violationOf(s, VIEWERS.gp, { type: 'consentWithdrawn', consentId })[0]).toMatchObject({
      params: { reason: 'already-withdrawn' },
    });
    expect(violationOf(s, VIEWERS.gp, { type: 'consentWithdrawn', consentId: 'nope' })[0]).toMatchObject({
      field: 'consentId',
      params: { reason: 'unknown' },
    });
  });
});

describe('referral to hospital (chapter 8.1, p.52–53)', () => {
  it('HOSP-CONTENT: a missing strength grade is refused with the field named', () => {
    const s = Scenario.planned();
    const content = hospitalContent();
    const { strengthGrade: _omitted, ...findings } = content.objectiveFindings;
    const v = violationOf(
      s,
      VIEWERS.gp,
      referral(
        'hospital',
        VIEWERS.hospital,
        { ...content, objectiveFindings: findings },
        { recordConsent: 'treatment' },
      ),
    );
    expect(v).toEqual([
      expect.objectContaining({ rule: 'HOSP-CONTENT', field: 'content.objectiveFindings.strengthGrade' }),
    ]);
  });

  it('HOSP-PRECONDITION: four weeks of conservative treatment is too early; worrying symptoms are enough', () => {
    const s = Scenario.planned();
    const early = {
      ...hospitalContent(),
      precondition: { conservativeTreatmentWeeks: 4, sufficientEffect: false },
    };
    expect(
      violationOf(
        s,
        VIEWERS.gp,
        referral('hospital', VIEWERS.hospital, early, { recordConsent: 'treatment' }),
      ),
    ).toEqual([
      {
        rule: 'HOSP-PRECONDITION',
        field: 'content.precondition.conservativeTreatmentWeeks',
        params: { weeks: 4, minimum: 6 },
      },
    ]);
    const worrying = { ...hospitalContent(), precondition: { worryingSymptoms: 'Ny parese' } };
    expect(
      s.attempt(
        VIEWERS.gp,
        referral('hospital', VIEWERS.hospital, worrying, { recordConsent: 'treatment' }),
        T0,
      ).ok,
    ).toBe(true);
  });

  it('HOSP-WORDING: a referrer who has not told the citizen "a back course at the region\'s hospitals" is warned ("bør")', () => {
    const s = Scenario.planned();
    const decision = s.attempt(
      VIEWERS.gp,
      referral(
        'hospital',
        VIEWERS.hospital,
        { ...hospitalContent(), wordingConfirmed: false },
        { recordConsent: 'treatment' },
      ),
      T0,
    );
    expect(decision.ok).toBe(true);
    expect(decision.warnings).toContainEqual({ rule: 'HOSP-WORDING', field: 'content.wordingConfirmed' });
  });

  it('HOSP-REREFERRAL: after a finished hospital course, a re-referral is sent with a warning for each missing condition', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      referral('hospital', VIEWERS.hospital, hospitalContent(), { recordConsent: 'treatment' }),
      T0,
    );
    s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'ref-hospital' }, T0);
    s.run(
      VIEWERS.hospital,
      { type: 'interventionStarted', interventionId: 'rm-1', intervention: 'back-medicine' },
      T0,
    );
    s.run(VIEWERS.hospital, { type: 'interventionEnded', interventionId: 'rm-1', outcome: 'Afsluttet' }, T0);
    const again = {
      ...referral('hospital', VIEWERS.hospital, hospitalContent()),
      referralId: 'h-2',
    } as Command;
    const decision = s.attempt(VIEWERS.gp, again, T0);
    expect(decision.ok).toBe(true);
    expect(decision.warnings.filter((w) => w.rule === 'HOSP-REREFERRAL').map((w) => w.field)).toEqual([
      'content.rereferral.significantChange',
      'content.rereferral.untriedTreatment',
    ]);
  });

  it('HOSP-EPICRISIS: the epicrisis goes to the GP; a referring chiropractor missing from the copy is warned about', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.chiro, referral('chiro', VIEWERS.chiro, general, { selfReferral: true }), T0);
    // The self-referral records no consent (SELF-REFERRAL); the coordinator records the citizen's for the chiropractor.
    s.run(VIEWERS.gp, consentTo(VIEWERS.chiro, 'c-chiro'), T0);
    s.run(
      VIEWERS.chiro,
      {
        ...referral('hospital', VIEWERS.hospital, hospitalContent(), { recordConsent: 'treatment' }),
        referralId: 'h-1',
      } as Command,
      T0,
    );
    s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }, T0);
    const toPhysio: Command = {
      type: 'noteSent',
      noteId: 'e-1',
      kind: 'epicrisis',
      referralId: 'h-1',
      to: [party(VIEWERS.chiro)],
      content: { text: 'Konklusion og plan' },
    };
    expect(violationOf(s, VIEWERS.hospital, toPhysio)).toEqual([{ rule: 'HOSP-EPICRISIS', field: 'to' }]);
    const toGp = s.run(VIEWERS.hospital, { ...toPhysio, to: [party(VIEWERS.gp)] } as Command, T0);
    expect(toGp.warnings).toEqual([
      { rule: 'HOSP-EPICRISIS', field: 'to', params: { copyTo: VIEWERS.chiro.organisationId } },
    ]);
  });
});

describe('imaging, pain centre and psychologist', () => {
  const xray = (indications: string[]) => ({ modality: 'mr', indications, question: 'Prolaps?' });

  it('IMG-INDICATION: imaging without an indication warns and offers the leaflet', () => {
    const s = Scenario.planned();
    const d = s.run(
      VIEWERS.gp,
      referral('imaging', VIEWERS.hospital, xray([]), {
        to: { actor: 'imaging', organisationId: 'org-radiologi-ouh' },
        recordConsent: 'treatment',
      }),
      T0,
    );
    expect(d.warnings[0]).toMatchObject({ rule: 'IMG-INDICATION' });
  });

  it("IMG-CHIRO-INFORMS-GP: a chiropractor's imaging referral reminds them to inform the GP", () => {
    const s = Scenario.planned();
    s.run(VIEWERS.chiro, referral('chiro', VIEWERS.chiro, general, { selfReferral: true }), T0);
    const d = s.run(
      VIEWERS.chiro,
      referral('imaging', VIEWERS.hospital, xray(['trauma']), {
        to: { actor: 'imaging', organisationId: 'org-radiologi-ouh' },
        recordConsent: 'treatment',
      }),
      T0,
    );
    expect(d.warnings.map((w) => w.rule)).toContain('IMG-CHIRO-INFORMS-GP');
  });

  it('IMG-REFERRER: a physiotherapist cannot order imaging', () => {
    const s = Scenario.planned();
    s.run(VIEWERS.physio, referral('physio', VIEWERS.physio, general, { selfReferral: true }), T0);
    expect(
      violationOf(
        s,
        VIEWERS.physio,
        referral('imaging', VIEWERS.hospital, xray(['trauma']), {
          to: { actor: 'imaging', organisationId: 'org-radiologi-ouh' },
          recordConsent: 'treatment',
        }),
      )[0],
    ).toMatchObject({ rule: 'IMG-REFERRER', field: 'kind' });
  });

  it('PAIN-CRITERIA: all four criteria and more than 6 months of pain; only the GP refers', () => {
    const s = Scenario.planned();
    const content = {
      painOnsetDate: '2026-01-10',
      criteria: {
        primaryTreatmentNoEffect: true,
        diagnosticallyClarified: true,
        seriousConsequences: true,
        socialOrPsychologicalProblems: false,
      },
      clinicalInformation: 'Kroniske smerter',
      currentMedication: 'Ingen',
    };
    expect(
      violationOf(
        s,
        VIEWERS.gp,
        referral('pain-centre', VIEWERS.painCentre, content, { recordConsent: 'treatment' }),
      ),
    ).toEqual([{ rule: 'PAIN-CRITERIA', field: 'content.criteria.socialOrPsychologicalProblems' }]);
    const young = {
      ...content,
      painOnsetDate: '2026-04-01',
      criteria: { ...content.criteria, socialOrPsychologicalProblems: true },
    };
    expect(
      violationOf(
        s,
        VIEWERS.gp,
        referral('pain-centre', VIEWERS.painCentre, young, { recordConsent: 'treatment' }),
      ),
    ).toEqual([
      {
        rule: 'PAIN-CRITERIA',
        field: 'content.painOnsetDate',
        params: { sixMonthsAt: '2026-10-01', clock: 'CLK-PAIN-6M' },
      },
    ]);
    expect(
      s.attempt(
        VIEWERS.gp,
        referral(
          'pain-centre',
          VIEWERS.painCentre,
          { ...young, painOnsetDate: '2026-01-10' },
          { recordConsent: 'treatment' },
        ),
        T0,
      ).ok,
    ).toBe(true);
  });

  it('PSYCHOLOGIST-CRITERIA: a referral to a psychologist names at least one indication', () => {
    const s = Scenario.planned();
    const v = violationOf(
      s,
      VIEWERS.gp,
      referral(
        'psychologist',
        { ...VIEWERS.gp, actor: 'psychologist', organisationId: 'org-psykolog' },
        { indications: [], clinicalInformation: 'x' },
        { recordConsent: 'treatment' },
      ),
    );
    expect(v[0]).toMatchObject({ rule: 'PSYCHOLOGIST-CRITERIA', field: 'content.indications' });
  });
});

describe('municipal prevention §119 (chapter 8.3)', () => {
  const xref15 = (
    criteria = { practiceCourseTried: true, aimPreventWorsening: true, courseJudgedHelpful: true },
  ) => ({
    referralDiagnosis: 'Uspecifikke lændesmerter (DM545)',
    clinicalInformation: 'Langvarige smerter, nedsat funktion',
    purpose: 'Afklarende samtale om mestringsforløb',
    history: '6 måneders forløb hos fysioterapeut',
    practicalCircumstances: 'Taler dansk, cykler',
    otherMunicipalOffers: [],
    interpreterNeeded: false,
    criteria,
  });

  it('P119-CONTENT: XREF15 without a purpose is refused with the field', () => {
    const s = Scenario.planned();
    const { purpose: _p, ...content } = xref15();
    expect(
      violationOf(
        s,
        VIEWERS.gp,
        referral('prevention-119', VIEWERS.prevention, content, { recordConsent: 'treatment' }),
      )[0],
    ).toMatchObject({ rule: 'P119-CONTENT', field: 'content.purpose' });
  });

  it("HOME-MUNICIPALITY: §119 goes to the citizen's own municipality; another municipality's team is refused and cannot act", () => {
    const municipalityOf = (organisationId: string) =>
      ({ 'org-vejle-forebyggelse': 'Vejle', 'org-odense-forebyggelse': 'Odense' })[organisationId];
    const s = Scenario.planned();
    const toOdense = referral('prevention-119', VIEWERS.otherPrevention, xref15(), {
      recordConsent: 'treatment',
    });
    const refused = s.attempt(VIEWERS.gp, toOdense, T0);
    expect(decide(s.state, toOdense, VIEWERS.gp, T0, { municipalityOf })).toMatchObject({
      ok: false,
      violations: [
        {
          rule: 'HOME-MUNICIPALITY',
          field: 'to',
          params: { organisationId: 'org-odense-forebyggelse', municipality: 'Odense', home: 'Vejle' },
        },
      ],
    });
    // Without a directory (the CLI) the rule cannot be judged, and the rest of chapter 8 still is.
    expect(refused.ok).toBe(true);
    const toVejle = referral('prevention-119', VIEWERS.prevention, xref15(), { recordConsent: 'treatment' });
    expect(decide(s.state, toVejle, VIEWERS.gp, T0, { municipalityOf }).ok).toBe(true);
    // A referral stored without the directory still gives the other municipality's team no say.
    s.run(VIEWERS.gp, toOdense, T0);
    const note = {
      type: 'noteSent' as const,
      noteId: 'n-odense',
      kind: 'information' as const,
      to: [party(VIEWERS.gp)],
      content: { text: 'Vi har set borgeren' },
    };
    expect(decide(s.state, note, VIEWERS.otherPrevention, T0, { municipalityOf })).toMatchObject({
      ok: false,
      violations: [{ rule: 'HOME-MUNICIPALITY' }],
    });
  });

  it('P119-CRITERIA: an unmet recommended criterion warns but does not block', () => {
    const s = Scenario.planned();
    const d = s.run(
      VIEWERS.gp,
      referral(
        'prevention-119',
        VIEWERS.prevention,
        xref15({ practiceCourseTried: false, aimPreventWorsening: true, courseJudgedHelpful: true }),
        { recordConsent: 'treatment' },
      ),
      T0,
    );
    expect(d.warnings).toEqual([{ rule: 'P119-CRITERIA', field: 'content.criteria.practiceCourseTried' }]);
  });

  it('INTERVENTION-PROVIDER: a §119 offer is started by municipal prevention as the intervention it is', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      referral('prevention-119', VIEWERS.prevention, xref15(), { recordConsent: 'treatment' }),
      T0,
    );
    s.run(VIEWERS.prevention, { type: 'referralAccepted', referralId: 'ref-prevention-119' }, T0);
    const start = (offer: 'sleep' | 'activity', intervention: 'prevention-119' | 'exercise') =>
      ({
        type: 'interventionStarted',
        interventionId: `k-${offer}-${intervention}`,
        intervention,
        referralId: 'ref-prevention-119',
        offer,
      }) as Command;
    expect(violationOf(s, VIEWERS.prevention, start('activity', 'prevention-119'))).toEqual([
      { rule: 'INTERVENTION-PROVIDER', field: 'offer', params: { actor: 'municipal-prevention' } },
    ]);
    s.run(VIEWERS.prevention, start('sleep', 'prevention-119'), T0);
    expect(s.state.interventions['k-sleep-prevention-119']?.offer).toBe('sleep');
  });

  it('P119-CLOSE: the closing note goes to the GP with reason, summary and agreements; the GP is advised until it comes', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      referral('prevention-119', VIEWERS.prevention, xref15(), { recordConsent: 'treatment' }),
      T0,
    );
    s.run(VIEWERS.prevention, { type: 'referralAccepted', referralId: 'ref-prevention-119' }, T0);
    s.run(
      VIEWERS.prevention,
      {
        type: 'interventionStarted',
        interventionId: 'k-1',
        intervention: 'prevention-119',
        referralId: 'ref-prevention-119',
      },
      T0,
    );
    s.run(
      VIEWERS.prevention,
      { type: 'interventionEnded', interventionId: 'k-1', outcome: 'Gennemført' },
      T0,
    );
    expect(advise(s.state, T0)).toContainEqual(
      expect.objectContaining({ rule: 'P119-CLOSE', owner: VIEWERS.prevention.organisationId }),
    );

    const note = (to: Viewer, content: Record<string, string>): Command => ({
      type: 'noteSent',
      noteId: 'x-1',
      kind: 'closing-note-119',
      referralId: 'ref-prevention-119',
      to: [party(to)],
      content: { text: 'Afslutningsnotat', ...content },
    });
    expect(
      violationOf(
        s,
        VIEWERS.prevention,
        note(VIEWERS.gp, { reason: 'Forløb slut', summary: 'Deltog i 8 af 8 gange' }),
      ).map((v) => v.field),
    ).toEqual(['content.agreements']);
    s.run(
      VIEWERS.gp,
      { type: 'consentGiven', consentId: 'c-h', recipient: party(VIEWERS.hospital), purpose: 'treatment' },
      T0,
    );
    expect(
      violationOf(
        s,
        VIEWERS.prevention,
        note(VIEWERS.hospital, { reason: 'a', summary: 'b', agreements: 'c' }),
      ),
    ).toEqual([
      { rule: 'P119-CLOSE', field: 'to', params: { gp: VIEWERS.gp.organisationId } },
      {
        rule: 'P119-CLOSE',
        field: 'to.0',
        params: { recipient: VIEWERS.hospital.organisationId, allowed: [VIEWERS.gp.organisationId] },
      },
    ]);
    s.run(
      VIEWERS.prevention,
      note(VIEWERS.gp, {
        reason: 'Forløb slut',
        summary: 'Deltog i 8 af 8 gange',
        agreements: 'Fortsætter i gåklub',
      }),
      T0,
    );
    expect(advise(s.state, T0).map((a) => a.rule)).not.toContain('P119-CLOSE');
  });
});

describe('municipal rehabilitation §140 (chapter 8.4)', () => {
  const discharged = (dischargeDate = '2026-09-01') => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      referral('hospital', VIEWERS.hospital, hospitalContent(), {
        recordConsent: 'treatment',
        referralId: 'h-1',
      }),
      T0,
    );
    s.run(VIEWERS.hospital, { type: 'referralAccepted', referralId: 'h-1' }, T0);
    s.run(
      VIEWERS.hospital,
      referral('rehab-140', VIEWERS.rehab, rehabPlan(dischargeDate), {
        recordConsent: 'treatment',
        referralId: 'r-1',
      }),
      T0,
    );
    return s;
  };

  it('R140-SAME-DAY: a plan sent after the day of discharge is warned about', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      referral('hospital', VIEWERS.hospital, hospitalContent(), { recordConsent: 'treatment' }),
      T0,
    );
    const d = s.run(
      VIEWERS.hospital,
      referral('rehab-140', VIEWERS.rehab, rehabPlan('2026-08-30'), { recordConsent: 'treatment' }),
      T0,
    );
    expect(d.warnings).toEqual([
      {
        rule: 'R140-SAME-DAY',
        field: 'content.dischargeDate',
        params: { dischargeDate: '2026-08-30', sentOn: '2026-09-01' },
      },
    ]);
  });

  it('R140-PLAN-CONTENT: a rehabilitation plan without a prognosis is refused with the field', () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      referral('hospital', VIEWERS.hospital, hospitalContent(), { recordConsent: 'treatment' }),
      T0,
    );
    const { prognosis: _p, ...plan } = rehabPlan('2026-09-01');
    expect(
      violationOf(
        s,
        VIEWERS.hospital,
        referral('rehab-140', VIEWERS.rehab, plan, { recordConsent: 'treatment' }),
      )[0],
    ).toMatchObject({ rule: 'R140-PLAN-CONTENT', field: 'content.prognosis' });
  });

  it('R140-BINDING: the municipality cannot decline a rehabilitation plan', () => {
    const s = discharged();
    expect(
      violationOf(s, VIEWERS.rehab, {
        type: 'referralDeclined',
        referralId: 'r-1',
        reason: 'Ingen kapacitet',
      }),
    ).toEqual([{ rule: 'R140-BINDING', field: 'referralId' }]);
  });

  it('R140-7-DAYS and CLK-R140-START: the start clock is due within 7 days, overdue on day 8, met when the course starts', () => {
    const s = discharged();
    const clock = (now: string) => advise(s.state, now).find((a) => a.rule === 'CLK-R140-START')?.clock;
    expect(clock('2026-09-08T12:00:00+02:00')).toMatchObject({
      state: 'due',
      dueBy: '2026-09-08',
      daysLeft: 0,
      owner: VIEWERS.rehab.organisationId,
    });
    expect(clock('2026-09-09T12:00:00+02:00')).toMatchObject({ state: 'overdue', daysLeft: -1 });
    s.run(VIEWERS.rehab, { type: 'referralAccepted', referralId: 'r-1' }, T0);
    s.run(
      VIEWERS.rehab,
      { type: 'freeChoiceRecorded', referralId: 'r-1', provider: 'Fysioterapi Vejle Privat' },
      '2026-09-09T12:00:00+02:00',
    );
    s.run(
      VIEWERS.rehab,
      { type: 'interventionStarted', interventionId: 'g-1', intervention: 'rehab-140', referralId: 'r-1' },
      '2026-09-07T12:00:00+02:00',
    );
    expect(clock('2026-09-10T12:00:00+02:00')).toBeUndefined();
  });

  it("R140-7-DAYS: the hospital's stated later start date moves the deadline", () => {
    const s = Scenario.planned();
    s.run(
      VIEWERS.gp,
      referral('hospital', VIEWERS.hospital, hospitalContent(), { recordConsent: 'treatment' }),
      T0,
    );
    s.run(
      VIEWERS.hospital,
      referral(
        'rehab-140',
        VIEWERS.rehab,
        {
          ...rehabPlan('2026-09-01'),
          laterStart: { date: '2026-09-20', clinicalReason: 'Aflastning 3 uger' },
        },
        { recordConsent: 'treatment' },
      ),
      T0,
    );
    expect(
      advise(s.state, '2026-09-15T12:00:00+02:00').find((a) => a.rule === 'CLK-R140-START')?.clock,
    ).toMatchObject({ state: 'due', dueBy: '2026-09-20' });
  });

  it('R140-GRADE: an ungraded plan is suggested graded; grading is for the receiving municipality only', () => {
    const s = discharged();
    expect(advise(s.state, T0).map((a) => a.rule)).toContain('R140-GRADE');
    expect(
      violationOf(
        s,
        { ...VIEWERS.rehab, organisationId: 'org-odense-genoptraening' },
        { type: 'rehabGraded', referralId: 'r-1', grade: 'advanced' },
      )[0],
    ).toMatchObject({ rule: 'PATHWAY-STATE' });
    s.run(VIEWERS.rehab, { type: 'rehabGraded', referralId: 'r-1', grade: 'advanced' }, T0);
    expect(advise(s.state, T0).map((a) => a.rule)).not.toContain('R140-GRADE');
  });

  it('R140-CLOSE: the slutnotat goes to the referring hospital department', () => {
    const s = discharged();
    const slut = (to: Viewer[]): Command => ({
      type: 'noteSent',
      noteId: 's-1',
      kind: 'slutnotat-140',
      referralId: 'r-1',
      to: to.map(party),
      content: { text: 'Genoptræning afsluttet' },
    });
    expect(violationOf(s, VIEWERS.rehab, slut([VIEWERS.gp]))).toEqual([
      { rule: 'R140-CLOSE', field: 'to', params: { hospital: VIEWERS.hospital.organisationId } },
    ]);
    expect(s.attempt(VIEWERS.rehab, slut([VIEWERS.hospital, VIEWERS.gp]), T0).ok).toBe(true);
  });
});

describe('practice sector feedback (chapter 8.2)', () => {
  it('FEEDBACK-GP: the physiotherapist is reminded to report to the GP, and the closing note says who follows up', () => {
    const s = Scenario.planned(triageInput());
    s.run(VIEWERS.physio, referral('physio', VIEWERS.physio, general, { selfReferral: true }), T0);
    s.run(
      VIEWERS.physio,
      { type: 'interventionStarted', interventionId: 'p-1', intervention: 'exercise' },
      T0,
    );
    expect(advise(s.state, T0)).toContainEqual(
      expect.objectContaining({ rule: 'FEEDBACK-GP', owner: VIEWERS.physio.organisationId }),
    );
    const closing: Command = {
      type: 'noteSent',
      noteId: 'c-1',
      kind: 'closing-note',
      to: [party(VIEWERS.gp)],
      content: { text: 'Forløb afsluttet' },
    };
    expect(s.attempt(VIEWERS.physio, closing, T0)).toMatchObject({
      ok: true,
      warnings: [{ rule: 'FEEDBACK-GP', field: 'content.followUpBy' }],
    });
    s.run(
      VIEWERS.physio,
      { ...closing, content: { text: 'Forløb afsluttet', followUpBy: 'gp' } } as Command,
      T0,
    );
    expect(advise(s.state, T0).map((a) => a.rule)).not.toContain('FEEDBACK-GP');
  });

  it("GP-INFORMED: when others act without the citizen's consent to inform the GP, the pathway warns", () => {
    const s = new Scenario();
    s.run(
      VIEWERS.physio,
      {
        type: 'pathwayOpened',
        citizen: { birthDate: '1980-05-14', municipality: 'Vejle' },
        coordinator: { actor: 'gp', organisationId: VIEWERS.gp.organisationId },
        scope: { painRegions: ['lumbar'], affectsDailyLife: true },
        consentToCoordinator: false,
      },
      T0,
    );
    expect(advise(s.state, T0)).toContainEqual({
      kind: 'warning',
      rule: 'GP-INFORMED',
      params: { coordinator: VIEWERS.gp.organisationId },
    });
  });
});
