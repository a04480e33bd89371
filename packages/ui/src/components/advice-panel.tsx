import type { Advice } from '@rygforlob/domain';
import type { Params } from '../i18n/index.ts';
import { useI18n } from '../i18n/react.tsx';
import { Link } from '../router.tsx';
import { revealSection, revealWhenShown } from './focus-field.ts';
import { RuleNote, type Tone } from './rule-note.tsx';

const toneOf = (advice: Advice): Tone => {
  if (advice.kind === 'warning') return advice.rule === 'TG-CAUDA' ? 'danger' : 'warn';
  if (advice.kind === 'clock')
    return advice.clock?.state === 'overdue' ? 'danger' : advice.clock?.state === 'due' ? 'warn' : 'info';
  return 'info';
};

const ORDER = { warning: 0, clock: 1, suggestion: 2 } as const;
const CLOCK_ORDER = { overdue: 0, due: 1, pending: 2 } as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A rule's day parameters (`reviewOn`, `week8` …) as Danes write dates: 13.12.2026. */
const readableDates = (params: Params | undefined, date: (iso: string) => string): Params =>
  Object.fromEntries(
    Object.entries(params ?? {}).map(([key, value]) => [
      key,
      typeof value === 'string' && ISO_DATE.test(value) ? date(value) : value,
    ]),
  );

/**
 * Where an advice card leads, and the button's words: another screen or tab of the app (`to`, a
 * router path; with `focus`, the element id of the form there that answers the card, revealed
 * once drawn: the button lands on the field, not at the top of the tab), or a section of the page
 * already shown (`section`, an element id: opened if folded, scrolled to, its first field focused,
 * or the control it marks with data-advice-focus; see revealSection).
 */
export type AdviceAction = { label: string } & ({ to: string; focus?: string } | { section: string });

/**
 * A card that answers the same act as another rule's card (one action per target, issue 14):
 * while that card (`into`) is open, this one is shown inside it as the sentence it adds (`text`),
 * its code behind the same "Hvorfor?", and no second button.
 */
export type AdviceJoin = { into: string; text: string };

/**
 * The element id of an advice card (its rule and what it is about), for links that lead to it: a
 * worklist banner's deadline opens the pathway at that card (issue 14 review).
 */
export const adviceAnchor = (rule: string, subject?: string): string =>
  `advice-${rule}${subject ? `-${subject}` : ''}`.replace(/[^A-Za-z0-9_-]/g, '_');

/**
 * Warnings, deadlines and suggestions, in plain Danish with the rule code and page. Each open
 * card carries the action that answers it when the app knows one (`actionFor`, issue 14).
 */
export function AdvicePanel({
  advice,
  actionFor,
  joinFor,
}: {
  advice: Advice[];
  actionFor?: (advice: Advice) => AdviceAction | undefined;
  joinFor?: (advice: Advice) => AdviceJoin | undefined;
}) {
  const { t, date } = useI18n();
  // What is still to do comes first, the most urgent clock first; met clocks fold away below
  // (issue 14: an advice list that mixed met and open clocks).
  const urgency = (a: Advice) =>
    ORDER[a.kind] * 10 + (a.clock ? (CLOCK_ORDER[a.clock.state as keyof typeof CLOCK_ORDER] ?? 5) : 0);
  const stillOpen = advice.filter((a) => a.clock?.state !== 'met').sort((a, b) => urgency(a) - urgency(b));
  // Cards that join an open card of another rule are shown inside it, not on their own.
  const joined = stillOpen.flatMap((item) => {
    const join = joinFor?.(item);
    return join && stillOpen.some((host) => host.rule === join.into) ? [{ item, join }] : [];
  });
  const open = stillOpen.filter((a) => !joined.some((j) => j.item === a));
  const met = advice.filter((a) => a.clock?.state === 'met');
  const lateCount = met.filter((a) => a.clock?.late).length;
  // A target already offered by a more urgent card is not offered again: two buttons with the
  // same words to the same place read as two tasks (issue 14: "Modtag planen" twice on a §140 case).
  const offered = new Set<string>();
  const note = (item: Advice, i: number) => {
    const clock = item.clock;
    const guests = clock?.state === 'met' ? [] : joined.filter((j) => j.join.into === item.rule);
    // The card's own action, then each joined card's, one button per target.
    const actions = new Map<string, AdviceAction>();
    for (const each of clock?.state === 'met' ? [] : [item, ...guests.map((g) => g.item)]) {
      const action = actionFor?.(each);
      const target = action && ('to' in action ? `to:${action.to}` : `section:${action.section}`);
      if (action && target && !offered.has(target)) {
        actions.set(target, action);
        offered.add(target);
      }
    }
    const params: Params = {
      ...readableDates(item.params as Params | undefined, date),
      ...(clock ? { dueBy: date(clock.dueBy), dueFrom: date(clock.dueFrom) } : {}),
    };
    return (
      <RuleNote
        key={`${item.rule}-${item.subject ?? ''}-${i}`}
        id={adviceAnchor(item.rule, item.subject)}
        code={item.rule}
        params={params}
        tone={toneOf(item)}
        {...(guests.length > 0 ? { also: guests.map((g) => g.item.rule) } : {})}
      >
        {guests.map((g) => (
          <div key={g.item.rule}>{g.join.text}</div>
        ))}
        <span className="ry-badge" data-tone={toneOf(item)}>
          {t(`advice.${item.kind}`)}
        </span>{' '}
        {clock && (
          <span>
            {/* A threshold clock (e.g. CLK-HOSP-6-8W) stays due past its date: it opens a
                    possibility, it is not a deadline, so "by … (-6 days)" would mislead. */}
            {t(
              clock.state === 'met' && clock.late
                ? 'clock.metLate'
                : clock.state === 'due' && clock.daysLeft < 0
                  ? 'clock.reached'
                  : `clock.${clock.state}`,
              {
                dueBy: date(clock.dueBy),
                dueFrom: date(clock.dueFrom),
                daysLeft: clock.daysLeft,
                metOn: clock.metOn ? date(clock.metOn) : '',
              },
            )}
          </span>
        )}
        {[...actions].map(([target, action]) => (
          <div key={target} className="ry-advice__action">
            {'to' in action ? (
              <Link
                to={action.to}
                className="ry-button"
                {...(action.focus ? { onClick: () => revealWhenShown(action.focus as string) } : {})}
              >
                {action.label}
              </Link>
            ) : (
              <button type="button" className="ry-button" onClick={() => revealSection(action.section)}>
                {action.label}
              </button>
            )}
          </div>
        ))}
      </RuleNote>
    );
  };
  return (
    <section className="ry-card" aria-labelledby="advice-title">
      <h2 id="advice-title">{t('advice.title')}</h2>
      {advice.length === 0 && <p>{t('advice.none')}</p>}
      {open.map(note)}
      {met.length > 0 && (
        <details className="ry-met">
          <summary>
            {lateCount > 0
              ? t('advice.metWithLate', { n: met.length, late: lateCount })
              : t('advice.met', { n: met.length })}
          </summary>
          {met.map(note)}
        </details>
      )}
    </section>
  );
}
