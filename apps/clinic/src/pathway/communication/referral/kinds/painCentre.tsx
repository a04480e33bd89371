import { addMonths } from '@rygforlob/domain';
import { RuleNote, useI18n } from '@rygforlob/ui';
import { Flag, type KindModule, Section, str, Txt, useKit } from '../fields.tsx';

const CRITERIA = [
  'primaryTreatmentNoEffect',
  'diagnosticallyClarified',
  'seriousConsequences',
  'socialOrPsychologicalProblems',
] as const;

/** PAIN-CRITERIA (p.48–49, p.56): only the GP refers; all four criteria and pain for over 6 months. */
export const painCentre: KindModule = {
  initial: () => ({}),
  content: (d) => ({
    painOnsetDate: str(d.painOnsetDate),
    criteria: Object.fromEntries(CRITERIA.map((c) => [c, d[c] === true])),
    clinicalInformation: str(d.clinicalInformation),
    currentMedication: str(d.currentMedication),
  }),
  Form: PainCentreForm,
};

function PainCentreForm() {
  const { t, date } = useI18n();
  const { draft } = useKit();
  const onset = str(draft.painOnsetDate);
  const sixMonths = /^\d{4}-\d{2}-\d{2}$/.test(onset) ? addMonths(onset, 6) : undefined;
  return (
    <>
      <Section title={t('clinic.comm.pain.criteria')}>
        <RuleNote code="PAIN-CRITERIA" />
        <Txt
          f="content.painOnsetDate"
          type="date"
          description={sixMonths ? t('clinic.comm.pain.sixMonths', { date: date(sixMonths) }) : undefined}
        />
        {CRITERIA.map((c) => (
          <Flag key={c} f={`content.criteria.${c}`} required />
        ))}
      </Section>
      <Txt f="content.clinicalInformation" area rows={4} />
      <Txt f="content.currentMedication" area rows={2} />
    </>
  );
}
