import { type ActivityLimitation, ActivityLimitationSchema } from '@rygforlob/domain';
import { Checkbox, RadioGroup, TextArea, TextField, useI18n } from '@rygforlob/ui';
import type { Part, PartProps } from './types.ts';

const LIMITATIONS = ActivityLimitationSchema.options;
type Fear = NonNullable<Part<'participation'>['fearOfMovement']>;
const FEARS: Fear[] = ['none', 'some', 'marked'];

/** Activities (p.20): self-reported limitations, and the barriers in the citizen's own words. */
export function ActivitiesFields({ value, onChange }: PartProps<'activities'>) {
  const { t } = useI18n();
  const limitations = value.limitations ?? [];
  const toggle = (item: ActivityLimitation, on: boolean) =>
    onChange({
      limitations: on ? [...limitations, item] : limitations.filter((l) => l !== item),
    });
  return (
    <>
      <fieldset className="ry-field">
        <legend className="ry-label">{t('clinic.care.icf.activities.limitations')}</legend>
        <div className="ry-grid-auto">
          {LIMITATIONS.map((item) => (
            <Checkbox key={item} isSelected={limitations.includes(item)} onChange={(on) => toggle(item, on)}>
              {t(`clinic.care.icf.activities.${item}`)}
            </Checkbox>
          ))}
        </div>
      </fieldset>
      <TextArea
        label={t('clinic.care.icf.activities.description')}
        name="icf.activities.description"
        value={value.description ?? ''}
        onChange={(description) => onChange({ description })}
      />
      <p className="ry-help">{t('clinic.care.icf.activities.questionnaires')}</p>
    </>
  );
}

/** Participation (p.20): work, leisure, social life, and fear of movement. */
export function ParticipationFields({ value, onChange }: PartProps<'participation'>) {
  const { t } = useI18n();
  return (
    <>
      <div className="ry-row">
        {(['work', 'leisure', 'social'] as const).map((key) => (
          <TextField
            key={key}
            label={t(`clinic.care.icf.participation.${key}`)}
            name={`icf.participation.${key}`}
            value={value[key] ?? ''}
            onChange={(v) => onChange({ [key]: v })}
          />
        ))}
      </div>
      <RadioGroup<Fear>
        label={t('clinic.care.icf.participation.fear')}
        name="icf.participation.fearOfMovement"
        orientation="horizontal"
        value={value.fearOfMovement ?? null}
        onChange={(fearOfMovement) => onChange({ fearOfMovement })}
        options={FEARS.map((f) => ({ value: f, label: t(`clinic.care.icf.participation.fear.${f}`) }))}
      />
      {value.fearOfMovement && value.fearOfMovement !== 'none' && (
        <TextField
          label={t('clinic.care.icf.participation.fearNotes')}
          name="icf.participation.fearOfMovementNotes"
          value={value.fearOfMovementNotes ?? ''}
          onChange={(fearOfMovementNotes) => onChange({ fearOfMovementNotes })}
        />
      )}
    </>
  );
}
