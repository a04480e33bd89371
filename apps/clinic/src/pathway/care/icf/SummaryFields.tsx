import { RISK_FACTOR_GROUPS, type RiskFactor, type RiskFactorGroup } from '@rygforlob/domain';
import { Checkbox, RuleNote, TextArea, useI18n } from '@rygforlob/ui';
import { LockedCheckbox } from '../fields.tsx';
import type { PartProps } from './types.ts';

const SUMMARY_TEXT = [
  'improvementFactors',
  'worseningFactors',
  'resources',
  'treatmentOptions',
  'workplaceAdjustments',
  'comorbidityEfforts',
] as const;
const GROUPS = Object.keys(RISK_FACTOR_GROUPS) as RiskFactorGroup[];

/**
 * The summary (p.21) and the risk factors (p.17): those the record shows are ticked by the domain
 * and cannot be unticked here; the clinician marks the ones only they can judge.
 */
export function SummaryFields({
  value,
  onChange,
  derived,
}: PartProps<'summary'> & { derived: readonly RiskFactor[] }) {
  const { t } = useI18n();
  const marked = value.riskFactors ?? [];
  const toggle = (factor: RiskFactor, on: boolean) =>
    onChange({ riskFactors: on ? [...marked, factor] : marked.filter((f) => f !== factor) });
  return (
    <>
      <div className="ry-grid-auto ry-grid-auto--wide">
        {SUMMARY_TEXT.map((key) => (
          <TextArea
            key={key}
            rows={2}
            label={t(`clinic.care.icf.summary.${key}`)}
            name={`icf.summary.${key}`}
            value={value[key] ?? ''}
            onChange={(v) => onChange({ [key]: v })}
          />
        ))}
      </div>
      <fieldset className="ry-field">
        <legend className="ry-label">{t('clinic.care.risk.title')}</legend>
        <RuleNote code="RISK-FACTORS">
          <div className="ry-help">{t('clinic.care.risk.pick')}</div>
        </RuleNote>
        <div className="ry-grid-auto">
          {GROUPS.map((group) => (
            <div key={group}>
              <p className="ry-subhead">{t(`clinic.care.risk.group.${group}`)}</p>
              {RISK_FACTOR_GROUPS[group].map((factor: RiskFactor) =>
                derived.includes(factor) ? (
                  <LockedCheckbox key={factor}>
                    {t(`clinic.care.risk.${factor}`)}{' '}
                    <span className="ry-help">({t('clinic.care.risk.derived')})</span>
                  </LockedCheckbox>
                ) : (
                  <Checkbox
                    key={factor}
                    isSelected={marked.includes(factor)}
                    onChange={(on) => toggle(factor, on)}
                  >
                    {t(`clinic.care.risk.${factor}`)}
                  </Checkbox>
                ),
              )}
            </div>
          ))}
        </div>
      </fieldset>
    </>
  );
}
