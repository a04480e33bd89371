import {
  afterPaint,
  CitizenCell,
  ClockBadges,
  clocksByPathway,
  DeadlineBanner,
  InboxItems,
  ListStatus,
  MoreRows,
  TextField,
  useI18n,
  useInboxMarks,
  usePrefetchPathway,
  useTRPC,
  useWorklistPages,
} from '@rygforlob/ui';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { CasePage } from '../case-page.ts';
/**
 * The caseworker's caseload: citizens with low back pain on sick leave or at risk, from the GP's
 * LÆ 165, the GP's contact or the citizen's own contact; new requests and the jobcentre's clocks.
 */
export function Caseload() {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const marks = useInboxMarks();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  // A page of 50 at a time from the server, as the clinic's worklist; "Vis flere" for more (issue 11).
  const pages = useWorklistPages({ filter: 'all', ...(deferred ? { search: deferred } : {}) }, 'caseload');
  const rows = pages.rows;
  const clocks = useQuery(trpc.worklist.clocks.queryOptions({ states: ['due', 'overdue'] }));
  // Issue 11: the case's data is asked for when the pointer rests on (or focus reaches) its row,
  // and the case page's code once the list is painted, so a click waits for neither.
  const prefetch = usePrefetchPathway();
  const listed = rows !== undefined;
  useEffect(() => {
    if (listed) return afterPaint(() => void CasePage.preload().catch(() => undefined));
  }, [listed]);

  const inboxLabel = (item: { type: string; kind?: string | undefined }) =>
    item.type === 'referralSent' && item.kind
      ? term('referralKind', item.kind as never)
      : item.kind
        ? term('noteKind', item.kind as never)
        : term('event', item.type as never);
  // Badges that name the clock and its day, as the clinic's worklist (issue 14 review).
  const clocksOf = clocksByPathway(clocks.data);

  return (
    <>
      <h1>{t('employment.caseload.title')}</h1>
      <p className="ry-help">{t('employment.caseload.intro')}</p>
      <div className="ry-card">
        <TextField
          label={t('employment.caseload.search')}
          name="search"
          value={search}
          onChange={setSearch}
          description={t('employment.caseload.searchHelp')}
        />
      </div>
      {/* The banner words each deadline by its state and leads to the case's advice card for it. */}
      <DeadlineBanner clocks={clocks.data ?? []} caseAt={(id) => `/case/${id}`} />
      <div className="ry-card">
        <ListStatus query={pages.status} empty={t('employment.caseload.empty')} />
        {rows && rows.length > 0 && (
          <table className="ry-table">
            <caption className="ry-visually-hidden">{t('employment.caseload.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('employment.caseload.citizen')}</th>
                <th scope="col">{t('employment.caseload.inbox')}</th>
                <th scope="col">{t('employment.caseload.deadlines')}</th>
                <th scope="col">{t('employment.caseload.status')}</th>
                <th scope="col">{t('employment.caseload.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr
                  key={row.pathwayId}
                  onMouseEnter={() => prefetch(row.pathwayId)}
                  onFocus={() => prefetch(row.pathwayId)}
                >
                  <CitizenCell to={`/case/${row.pathwayId}`} name={row.citizenName} cpr={row.citizenCpr} />
                  <td data-label={t('employment.caseload.inbox')}>
                    <InboxItems
                      items={row.inbox}
                      newLabel={t('employment.caseload.new')}
                      describe={(item) => `${inboxLabel(item)} · ${term('actor', item.from.actor)}`}
                      onMarkUnread={(seq) => marks.markUnread(row.pathwayId, seq)}
                      note={(item) =>
                        item.withheld && <div className="ry-help">{t('employment.caseload.withheld')}</div>
                      }
                    />
                  </td>
                  <td data-label={t('employment.caseload.deadlines')}>
                    {clocksOf.has(row.pathwayId) ? (
                      <ClockBadges clocks={clocksOf.get(row.pathwayId) ?? []} />
                    ) : (
                      // Until the clocks are listed: the row's counts.
                      <>
                        {row.overdueClocks > 0 && (
                          <span className="ry-badge" data-tone="danger">
                            {t('employment.caseload.overdue', { n: row.overdueClocks })}
                          </span>
                        )}{' '}
                        {row.dueClocks > 0 && (
                          <span className="ry-badge" data-tone="warn">
                            {t('employment.caseload.due', { n: row.dueClocks })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td data-label={t('employment.caseload.status')}>
                    {t(row.status === 'open' ? 'employment.caseload.open' : 'employment.caseload.closed')}
                  </td>
                  <td data-label={t('employment.caseload.latest')}>{date(row.lastEventAt)}</td>
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
