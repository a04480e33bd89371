import {
  type Actor,
  INTERVENTION_PROVIDERS,
  INTERVENTIONS,
  type Intervention,
  interventionsOfferedBy,
} from '@rygforlob/domain';
import { Checkbox, RuleNote, useI18n } from '@rygforlob/ui';
import { LockedCheckbox } from '../fields.tsx';

/**
 * The plan's interventions (spec §5, Table 2): supported self-management always, then what this
 * actor offers (standard or special interest), then what others provide that the plan relies on.
 */
export function InterventionChoice({
  actor,
  value,
  onChange,
}: {
  actor: Actor | null;
  value: readonly Intervention[];
  onChange(next: Intervention[]): void;
}) {
  const { t, term } = useI18n();
  const offered = (actor ? interventionsOfferedBy(actor) : []).filter(
    (o) => o.intervention !== 'self-management',
  );
  const mine = new Set(offered.map((o) => o.intervention));
  const others = INTERVENTIONS.filter((i) => i !== 'self-management' && !mine.has(i));
  const toggle = (item: Intervention, on: boolean) =>
    onChange(on ? [...value, item] : value.filter((i) => i !== item));

  return (
    <fieldset className="ry-field">
      <legend className="ry-label">{t('clinic.care.plan.interventions')}</legend>
      <LockedCheckbox>{term('intervention', 'self-management')}</LockedCheckbox>
      <RuleNote code="SELF-MANAGEMENT-HUB" />
      {offered.length > 0 && (
        <>
          <p className="ry-subhead">{t('clinic.care.plan.mine')}</p>
          <div className="ry-grid-auto">
            {offered.map(({ intervention, role }) => (
              <Checkbox
                key={intervention}
                isSelected={value.includes(intervention)}
                onChange={(on) => toggle(intervention, on)}
              >
                {term('intervention', intervention)}{' '}
                <span className="ry-badge">{t(`clinic.care.plan.role.${role}`)}</span>
              </Checkbox>
            ))}
          </div>
        </>
      )}
      <p className="ry-subhead">{t('clinic.care.plan.others')}</p>
      <div className="ry-grid-auto">
        {others.map((intervention) => (
          <Checkbox
            key={intervention}
            isSelected={value.includes(intervention)}
            onChange={(on) => toggle(intervention, on)}
          >
            {term('intervention', intervention)}
            <span className="ry-help">
              {' · '}
              {t('clinic.care.plan.providers', {
                actors: INTERVENTION_PROVIDERS[intervention].standard.map((a) => term('actor', a)).join(', '),
              })}
            </span>
          </Checkbox>
        ))}
      </div>
    </fieldset>
  );
}
