import { RMDQ_ITEM_COUNT, type RmdqAnswers } from '@rygforlob/domain';
import { Checkbox, useI18n } from '@rygforlob/ui';

const ITEMS = Array.from({ length: RMDQ_ITEM_COUNT }, (_, i) => i + 1);
type Item =
  `${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21 | 22 | 23 | 24}`;

/** Roland-Morris (Q-RMDQ, p.20): the 24 statements; the answers are the numbers ticked. */
export function RmdqForm({ value, onChange }: { value: RmdqAnswers; onChange(next: RmdqAnswers): void }) {
  const { t } = useI18n();
  return (
    <fieldset className="ry-field">
      <legend className="ry-help">{t('clinic.care.rmdq.intro')}</legend>
      <div className="ry-grid-auto ry-grid-auto--wide">
        {ITEMS.map((item) => (
          <Checkbox
            key={item}
            name={`questionnaire.answers.${item}`}
            isSelected={value.includes(item)}
            onChange={(on) =>
              onChange(on ? [...value, item].sort((a, b) => a - b) : value.filter((i) => i !== item))
            }
          >
            {item}. {t(`clinic.care.rmdq.${String(item) as Item}`)}
          </Checkbox>
        ))}
      </div>
    </fieldset>
  );
}
