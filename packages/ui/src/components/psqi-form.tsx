import type { PsqiAnswers } from '@rygforlob/domain';
import { useRef } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { NumberField, RadioGroup, TextField } from './fields.tsx';

const Q5 = ['q5a', 'q5b', 'q5c', 'q5d', 'q5e', 'q5f', 'q5g', 'q5h', 'q5i', 'q5j'] as const;
const LEVELS = ['0', '1', '2', '3'] as const;
type Level = (typeof LEVELS)[number];
type Scaled = (typeof Q5)[number] | 'q6' | 'q7' | 'q8' | 'q9';

/** Pittsburgh Sleep Quality Index (Q-PSQI, p.47): times, minutes, hours and 0–3 items. */
export function PsqiForm({ value, onChange }: { value: PsqiAnswers; onChange(next: PsqiAnswers): void }) {
  const { t } = useI18n();
  // Two answers can change in one event: a number field commits as it loses focus to the radio
  // just pressed. Each builds on the answers as they stand after the other, not on this render's
  // copy, which would silently drop the radio's answer (issue 14).
  const latest = useRef(value);
  latest.current = value;
  const set = (patch: Partial<PsqiAnswers>) => {
    latest.current = { ...latest.current, ...patch };
    onChange(latest.current);
  };
  const scale = (key: Scaled, labelOf: (level: Level) => string) => (
    <RadioGroup<Level>
      key={key}
      label={t(`clinic.care.psqi.${key}`)}
      name={`questionnaire.answers.${key}`}
      orientation="horizontal"
      value={typeof value[key] === 'number' ? (String(value[key]) as Level) : null}
      onChange={(v) => set({ [key]: Number(v) })}
      options={LEVELS.map((level) => ({ value: level, label: labelOf(level) }))}
    />
  );
  const freq = (level: Level) => t(`clinic.care.psqi.freq.${level}`);
  return (
    <>
      <p className="ry-help">{t('clinic.care.psqi.intro')}</p>
      <div className="ry-row">
        <TextField
          type="time"
          label={t('clinic.care.psqi.bedtime')}
          name="questionnaire.answers.bedtime"
          value={value.bedtime ?? ''}
          onChange={(v) => set({ bedtime: v || null })}
        />
        <NumberField
          label={t('clinic.care.psqi.minutesToFallAsleep')}
          name="questionnaire.answers.minutesToFallAsleep"
          minValue={0}
          maxValue={1440}
          value={value.minutesToFallAsleep ?? undefined}
          onChange={(v) => set({ minutesToFallAsleep: v ?? null })}
        />
        <TextField
          type="time"
          label={t('clinic.care.psqi.wakeTime')}
          name="questionnaire.answers.wakeTime"
          value={value.wakeTime ?? ''}
          onChange={(v) => set({ wakeTime: v || null })}
        />
        <NumberField
          label={t('clinic.care.psqi.hoursOfSleep')}
          name="questionnaire.answers.hoursOfSleep"
          minValue={0}
          maxValue={24}
          step={0.25}
          value={value.hoursOfSleep ?? undefined}
          onChange={(v) => set({ hoursOfSleep: v ?? null })}
        />
      </div>
      <fieldset className="ry-field">
        <legend className="ry-label">{t('clinic.care.psqi.q5')}</legend>
        <p className="ry-help">{t('clinic.care.psqi.freqLegend')}</p>
        {Q5.map((key) => scale(key, freq))}
        {typeof value.q5j === 'number' && value.q5j > 0 && (
          <TextField
            label={t('clinic.care.psqi.q5jDescription')}
            name="questionnaire.answers.q5jDescription"
            value={value.q5jDescription ?? ''}
            onChange={(v) => set({ q5jDescription: v || null })}
          />
        )}
      </fieldset>
      <div className="ry-grid-auto ry-grid-auto--wide">
        {scale('q6', (level) => t(`clinic.care.psqi.quality.${level}`))}
        {scale('q7', freq)}
        {scale('q8', freq)}
        {scale('q9', (level) => t(`clinic.care.psqi.problem.${level}`))}
      </div>
    </>
  );
}
