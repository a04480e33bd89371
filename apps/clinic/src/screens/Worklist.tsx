import type { TargetGroup } from '@rygforlob/domain';
import {
  afterPaint,
  CitizenCell,
  ClockBadges,
  clocksByPathway,
  DeadlineBanner,
  InboxItems,
  ListStatus,
  MoreRows,
  RadioGroup,
  TextField,
  useI18n,
  useInboxMarks,
  usePrefetchPathway,
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
  // Badges that name the clock (issue 14): each pathway's due and overdue clocks by their title.
  const clocksOf = clocksByPathway(clocks.data);

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
      {/* A banner that leads to the items: each deadline links to its pathway's advice card. */}
      <DeadlineBanner
        clocks={clocks.data ?? []}
        caseAt={(id) => `/pathway/${id}`}
        more={(overdue) =>
          overdue > 5 &&
          filter !== 'overdue' && (
            <button type="button" className="ry-linkbutton" onClick={() => setFilter('overdue')}>
              {t('clinic.worklist.showOverdue', { n: overdue })}
            </button>
          )
        }
      />
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
                      <ClockBadges clocks={clocksOf.get(row.pathwayId) ?? []} />
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
