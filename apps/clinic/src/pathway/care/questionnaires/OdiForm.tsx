import { ODI_SECTIONS, type OdiAnswers } from '@rygforlob/domain';
import { RadioGroup, useI18n } from '@rygforlob/ui';
import { SmallButton } from '../fields.tsx';

const POINTS = ['0', '1', '2', '3', '4', '5'] as const;
type Point = (typeof POINTS)[number];

/** Oswestry 2.1a (Q-ODI, p.20): ten sections 0–5; one left empty lowers the denominator. */
export function OdiForm({ value, onChange }: { value: OdiAnswers; onChange(next: OdiAnswers): void }) {
  const { t } = useI18n();
  return (
    <>
      <p className="ry-help">{t('clinic.care.odi.intro')}</p>
      <div className="ry-grid-auto ry-grid-auto--wide">
        {ODI_SECTIONS.map((section) => {
          const answer = value[section];
          return (
            <div key={section}>
              <RadioGroup<Point>
                label={t(`clinic.care.odi.${section}`)}
                name={`questionnaire.answers.${section}`}
                value={typeof answer === 'number' ? (String(answer) as Point) : null}
                onChange={(v) => onChange({ ...value, [section]: Number(v) })}
                options={POINTS.map((p) => ({
                  value: p,
                  label: `${p} · ${t(`clinic.care.odi.${section}.${p}`)}`,
                }))}
              />
              {typeof answer === 'number' && (
                <SmallButton
                  context={t(`clinic.care.odi.${section}`)}
                  onPress={() => onChange({ ...value, [section]: null })}
                >
                  {t('clinic.care.clear')}
                </SmallButton>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
