import { Scenario, VIEWERS } from '@rygforlob/domain/testing';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/react.tsx';
import { Helpers } from './plan-sections.tsx';

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
