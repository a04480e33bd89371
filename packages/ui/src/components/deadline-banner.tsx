import { type ReactNode, useEffect } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { Link } from '../router.tsx';
import { adviceAnchor } from './advice-panel.tsx';
import { revealWhenShown } from './focus-field.ts';

/**
 * A link to one deadline (a worklist banner's) opens the case at its advice card: once the page is
 * `shown`, the #advice-… anchor of the address is scrolled to and focused (issue 14 review).
 */
export function useRevealAdviceAnchor(shown: boolean): void {
  useEffect(() => {
    const anchor = window.location.hash.slice(1);
    if (shown && anchor.startsWith('advice-')) revealWhenShown(anchor);
  }, [shown]);
}

/** A due or overdue clock as a worklist lists it (worklist.clocks). */
export type ListedClock = {
  pathwayId: string;
  citizenName: string;
  code: string;
  subject?: string | undefined;
  state: string;
  dueBy: string;
  dueFrom: string;
  daysLeft: number;
};

/**
 * The worklists' deadlines, as the clinic and the jobcentre show them (issue 14: "badges that name
 * the clock, banners that lead to the item"). A threshold clock (CLK-PAIN-6M) stays due past its
 * day: it is reached (a possibility), not late.
 */
const reached = (clock: ListedClock) => clock.state === 'due' && clock.daysLeft < 0;

/** Each pathway's listed clocks, for its row's badges. */
export const clocksByPathway = (clocks: readonly ListedClock[] | undefined) => {
  const byPathway = new Map<string, ListedClock[]>();
  for (const clock of clocks ?? [])
    byPathway.set(clock.pathwayId, [...(byPathway.get(clock.pathwayId) ?? []), clock]);
  return byPathway;
};

/** One badge per clock that names it and its day: "Sygemelding over 8 uger: senest 05.12.2026". */
export function ClockBadges({ clocks }: { clocks: readonly ListedClock[] }) {
  const { t, rule, date } = useI18n();
  return clocks.map((clock) => (
    <div key={`${clock.code}-${clock.subject ?? ''}`}>
      <span className="ry-badge" data-tone={clock.state === 'overdue' ? 'danger' : 'warn'}>
        {t(
          clock.state === 'overdue'
            ? 'clinic.worklist.clockOverdue'
            : reached(clock)
              ? 'clinic.worklist.clockReached'
              : 'clinic.worklist.clockDue',
          { clock: rule(clock.code).title, date: date(reached(clock) ? clock.dueFrom : clock.dueBy) },
        )}
      </span>
    </div>
  ));
}

/**
 * The banner above a worklist: its title counts the deadlines in words by state (overdue, due
 * within 7 days, due later, reached; never "forfalder" for a deadline weeks ahead) and lists the
 * first five overdue (else due) ones, each a link to its pathway at that deadline's advice card
 * (`caseAt(pathwayId)` is the case's path; the case page reveals the #advice-… anchor).
 */
export function DeadlineBanner({
  clocks,
  caseAt,
  more,
}: {
  clocks: readonly ListedClock[];
  caseAt: (pathwayId: string) => string;
  /** Below the list, e.g. a button that shows all overdue ones. */
  more?: (overdue: number) => ReactNode;
}) {
  const { t, rule, date } = useI18n();
  if (clocks.length === 0) return null;
  const overdue = clocks.filter((c) => c.state === 'overdue');
  const due = clocks.filter((c) => c.state === 'due');
  const counts = [
    ['overdue', overdue.length],
    ['soon', due.filter((c) => c.daysLeft >= 0 && c.daysLeft <= 7).length],
    ['later', due.filter((c) => c.daysLeft > 7).length],
    ['reached', due.filter(reached).length],
  ] as const;
  const summary = t('clinic.worklist.clocks', {
    counts: counts
      .filter(([, n]) => n > 0)
      .map(([state, n]) => t(`clinic.worklist.clocks.${state}`, { n }))
      .join(', '),
  });
  return (
    <section
      className="ry-alert"
      data-tone={overdue.length > 0 ? 'danger' : 'warn'}
      aria-labelledby="clocks-title"
    >
      <h2 id="clocks-title" className="ry-alert__title">
        {summary}
      </h2>
      <ul className="ry-linklist">
        {(overdue.length > 0 ? overdue : due).slice(0, 5).map((clock) => (
          <li key={`${clock.pathwayId}-${clock.code}-${clock.subject ?? ''}`}>
            <Link to={`${caseAt(clock.pathwayId)}#${adviceAnchor(clock.code, clock.subject)}`}>
              {clock.citizenName}: {rule(clock.code).title}
            </Link>{' '}
            ·{' '}
            {t(clock.state === 'overdue' ? 'clock.overdue' : reached(clock) ? 'clock.reached' : 'clock.due', {
              dueBy: date(clock.dueBy),
              dueFrom: date(clock.dueFrom),
              daysLeft: clock.daysLeft,
            })}
          </li>
        ))}
      </ul>
      {more?.(overdue.length)}
    </section>
  );
}
