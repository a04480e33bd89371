import type { Advice } from '@rygforlob/domain';
import { RuleNote, type Tone, useI18n } from '@rygforlob/ui';

const toneOf = (state: string | undefined): Tone =>
  state === 'overdue' ? 'danger' : state === 'due' ? 'warn' : state === 'met' ? 'ok' : 'info';

/** The program's clocks about one subject (a prescription, an intervention), with their due dates. */
export function ClockNotes({ advice, subject }: { advice: Advice[]; subject: string }) {
  const { t, date } = useI18n();
  const clocks = advice.filter((a) => a.kind === 'clock' && a.clock?.subject === subject);
  return clocks.map((item) => {
    const clock = item.clock;
    if (!clock) return null;
    const params = {
      dueBy: date(clock.dueBy),
      dueFrom: date(clock.dueFrom),
      daysLeft: clock.daysLeft,
      metOn: clock.metOn ? date(clock.metOn) : '',
    };
    return (
      <RuleNote key={`${item.rule}-${clock.dueBy}`} code={item.rule} tone={toneOf(clock.state)}>
        <span className="ry-badge" data-tone={toneOf(clock.state)}>
          {t(clock.state === 'met' && clock.late ? 'clock.metLate' : `clock.${clock.state}`, params)}
        </span>
      </RuleNote>
    );
  });
}
