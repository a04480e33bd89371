import { type Bothersomeness, BothersomenessSchema, type StartBackAnswers } from '@rygforlob/domain';
import { RadioGroup, useI18n } from '@rygforlob/ui';

/** Items 1–8 in Keele's order, keyed by construct (translations order them differently). */
const STATEMENTS = [
  'referredLegPain',
  'comorbidPain',
  'disabilityWalking',
  'disabilityDressing',
  'fear',
  'anxiety',
  'catastrophising',
  'depression',
] as const;

/** STarT Back (Q-STARTBACK, p.27): eight agree/disagree statements and bothersomeness. */
export function StartBackForm({
  value,
  onChange,
}: {
  value: Partial<StartBackAnswers>;
  onChange(next: Partial<StartBackAnswers>): void;
}) {
  const { t } = useI18n();
  const yesNo = (v: boolean | undefined) => (v === undefined ? null : v ? 'agree' : 'disagree');
  return (
    <>
      <p className="ry-help">{t('clinic.care.sb.intro')}</p>
      {STATEMENTS.map((item) => (
        <RadioGroup<'agree' | 'disagree'>
          key={item}
          label={t(`clinic.care.sb.${item}`)}
          name={`questionnaire.answers.${item}`}
          orientation="horizontal"
          value={yesNo(value[item])}
          onChange={(v) => onChange({ ...value, [item]: v === 'agree' })}
          options={[
            { value: 'agree', label: t('clinic.care.sb.agree') },
            { value: 'disagree', label: t('clinic.care.sb.disagree') },
          ]}
        />
      ))}
      <RadioGroup<Bothersomeness>
        label={t('clinic.care.sb.bothersomeness')}
        name="questionnaire.answers.bothersomeness"
        orientation="horizontal"
        value={value.bothersomeness ?? null}
        onChange={(bothersomeness) => onChange({ ...value, bothersomeness })}
        options={BothersomenessSchema.options.map((b) => ({
          value: b,
          label: t(`clinic.care.sb.bother.${b}`),
        }))}
      />
    </>
  );
}
