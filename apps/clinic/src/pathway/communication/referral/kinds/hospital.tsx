import { RuleNote, useI18n } from '@rygforlob/ui';
import {
  Choice,
  Flag,
  type KindContext,
  type KindModule,
  Num,
  Section,
  str,
  Txt,
  useKit,
} from '../fields.tsx';

const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

function precondition(d: Record<string, unknown>) {
  if (d.precondition === 'worrying') return { worryingSymptoms: str(d.worryingSymptoms) };
  if (d.precondition !== 'conservative') return undefined;
  const effect =
    d.sufficientEffect === 'sufficient' ? true : d.sufficientEffect === 'insufficient' ? false : undefined;
  return { conservativeTreatmentWeeks: num(d.conservativeTreatmentWeeks), sufficientEffect: effect };
}

/** Referral to the joint triage (p.52–53): HOSP-CONTENT, HOSP-PRECONDITION, HOSP-WORDING, HOSP-REREFERRAL. */
export const hospital: KindModule = {
  initial: ({ t }) => ({ citizenToldWhat: t('clinic.comm.hospital.toldDefault') }),
  content: (d, { earlierHospitalCourse }: KindContext) => ({
    reason: { suspectedCondition: str(d.suspectedCondition), question: str(d.question) },
    history: {
      symptomOnset: str(d.symptomOnset),
      painLocationAndRadiation: str(d.painLocationAndRadiation),
      sickLeaveAndFunction: str(d.sickLeaveAndFunction),
      otherDiseases: str(d.otherDiseases),
      currentMedication: str(d.currentMedication),
      fmkUpdated: d.fmkUpdated === true,
    },
    objectiveFindings: {
      strengthGrade: str(d.strengthGrade),
      sensoryDisturbance: str(d.sensoryDisturbance),
      heightCm: num(d.heightCm),
      weightKg: num(d.weightKg),
      imagingFindings: str(d.imagingFindings),
      otherParaclinical: str(d.otherParaclinical),
    },
    treatmentTried: str(d.treatmentTried),
    other: {
      interpreterNeeded: d.interpreterNeeded === true,
      ...(d.interpreterNeeded === true && str(d.interpreterLanguage)
        ? { interpreterLanguage: str(d.interpreterLanguage) }
        : {}),
      phone: str(d.phone),
      transport: str(d.transport),
      citizenToldWhat: str(d.citizenToldWhat),
    },
    precondition: precondition(d),
    wordingConfirmed: d.wordingConfirmed === true,
    ...(earlierHospitalCourse
      ? {
          rereferral: {
            significantChange: d.significantChange === true,
            untriedTreatment: str(d.untriedTreatment),
          },
        }
      : {}),
  }),
  Form: HospitalForm,
  answers: { 'content.precondition.sufficientEffect': ['sufficient', 'insufficient'] },
};

function HospitalForm({ context }: { context: KindContext }) {
  const { t } = useI18n();
  const { draft } = useKit();
  const height = num(draft.heightCm);
  const weight = num(draft.weightKg);
  const bmi = height && weight ? (weight / (height / 100) ** 2).toFixed(1).replace('.', ',') : undefined;
  return (
    <>
      <Section title={t('clinic.comm.hospital.precondition')}>
        <RuleNote code="HOSP-PRECONDITION" />
        <Choice f="content.precondition" options={['conservative', 'worrying']} />
        {draft.precondition === 'conservative' && (
          <div className="ry-row">
            <Num f="content.precondition.conservativeTreatmentWeeks" min={0} max={520} />
            <Choice f="content.precondition.sufficientEffect" options={['insufficient', 'sufficient']} />
          </div>
        )}
        {draft.precondition === 'worrying' && <Txt f="content.precondition.worryingSymptoms" area rows={2} />}
      </Section>

      {context.earlierHospitalCourse && (
        <Section title={t('clinic.comm.hospital.rereferral')}>
          <RuleNote code="HOSP-REREFERRAL" tone="warn" />
          <Flag f="content.rereferral.significantChange" required />
          <Txt f="content.rereferral.untriedTreatment" area rows={2} />
        </Section>
      )}

      <Section title={t('clinic.comm.hospital.reason')}>
        <Txt f="content.reason.suspectedCondition" />
        <Txt f="content.reason.question" area rows={2} />
      </Section>

      <Section title={t('clinic.comm.hospital.history')}>
        <Txt f="content.history.symptomOnset" />
        <Txt f="content.history.painLocationAndRadiation" area rows={2} />
        <Txt f="content.history.sickLeaveAndFunction" area rows={2} />
        <Txt
          f="content.history.otherDiseases"
          area
          rows={2}
          description={t('clinic.comm.hospital.otherDiseasesHelp')}
        />
        <Txt f="content.history.currentMedication" area rows={2} />
        <Flag f="content.history.fmkUpdated" required />
      </Section>

      <Section title={t('clinic.comm.hospital.findings')}>
        <div className="ry-row">
          <Txt f="content.objectiveFindings.strengthGrade" />
          <Txt f="content.objectiveFindings.sensoryDisturbance" />
        </div>
        <div className="ry-row">
          <Num f="content.objectiveFindings.heightCm" min={100} max={250} />
          <Num f="content.objectiveFindings.weightKg" min={25} max={400} />
          <p aria-live="polite">{bmi ? t('clinic.comm.hospital.bmi', { bmi }) : ''}</p>
        </div>
        <Txt f="content.objectiveFindings.imagingFindings" area rows={2} />
        <Txt f="content.objectiveFindings.otherParaclinical" area rows={2} />
      </Section>

      <Section title={t('clinic.comm.hospital.treatment')}>
        <Txt f="content.treatmentTried" area rows={3} />
      </Section>

      <Section title={t('clinic.comm.hospital.other')}>
        <Flag f="content.other.interpreterNeeded" />
        {draft.interpreterNeeded === true && <Txt f="content.other.interpreterLanguage" optional />}
        <div className="ry-row">
          <Txt f="content.other.phone" type="tel" />
          <Txt f="content.other.transport" />
        </div>
        <Txt f="content.other.citizenToldWhat" area rows={2} />
      </Section>

      <Section title={t('clinic.comm.hospital.wording')}>
        <RuleNote code="HOSP-WORDING">
          <p>
            <strong>{t('clinic.comm.hospital.phrase')}</strong>
          </p>
        </RuleNote>
        <Flag f="content.wordingConfirmed" required />
      </Section>
    </>
  );
}
