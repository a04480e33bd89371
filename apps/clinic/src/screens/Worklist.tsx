import type { TargetGroup } from '@rygforlob/domain';
import {
  adviceAnchor,
  afterPaint,
  CitizenCell,
  InboxItems,
  ListStatus,
  MoreRows,
  RadioGroup,
  TextField,
  useI18n,
  useInboxMarks,
  usePrefetchPathway,
  useRouter,
  useTRPC,
  useWorklistPages,
} from '@rygforlob/ui';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { PathwayPage } from '../pathway-page.ts';

type Filter = 'all' | 'inbox' | 'due' | 'overdue';

/** My pathways, new inbox items and due or overdue clocks; filter and search by name or CPR. */
export function Worklist() {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const [filter, setFilter] = useState<Filter>('all');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  // A page of 50 at a time, sorted, filtered and searched by the server; "Vis flere" for more.
  const pages = useWorklistPages({ filter, ...(deferredSearch ? { search: deferredSearch } : {}) });
  const prefetch = usePrefetchPathway();
  // The pathway page's code, once the list is painted: not in the first screen's way (issue 11,
  // ~50 ms sooner on this machine), and there before a click.
  const listed = pages.rows !== undefined;
  useEffect(() => {
    if (listed) return afterPaint(() => void PathwayPage.preload().catch(() => undefined));
  }, [listed]);
  const clocks = useQuery(trpc.worklist.clocks.queryOptions({ states: ['due', 'overdue'] }));
  const marks = useInboxMarks();
  const router = useRouter();
  const { rule } = useI18n();
  // Badges that name the clock (issue 14): each pathway's due and overdue clocks by their title.
  const clocksOf = new Map<string, NonNullable<typeof clocks.data>>();
  for (const clock of clocks.data ?? [])
    clocksOf.set(clock.pathwayId, [...(clocksOf.get(clock.pathwayId) ?? []), clock]);
  const overdue = (clocks.data ?? []).filter((c) => c.state === 'overdue');
  const due = (clocks.data ?? []).filter((c) => c.state === 'due');
  // The banner words each count by its state (issue 14 review: deadlines weeks ahead were "nu"):
  // overdue, due within 7 days, due later, and threshold clocks already reached (a possibility).
  const counts = [
    ['overdue', overdue.length],
    ['soon', due.filter((c) => c.daysLeft >= 0 && c.daysLeft <= 7).length],
    ['later', due.filter((c) => c.daysLeft > 7).length],
    ['reached', due.filter((c) => c.daysLeft < 0).length],
  ] as const;
  const clockSummary = t('clinic.worklist.clocks', {
    counts: counts
      .filter(([, n]) => n > 0)
      .map(([state, n]) => t(`clinic.worklist.clocks.${state}`, { n }))
      .join(', '),
  });
  // A banner's deadline opens the pathway at its advice card (PathwayPage reveals the anchor).
  const atCard = (clock: { pathwayId: string; code: string; subject?: string | undefined }) =>
    `/pathway/${clock.pathwayId}#${adviceAnchor(clock.code, clock.subject)}`;

  // The projection gives a referral's kind for referrals and their answers, a note's or a
  // certificate's kind otherwise; each is worded from its own vocabulary.
  const inboxLabel = (item: { type: string; kind?: string | undefined }) => {
    const event = term('event', item.type as never);
    if (!item.kind) return event;
    if (item.type === 'referralSent')
      return t('clinic.worklist.referralIn', { kind: term('referralKind', item.kind as never) });
    if (item.type === 'referralAccepted' || item.type === 'referralDeclined')
      return t('clinic.worklist.inboxItem', { event, kind: term('referralKind', item.kind as never) });
    if (item.type === 'certificateRequested')
      return t('clinic.worklist.inboxItem', { event, kind: term('noteKind', item.kind as never) });
    // One vocabulary with the timeline: a note is "Notat", its kind says which (issue 14).
    return t('clinic.worklist.inboxItem', { event, kind: term('noteKind', item.kind as never) });
  };

  return (
    <>
      <h1>{t('clinic.worklist.title')}</h1>
      <div className="ry-card">
        <div className="ry-row">
          <TextField
            label={t('clinic.worklist.search')}
            name="search"
            value={search}
            onChange={setSearch}
            description={t('clinic.worklist.searchHelp')}
          />
          <RadioGroup<Filter>
            label={t('clinic.worklist.filter')}
            name="filter"
            value={filter}
            onChange={setFilter}
            orientation="horizontal"
            options={(['all', 'inbox', 'due', 'overdue'] as const).map((value) => ({
              value,
              label: t(`clinic.worklist.filter.${value}`),
            }))}
          />
        </div>
      </div>
      {clocks.data && clocks.data.length > 0 && (
        // A banner that leads to the items: each overdue (else due) deadline links to its pathway.
        <section
          className="ry-alert"
          data-tone={overdue.length > 0 ? 'danger' : 'warn'}
          aria-labelledby="clocks-title"
        >
          <h2 id="clocks-title" className="ry-alert__title">
            {clockSummary}
          </h2>
          <ul className="ry-linklist">
            {(overdue.length > 0 ? overdue : due).slice(0, 5).map((clock) => (
              <li key={`${clock.pathwayId}-${clock.code}-${clock.subject ?? ''}`}>
                <a
                  href={router.href(atCard(clock))}
                  onClick={(e) => {
                    e.preventDefault();
                    router.navigate(atCard(clock));
                  }}
                >
                  {clock.citizenName}: {rule(clock.code).title}
                </a>{' '}
                ·{' '}
                {t(
                  clock.state === 'overdue'
                    ? 'clock.overdue'
                    : clock.daysLeft < 0
                      ? 'clock.reached'
                      : 'clock.due',
                  { dueBy: date(clock.dueBy), dueFrom: date(clock.dueFrom), daysLeft: clock.daysLeft },
                )}
              </li>
            ))}
          </ul>
          {overdue.length > 5 && filter !== 'overdue' && (
            <button type="button" className="ry-linkbutton" onClick={() => setFilter('overdue')}>
              {t('clinic.worklist.showOverdue', { n: overdue.length })}
            </button>
          )}
        </section>
      )}
      <div className="ry-card">
        <ListStatus query={pages.status} empty={t('clinic.worklist.empty')} />
        {pages.rows && pages.rows.length > 0 && (
          <table className="ry-table">
            <caption className="ry-visually-hidden">{t('clinic.worklist.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('clinic.worklist.citizen')}</th>
                <th scope="col">{t('clinic.worklist.targetGroup')}</th>
                <th scope="col">{t('clinic.worklist.inbox')}</th>
                <th scope="col">{t('clinic.worklist.deadlines')}</th>
                <th scope="col">{t('clinic.worklist.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.rows.map((row) => (
                <tr
                  key={row.pathwayId}
                  onMouseEnter={() => prefetch(row.pathwayId)}
                  onFocus={() => prefetch(row.pathwayId)}
                >
                  <CitizenCell to={`/pathway/${row.pathwayId}`} name={row.citizenName} cpr={row.citizenCpr} />
                  <td data-label={t('clinic.worklist.targetGroup')}>
                    {row.targetGroup ? term('targetGroup', row.targetGroup as TargetGroup) : '–'}
                  </td>
                  <td data-label={t('clinic.worklist.inbox')}>
                    <InboxItems
                      items={row.inbox}
                      newLabel={t('clinic.worklist.new')}
                      describe={(item) => `${inboxLabel(item)} · ${term('actor', item.from.actor)}`}
                      onMarkUnread={(seq) => marks.markUnread(row.pathwayId, seq)}
                    />
                  </td>
                  <td data-label={t('clinic.worklist.deadlines')}>
                    {clocksOf.has(row.pathwayId) ? (
                      clocksOf.get(row.pathwayId)?.map((clock) => (
                        <div key={`${clock.code}-${clock.subject ?? ''}`}>
                          <span
                            className="ry-badge"
                            data-tone={clock.state === 'overdue' ? 'danger' : 'warn'}
                          >
                            {t(
                              clock.state === 'overdue'
                                ? 'clinic.worklist.clockOverdue'
                                : // A threshold clock (CLK-PAIN-6M) stays due past its day: it is reached, not late.
                                  clock.daysLeft < 0
                                  ? 'clinic.worklist.clockReached'
                                  : 'clinic.worklist.clockDue',
                              {
                                clock: rule(clock.code).title,
                                date: date(
                                  clock.daysLeft < 0 && clock.state === 'due' ? clock.dueFrom : clock.dueBy,
                                ),
                              },
                            )}
                          </span>
                        </div>
                      ))
                    ) : (
                      <>
                        {row.overdueClocks > 0 && (
                          <span className="ry-badge" data-tone="danger">
                            {t('clinic.worklist.overdue', { n: row.overdueClocks })}
                          </span>
                        )}
                        {row.overdueClocks > 0 && row.dueClocks > 0 && ' '}
                        {row.dueClocks > 0 && (
                          <span className="ry-badge" data-tone="warn">
                            {t('clinic.worklist.due', { n: row.dueClocks })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td data-label={t('clinic.worklist.latest')}>{date(row.lastEventAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <MoreRows pages={pages} />
      </div>
    </>
  );
}
