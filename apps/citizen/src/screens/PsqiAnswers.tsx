import type { PsqiAnswers as Answers } from '@rygforlob/domain';
import { useI18n } from '@rygforlob/ui';

const Q5 = ['q5a', 'q5b', 'q5c', 'q5d', 'q5e', 'q5f', 'q5g', 'q5h', 'q5i', 'q5j'] as const;
const LEVELS = [0, 1, 2, 3] as const;
type Scaled = (typeof Q5)[number] | 'q6' | 'q7' | 'q8' | 'q9';

/**
 * The PSQI (Q-PSQI) with the browser's own fields, in the clinic's wording. Not the shared
 * PsqiForm: its react-aria fields would add some 60 KB gzip to the phone's download after sign-in.
 */
export function PsqiAnswers({
  value,
  onChange,
  invalid,
}: {
  value: Answers;
  onChange(next: Answers): void;
  /** Is the question (as printed: '5a', '6') one the citizen must still answer? */
  invalid(item: string): boolean;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<Answers>) => onChange({ ...value, ...patch });
  const number = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
  const scale = (key: Scaled, labelOf: (level: (typeof LEVELS)[number]) => string) => (
    <fieldset key={key} aria-invalid={invalid(key.slice(1))}>
      <legend>{t(`clinic.care.psqi.${key}`)}</legend>
      {LEVELS.map((level) => (
        <label key={level}>
          <input
            type="radio"
            name={key}
            checked={value[key] === level}
            onChange={() => set({ [key]: level })}
          />
          {labelOf(level)}
        </label>
      ))}
    </fieldset>
  );
  const freq = (level: number) => t(`clinic.care.psqi.freq.${String(level) as '0'}`);
  return (
    <>
      <p>{t('minside.q.intro.psqi')}</p>
      <fieldset>
        <label className="ms-select">
          <span>{t('clinic.care.psqi.bedtime')}</span>
          <input
            type="time"
            value={value.bedtime ?? ''}
            onChange={(e) => set({ bedtime: e.target.value || null })}
          />
        </label>
        <label className="ms-select">
          <span>{t('clinic.care.psqi.minutesToFallAsleep')}</span>
          <input
            type="number"
            inputMode="numeric"
            min={0}
            max={1440}
            value={value.minutesToFallAsleep ?? ''}
            onChange={(e) => set({ minutesToFallAsleep: number(e.target.value) })}
          />
        </label>
        <label className="ms-select">
          <span>{t('clinic.care.psqi.wakeTime')}</span>
          <input
            type="time"
            value={value.wakeTime ?? ''}
            onChange={(e) => set({ wakeTime: e.target.value || null })}
          />
        </label>
        <label className="ms-select">
          <span>{t('clinic.care.psqi.hoursOfSleep')}</span>
          <input
            type="number"
            inputMode="decimal"
            min={0}
            max={24}
            step={0.25}
            value={value.hoursOfSleep ?? ''}
            onChange={(e) => set({ hoursOfSleep: number(e.target.value) })}
          />
        </label>
      </fieldset>
      <p>
        <strong>{t('clinic.care.psqi.q5')}</strong> {t('clinic.care.psqi.freqLegend')}
      </p>
      {Q5.map((key) => scale(key, freq))}
      {typeof value.q5j === 'number' && value.q5j > 0 && (
        <label className="ms-select">
          <span>{t('clinic.care.psqi.q5jDescription')}</span>
          <input
            type="text"
            value={value.q5jDescription ?? ''}
            onChange={(e) => set({ q5jDescription: e.target.value || null })}
          />
        </label>
      )}
      {scale('q6', (level) => t(`clinic.care.psqi.quality.${String(level) as '0'}`))}
      {scale('q7', freq)}
      {scale('q8', freq)}
      {scale('q9', (level) => t(`clinic.care.psqi.problem.${String(level) as '0'}`))}
    </>
  );
}
