import { RuleRef, useI18n } from '@rygforlob/ui';

export interface StartClockValue {
  state: 'pending' | 'due' | 'overdue' | 'met';
  dueBy: string;
  daysLeft: number;
  metOn?: string | undefined;
}

/**
 * CLK-R140-START (p.55): rehabilitation starts within 7 calendar days of receiving the plan, or
 * on the hospital's stated later date. The countdown a therapist reads at a glance.
 */
export function StartClock({ clock, withRule = false }: { clock: StartClockValue; withRule?: boolean }) {
  const { t, date } = useI18n();
  const tone =
    clock.state === 'overdue'
      ? 'danger'
      : clock.state === 'met'
        ? 'ok'
        : clock.daysLeft <= 2
          ? 'warn'
          : 'info';
  const text =
    clock.state === 'met'
      ? t('rehab.clock.met', { metOn: clock.metOn ? date(clock.metOn) : '' })
      : clock.state === 'overdue'
        ? t('rehab.clock.overdue', { days: -clock.daysLeft, dueBy: date(clock.dueBy) })
        : clock.daysLeft === 0
          ? t('rehab.clock.today', { dueBy: date(clock.dueBy) })
          : t('rehab.clock.left', { days: clock.daysLeft, dueBy: date(clock.dueBy) });
  return (
    <span className="rh-clock">
      <span className="ry-badge" data-tone={tone}>
        {text}
      </span>
      {withRule && <RuleRef code="CLK-R140-START" />}
    </span>
  );
}
