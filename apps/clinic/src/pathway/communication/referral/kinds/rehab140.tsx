import { RuleNote, useI18n } from '@rygforlob/ui';
import { today } from '../../shared.tsx';
import { Choice, Flag, type KindModule, Section, str, Txt, useKit } from '../fields.tsx';

const TEXTS = [
  'diagnosis',
  'healthAndFunctionSummary',
  'functionalLossIcf',
  'suggestions',
  'citizenGoals',
  'prognosis',
  'citizenInformed',
  'rehabilitationNeed',
  'followUpAtHospital',
  'contact',
] as const;

/** The rehabilitation plan (R140-PLAN-CONTENT, p.44, p.55): hospitals only, sent on the day of discharge. */
export const rehab140: KindModule = {
  initial: () => ({ dischargeDate: today(), afterSurgery: true }),
  content: (d) => ({
    admissionDate: str(d.admissionDate),
    dischargeDate: str(d.dischargeDate),
    afterSurgery: d.afterSurgery === true,
    ...Object.fromEntries(TEXTS.map((f) => [f, str(d[f])])),
    citizenWishesAndWorkConstraints: str(d.citizenWishesAndWorkConstraints),
    level: str(d.level) || undefined,
    ...(d.laterStart === true
      ? { laterStart: { date: str(d.date), clinicalReason: str(d.clinicalReason) } }
      : {}),
  }),
  Form: Rehab140Form,
};

function Rehab140Form() {
  const { t, date } = useI18n();
  const { draft } = useKit();
  const typed = str(draft.dischargeDate);
  const discharge = /^\d{4}-\d{2}-\d{2}$/.test(typed) ? typed : today();
  return (
    <>
      <Section title={t('clinic.comm.r140.stay')}>
        <RuleNote
          code="R140-SAME-DAY"
          tone={discharge === today() ? 'info' : 'warn'}
          params={{ dischargeDate: date(discharge), sentOn: date(today()) }}
        />
        <div className="ry-row">
          <Txt f="content.admissionDate" type="date" />
          <Txt f="content.dischargeDate" type="date" />
        </div>
        <Txt f="content.diagnosis" />
        <Flag f="content.afterSurgery" />
      </Section>
      <Section title={t('clinic.comm.r140.plan')}>
        <Txt f="content.healthAndFunctionSummary" area rows={3} />
        <Txt f="content.functionalLossIcf" area rows={3} />
        <Txt f="content.citizenGoals" area rows={2} />
        <Txt f="content.suggestions" area rows={3} />
        <Txt f="content.prognosis" area rows={2} />
        <Txt f="content.rehabilitationNeed" area rows={2} />
        <Choice f="content.level" options={['basic', 'advanced', 'specialised']} />
      </Section>
      <Section title={t('clinic.comm.r140.citizen')}>
        <Txt f="content.citizenInformed" area rows={2} />
        <Txt f="content.citizenWishesAndWorkConstraints" area rows={2} optional />
        <Txt f="content.followUpAtHospital" area rows={2} />
        <Txt f="content.contact" />
      </Section>
      <Section title={t('clinic.comm.r140.start')}>
        <RuleNote code="R140-7-DAYS" />
        <Flag f="content.laterStart" />
        {draft.laterStart === true && (
          <div className="ry-row">
            <Txt f="content.laterStart.date" type="date" />
            <Txt f="content.laterStart.clinicalReason" area rows={2} />
          </div>
        )}
      </Section>
    </>
  );
}
