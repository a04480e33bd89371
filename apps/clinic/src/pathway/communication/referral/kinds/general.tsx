import { RuleNote, useI18n } from '@rygforlob/ui';
import { type KindContext, type KindModule, str, Txt } from '../fields.tsx';

/** Practice-sector referrals (DNHF, REF06), occupational medicine and the jobcentre contact: reason and clinical information. */
export const general: KindModule = {
  initial: () => ({ reason: '', clinicalInformation: '' }),
  content: (d) => ({ reason: str(d.reason), clinicalInformation: str(d.clinicalInformation) }),
  Form: () => (
    <>
      <Txt f="content.reason" area rows={2} />
      <Txt f="content.clinicalInformation" area rows={5} />
    </>
  ),
};

/** What the triage recorded, as the first lines of the acute referral: nothing to retype. */
function fromTriage({ state, t }: KindContext): string {
  const input = state.triage?.input;
  if (!input) return '';
  const signs = Object.entries(input.caudaEquina)
    .filter(([, present]) => present)
    .map(([sign]) => t(`clinic.triage.cauda.${sign as keyof typeof input.caudaEquina}`));
  const paresis = input.paresis
    ? [
        t('clinic.comm.acute.paresis', {
          grade: input.paresis.strengthGrade,
          hours: input.paresis.onsetHoursAgo,
        }),
      ]
    : [];
  return [...signs, ...paresis].join('\n');
}

/** TG-CAUDA (HARD, p.29): short and fast, prefilled from the triage. */
export const acute: KindModule = {
  initial: (context) => ({
    reason:
      context.state.triage?.result?.targetGroup === 'TG-CAUDA'
        ? context.t('clinic.comm.acute.reasonCauda')
        : '',
    clinicalInformation: fromTriage(context),
  }),
  content: general.content,
  Form: AcuteForm,
};

function AcuteForm() {
  const { t } = useI18n();
  return (
    <>
      <RuleNote code="TG-CAUDA" tone="danger" />
      <Txt f="content.reason" area rows={2} />
      <Txt f="content.clinicalInformation" area rows={4} description={t('clinic.comm.acute.findingsHelp')} />
    </>
  );
}
