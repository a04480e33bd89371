import { LabourMarketAttachmentSchema } from '@rygforlob/domain';
import { Checkbox, NumberField, RadioGroup, RuleNote, TextField, useI18n } from '@rygforlob/ui';
import type { Part, PartProps } from './types.ts';

type Env = Part<'environmentalFactors'>;
type Labour = NonNullable<Env['labourMarketAttachment']>;
type SickLeave = NonNullable<Env['sickLeave']>;
const LABOUR = LabourMarketAttachmentSchema.options;
const ENV_TEXT = [
  'workplaceAdjustment',
  'partialReturnToWork',
  'supportAtHome',
  'transport',
  'socialRelations',
  'finances',
  'otherMunicipalEfforts',
] as const;
const PERSONAL_FLAGS = [
  'depression',
  'anxiety',
  'overweight',
  'heartLungDisease',
  'smoking',
  'lowPhysicalActivity',
] as const;

/** Environmental factors (p.20–21): labour market, sick leave, workplace, home and municipality. */
export function EnvironmentFields({ value, onChange }: PartProps<'environmentalFactors'>) {
  const { t } = useI18n();
  const leave = value.sickLeave;
  const setLeave = (patch: Partial<SickLeave>) =>
    onChange({ sickLeave: { weeks: 0, extent: 'full', ...leave, ...patch } });
  return (
    <>
      <RuleNote code="WORK-EARLY" />
      <RadioGroup<Labour>
        label={t('clinic.care.icf.env.labour')}
        name="icf.environmentalFactors.labourMarketAttachment"
        orientation="horizontal"
        value={value.labourMarketAttachment ?? null}
        onChange={(labourMarketAttachment) => onChange({ labourMarketAttachment })}
        options={LABOUR.map((l) => ({ value: l, label: t(`clinic.care.icf.env.labour.${l}`) }))}
      />
      <TextField
        label={t('clinic.care.icf.env.work')}
        name="icf.environmentalFactors.work"
        value={value.work ?? ''}
        onChange={(work) => onChange({ work })}
      />
      <Checkbox
        isSelected={leave !== undefined}
        onChange={(on) => onChange({ sickLeave: on ? { weeks: 0, extent: 'full' } : undefined })}
      >
        {t('clinic.care.icf.env.sickLeave')}
      </Checkbox>
      {leave && (
        <div className="ry-row ry-indent">
          <NumberField
            label={t('clinic.care.icf.env.sickLeaveWeeks')}
            name="icf.environmentalFactors.sickLeave.weeks"
            minValue={0}
            maxValue={520}
            isRequired
            value={leave.weeks}
            onChange={(weeks) => setLeave({ weeks: weeks ?? 0 })}
          />
          <RadioGroup<SickLeave['extent']>
            label={t('clinic.care.icf.env.extent')}
            name="icf.environmentalFactors.sickLeave.extent"
            orientation="horizontal"
            value={leave.extent}
            onChange={(extent) =>
              setLeave(extent === 'full' ? { extent, hoursAbsentPerWeek: undefined } : { extent })
            }
            options={(['full', 'partial'] as const).map((e) => ({
              value: e,
              label: t(`clinic.care.icf.env.extent.${e}`),
            }))}
          />
          {leave.extent === 'partial' && (
            <NumberField
              label={t('clinic.care.icf.env.hoursAbsent')}
              name="icf.environmentalFactors.sickLeave.hoursAbsentPerWeek"
              minValue={0}
              maxValue={168}
              value={leave.hoursAbsentPerWeek}
              onChange={(hoursAbsentPerWeek) => setLeave({ hoursAbsentPerWeek })}
            />
          )}
        </div>
      )}
      <div className="ry-grid-auto">
        {ENV_TEXT.map((key) => (
          <TextField
            key={key}
            label={t(`clinic.care.icf.env.${key}`)}
            name={`icf.environmentalFactors.${key}`}
            value={value[key] ?? ''}
            onChange={(v) => onChange({ [key]: v })}
          />
        ))}
      </div>
      <Checkbox
        isSelected={value.pendingCompensationCase ?? false}
        onChange={(pendingCompensationCase) => onChange({ pendingCompensationCase })}
      >
        {t('clinic.care.icf.env.pendingCompensationCase')}
      </Checkbox>
    </>
  );
}

/** Personal factors (p.21): coping, understanding, and the conditions that are risk factors. */
export function PersonalFields({ value, onChange }: PartProps<'personalFactors'>) {
  const { t } = useI18n();
  return (
    <>
      <div className="ry-row">
        {(['coping', 'understanding'] as const).map((key) => (
          <TextField
            key={key}
            label={t(`clinic.care.icf.personal.${key}`)}
            name={`icf.personalFactors.${key}`}
            value={value[key] ?? ''}
            onChange={(v) => onChange({ [key]: v })}
          />
        ))}
      </div>
      <div className="ry-grid-auto">
        {PERSONAL_FLAGS.map((key) => (
          <Checkbox key={key} isSelected={value[key] ?? false} onChange={(on) => onChange({ [key]: on })}>
            {t(`clinic.care.icf.personal.${key}`)}
          </Checkbox>
        ))}
      </div>
      <TextField
        label={t('clinic.care.icf.personal.notes')}
        name="icf.personalFactors.notes"
        value={value.notes ?? ''}
        onChange={(notes) => onChange({ notes })}
      />
    </>
  );
}
