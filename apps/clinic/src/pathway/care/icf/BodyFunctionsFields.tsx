import { Checkbox, NumberField, RadioGroup, TextArea, TextField, useI18n } from '@rygforlob/ui';
import { useState } from 'react';
import { SmallButton } from '../fields.tsx';
import type { Part, PartProps } from './types.ts';

type Body = Part<'bodyFunctions'>;
type BodyText =
  | 'painLocation'
  | 'ownUnderstanding'
  | 'activityAtWork'
  | 'activityAtLeisure'
  | 'energy'
  | 'sleep'
  | 'expectations';
type Effect = 'better' | 'unchanged' | 'worse' | 'unknown';
const EFFECTS: Effect[] = ['better', 'unchanged', 'worse', 'unknown'];

/** Body functions and structures (p.19–20): history, comorbidity, earlier treatment, examination. */
export function BodyFunctionsFields({ value, onChange }: PartProps<'bodyFunctions'>) {
  const { t } = useI18n();
  const radiation = value.radiation;
  const text = (key: BodyText, long = false) => {
    const Field = long ? TextArea : TextField;
    return (
      <Field
        label={t(`clinic.care.icf.body.${key}`)}
        name={`icf.bodyFunctions.${key}`}
        value={value[key] ?? ''}
        onChange={(v) => onChange({ [key]: v })}
      />
    );
  };
  const setRadiation = (patch: Partial<NonNullable<Body['radiation']>>) =>
    onChange({ radiation: { present: false, ...radiation, ...patch } });

  return (
    <>
      <div className="ry-row">
        <NumberField
          label={t('clinic.care.icf.body.durationWeeks')}
          name="icf.bodyFunctions.durationWeeks"
          minValue={0}
          maxValue={5200}
          value={value.durationWeeks}
          onChange={(v) => onChange({ durationWeeks: v })}
        />
        <NumberField
          label={t('clinic.care.icf.body.painIntensity')}
          name="icf.bodyFunctions.painIntensity"
          minValue={0}
          maxValue={10}
          value={value.painIntensity}
          onChange={(v) => onChange({ painIntensity: v })}
        />
        {text('painLocation')}
      </div>
      <Checkbox isSelected={value.painElsewhere ?? false} onChange={(on) => onChange({ painElsewhere: on })}>
        {t('clinic.care.icf.body.painElsewhere')}
      </Checkbox>
      <RadioGroup<'no' | 'yes'>
        label={t('clinic.care.icf.body.radiation')}
        name="icf.bodyFunctions.radiation.present"
        orientation="horizontal"
        value={radiation === undefined ? null : radiation.present ? 'yes' : 'no'}
        onChange={(v) =>
          onChange({ radiation: v === 'yes' ? { ...radiation, present: true } : { present: false } })
        }
        options={[
          { value: 'no', label: t('clinic.care.icf.body.radiation.no') },
          { value: 'yes', label: t('clinic.care.icf.body.radiation.yes') },
        ]}
      />
      {radiation?.present && (
        <div className="ry-indent">
          <RadioGroup<'left' | 'right' | 'both'>
            label={t('clinic.care.icf.body.side')}
            name="icf.bodyFunctions.radiation.side"
            orientation="horizontal"
            value={radiation.side ?? null}
            onChange={(side) => setRadiation({ side })}
            options={(['left', 'right', 'both'] as const).map((side) => ({
              value: side,
              label: t(`clinic.care.icf.body.side.${side}`),
            }))}
          />
          <Checkbox
            isSelected={radiation.belowKnee ?? false}
            onChange={(on) => setRadiation({ belowKnee: on })}
          >
            {t('clinic.care.icf.body.belowKnee')}
          </Checkbox>
          <TextField
            label={t('clinic.care.icf.body.radiationDescription')}
            name="icf.bodyFunctions.radiation.description"
            value={radiation.description ?? ''}
            onChange={(description) => setRadiation({ description })}
          />
        </div>
      )}
      {text('ownUnderstanding', true)}
      <div className="ry-row">
        {text('activityAtWork')}
        {text('activityAtLeisure')}
      </div>
      <div className="ry-row">
        {text('energy')}
        {text('sleep')}
      </div>
      <div className="ry-row">
        <TextField
          label={t('clinic.care.icf.body.comorbidityPhysical')}
          name="icf.bodyFunctions.comorbidity.physical"
          value={value.comorbidity?.physical ?? ''}
          onChange={(physical) => onChange({ comorbidity: { ...value.comorbidity, physical } })}
        />
        <TextField
          label={t('clinic.care.icf.body.comorbidityMental')}
          name="icf.bodyFunctions.comorbidity.mental"
          value={value.comorbidity?.mental ?? ''}
          onChange={(mental) => onChange({ comorbidity: { ...value.comorbidity, mental } })}
        />
      </div>
      <EarlierTreatments
        value={value.earlierTreatments ?? []}
        onChange={(earlierTreatments) => onChange({ earlierTreatments })}
      />
      {text('expectations', true)}
      <p className="ry-subhead">{t('clinic.care.icf.body.examination')}</p>
      <div className="ry-row">
        {(['movementBehaviour', 'neurological', 'notes'] as const).map((key) => (
          <TextField
            key={key}
            label={t(
              key === 'notes' ? 'clinic.care.icf.body.examinationNotes' : `clinic.care.icf.body.${key}`,
            )}
            name={`icf.bodyFunctions.examination.${key}`}
            value={value.examination?.[key] ?? ''}
            onChange={(v) => onChange({ examination: { ...value.examination, [key]: v } })}
          />
        ))}
      </div>
    </>
  );
}

type Earlier = NonNullable<Body['earlierTreatments']>;

/** Earlier treatments and their effect: rows the clinician adds and removes. */
function EarlierTreatments({ value, onChange }: { value: Earlier; onChange(next: Earlier): void }) {
  const { t } = useI18n();
  // Stable row keys for React; the record itself has no ids.
  const [keys, setKeys] = useState(() => value.map(() => crypto.randomUUID()));
  const set = (i: number, patch: Partial<Earlier[number]>) =>
    onChange(value.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <fieldset className="ry-field">
      <legend className="ry-label">{t('clinic.care.icf.body.earlier')}</legend>
      {value.map((row, i) => {
        const n = i + 1;
        return (
          <div key={keys[i]} className="ry-listrow">
            <TextField
              label={t('clinic.care.icf.body.earlierTreatment', { n })}
              name={`icf.bodyFunctions.earlierTreatments.${i}.treatment`}
              value={row.treatment}
              onChange={(treatment) => set(i, { treatment })}
            />
            <RadioGroup<Effect>
              label={t('clinic.care.icf.body.earlierEffect', { n })}
              name={`icf.bodyFunctions.earlierTreatments.${i}.effect`}
              orientation="horizontal"
              value={row.effect ?? null}
              onChange={(effect) => set(i, { effect })}
              options={EFFECTS.map((e) => ({ value: e, label: t(`clinic.care.icf.body.effect.${e}`) }))}
            />
            <SmallButton
              context={t('clinic.care.icf.body.earlierTreatment', { n })}
              onPress={() => {
                onChange(value.filter((_, j) => j !== i));
                setKeys((k) => k.filter((_, j) => j !== i));
              }}
            >
              {t('clinic.care.remove')}
            </SmallButton>
          </div>
        );
      })}
      <div>
        <SmallButton
          onPress={() => {
            onChange([...value, { treatment: '' }]);
            setKeys((k) => [...k, crypto.randomUUID()]);
          }}
        >
          {t('clinic.care.icf.body.earlierAdd')}
        </SmallButton>
      </div>
    </fieldset>
  );
}
