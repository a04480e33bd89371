import { consentTo, party, Scenario, VIEWERS } from '@rygforlob/domain/testing';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { FollowUp, GoalsAndSelf, Helpers } from './plan-sections.tsx';

const AT = '2026-09-01T09:00:00+02:00';
const names: Record<string, string> = { [VIEWERS.gp.organisationId]: 'Lægerne i Vejle' };
const helpersOf = (s: Scenario) =>
  renderToStaticMarkup(
    <I18nProvider>
      <Helpers state={s.state} coordinator={VIEWERS.gp.organisationId} orgName={(id) => names[id] ?? id} />
    </I18nProvider>,
  );

describe('Min plan: who helps you', () => {
  const withMedicationPlanned = () => {
    const s = Scenario.planned({}, AT);
    s.run(
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [{ goal: 'At kunne cykle på arbejde igen', subGoals: [] }],
        interventions: ['self-management', 'medication'],
        selfManagementAgreements: 'Daglige gåture',
      },
      AT,
    );
    return s;
  };

  it('a planned medication not yet prescribed is still to be arranged', () => {
    expect(helpersOf(withMedicationPlanned())).toContain('det aftaler vi nærmere');
  });

  it('MEDICATION: a prescribed medication names the practice that prescribed it, not "to be arranged"', () => {
    const s = withMedicationPlanned();
    s.run(
      VIEWERS.gp,
      {
        type: 'medicationPrescribed',
        prescriptionId: 'rx-1',
        drug: 'Ibuprofen 400 mg',
        painCourse: 'episodic',
        discontinuationPlan: 'Stoppes efter 7 dage',
      },
      AT,
    );
    const html = helpersOf(s);
    expect(html).not.toContain('det aftaler vi nærmere');
    expect(html.match(/Lægerne i Vejle/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe('Min plan: goals, agreements and helpers as the citizen reads them (issue 14 review)', () => {
  const physioName = 'Fysioterapien Havneparken';
  const named = { ...names, [VIEWERS.physio.organisationId]: physioName };
  const helpersHtml = (s: Scenario) =>
    renderToStaticMarkup(
      <I18nProvider>
        <Helpers state={s.state} coordinator={VIEWERS.gp.organisationId} orgName={(id) => named[id] ?? id} />
      </I18nProvider>,
    );
  const planned = () => {
    const s = Scenario.planned({}, AT);
    s.run(
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [
          { goal: 'Kunne cykle på arbejde igen', subGoals: ['Cykle 2 km'] },
          { goal: 'Sove en hel nat', subGoals: [] },
        ],
        interventions: ['self-management', 'exercise'],
        selfManagementAgreements: 'Holde sig aktiv inden for smertegrænsen',
      },
      AT,
    );
    return s;
  };
  const referToPhysio = (s: Scenario) => {
    s.run(VIEWERS.gp, consentTo(VIEWERS.physio, 'c-physio'), AT);
    s.run(
      VIEWERS.gp,
      {
        type: 'referralSent',
        referralId: 'ref-physio',
        kind: 'physio',
        to: party(VIEWERS.physio),
        content: { reason: 'Træning', clinicalInformation: 'Uspecifikke lændesmerter' },
      },
      AT,
    );
  };

  it('planning (p.26-28, value-based goals and sub-goals): goals are siblings in one list, each sub-goal nested under its own goal', () => {
    const html = renderToStaticMarkup(
      <I18nProvider>
        <GoalsAndSelf state={planned().state} />
      </I18nProvider>,
    );
    const list = html.slice(html.indexOf('<ol>'), html.indexOf('</ol>') + 5);
    // Top-level items of the <ol>: the two goals, the second not inside the first's <ul>.
    expect(list).toMatch(
      /^<ol><li>Kunne cykle på arbejde igen<span[^>]*>Delmål på vejen:<\/span><ul><li>Cykle 2 km<\/li><\/ul><\/li><li>Sove en hel nat<\/li><\/ol>$/,
    );
    // The heading fits the clinician's infinitive ("Holde sig aktiv …"), not "Det gør du selv".
    expect(html).toContain('Aftaler om det, du selv gør');
    expect(html).not.toContain('Det gør du selv');
  });

  it('who helps you: a planned exercise referred to the physiotherapist is named once, by the referral', () => {
    const s = planned();
    referToPhysio(s);
    const html = helpersHtml(s);
    expect(html.split(physioName).length - 1).toBe(1);
    expect(html).not.toContain('Træning med vejledning');
  });

  it('who helps you: a referral answered by a running course is named once, by the course', () => {
    const s = planned();
    referToPhysio(s);
    s.run(VIEWERS.physio, { type: 'referralAccepted', referralId: 'ref-physio' }, AT);
    s.run(
      VIEWERS.physio,
      {
        type: 'interventionStarted',
        interventionId: 'fys-1',
        intervention: 'exercise',
        referralId: 'ref-physio',
      },
      AT,
    );
    const html = helpersHtml(s);
    expect(html.split(physioName).length - 1).toBe(1);
    expect(html).toContain(`Træning med vejledning – ${physioName}`);
  });

  it('SELF-MANAGEMENT-HUB: self-management says who supports it, by the practice’s name, not "os"', () => {
    const html = helpersHtml(planned());
    expect(html).toContain('med støtte fra Lægerne i Vejle');
    expect(html).not.toContain('med støtte fra os');
  });
});

describe('Min plan: when we follow up (issue 14 wording)', () => {
  it('PLAN-REVIEW: the agreed follow-up reads true for a past date too, no future tense ("hvor vi taler om")', () => {
    const s = Scenario.planned({}, AT);
    s.run(
      VIEWERS.gp,
      {
        type: 'planUpdated',
        approach: 'stepped',
        goals: [{ goal: 'Sove en hel nat', subGoals: [] }],
        interventions: ['self-management'],
        selfManagementAgreements: 'Daglige gåture',
        followUpOn: '2026-10-18',
      },
      AT,
    );
    const html = renderToStaticMarkup(
      <I18nProvider>
        <FollowUp state={s.state} advice={[]} />
      </I18nProvider>,
    );
    expect(html).toContain('18.10.2026</strong>: Aftalt samtale om, hvordan det går');
    expect(html).not.toMatch(/vi taler|vil |skal /);
  });
});
