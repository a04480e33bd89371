import type { Actor, TargetGroup } from '@rygforlob/domain';
import {
  afterPaint,
  CitizenCell,
  InboxItems,
  Link,
  ListStatus,
  type Me,
  MoreRows,
  RuleNote,
  TextField,
  useDirectory,
  useI18n,
  useInboxMarks,
  usePrefetchPathway,
  useTRPC,
  useWorklistPages,
} from '@rygforlob/ui';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useState } from 'react';
import { SECTION } from '../case/advice-actions.ts';
import { StartClock, type StartClockValue } from '../case/StartClock.tsx';
import { CasePage } from '../case-page.ts';

type Row = {
  pathwayId: string;
  citizenName: string;
  citizenCpr: string;
  targetGroup: TargetGroup | null;
  status: 'open' | 'closed';
  lastEventAt: string;
  inbox: {
    seq: number;
    type: string;
    kind?: string | undefined;
    at: string;
    from: { actor: Actor; organisationId: string };
    /** Read by someone of this organisation (issue 14: the inbox that clears). */
    read: boolean;
  }[];
};

/** Overdue start clocks first, then the soonest due, then new referrals, then the latest activity. */
function rank(row: Row, clock: StartClockValue | undefined): [number, number, number] {
  const group =
    clock?.state === 'overdue' ? 0 : clock ? 1 : row.inbox.length > 0 ? 2 : row.status === 'open' ? 3 : 4;
  return [group, clock?.daysLeft ?? 0, -Date.parse(row.lastEventAt)];
}
const byRank = (a: [number, number, number], b: [number, number, number]) =>
  a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

/**
 * The municipality's inbox (issue 5): §119 referrals (XREF15) or §140 rehabilitation plans, new
 * ones marked, with the CLK-R140-START countdown (p.55), overdue first.
 */
export function Inbox({ me }: { me: Me }) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search.trim());
  // A page of 50 at a time from the server; "Vis flere" for more.
  const pages = useWorklistPages({ filter: 'all', ...(deferred ? { search: deferred } : {}) });
  const prefetch = usePrefetchPathway();
  // The case page's code, once the list is painted: not in the first screen's way, and there
  // before a click (issue 11).
  const listed = pages.rows !== undefined;
  useEffect(() => {
    if (listed) return afterPaint(() => void CasePage.preload().catch(() => undefined));
  }, [listed]);
  const marks = useInboxMarks();
  const clocks = useQuery(trpc.worklist.clocks.queryOptions({ states: ['pending', 'due', 'overdue'] }));
  const rehab = me.actor === 'municipal-rehab';
  const startClock = (pathwayId: string) =>
    clocks.data?.find((c) => c.pathwayId === pathwayId && c.code === 'CLK-R140-START');
  const sorted = [...(pages.rows ?? [])]
    .map((row) => ({ row, clock: startClock(row.pathwayId) }))
    .sort((a, b) => byRank(rank(a.row, a.clock), rank(b.row, b.clock)));
  // From the clocks, not from the rows loaded so far: a late plan on a page not yet shown is named
  // too (the list is paged, issue 11).
  const overdue = [
    ...new Map(
      (clocks.data ?? [])
        .filter((c) => c.code === 'CLK-R140-START' && c.state === 'overdue')
        .map((c) => [c.pathwayId, { pathwayId: c.pathwayId, citizenName: c.citizenName }]),
    ).values(),
  ];

  return (
    <>
      <h1>{t(rehab ? 'rehab.inbox.title140' : 'rehab.inbox.title119')}</h1>
      {/* CLK-R140-START and R140-7-DAYS, p.55; XREF15 to a clarifying conversation, p.54 */}
      {rehab ? <RuleNote code="R140-7-DAYS" /> : <p className="ry-help">{t('rehab.inbox.help119')}</p>}
      {/* The banner leads to each late plan's free choice (issue 14: banners that lead to the item). */}
      {overdue.length > 0 && (
        <div className="ry-alert" data-tone="danger">
          <p className="rh-flush">{t('rehab.inbox.overdue', { n: overdue.length })}</p>
          <ul className="rh-flush">
            {overdue.map((row) => (
              <li key={row.pathwayId}>
                <Link to={`/pathway/${row.pathwayId}#${SECTION.freeChoice}`}>{row.citizenName}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="ry-card">
        <div className="rh-narrow-wide">
          <TextField
            label={t('rehab.inbox.search')}
            name="search"
            value={search}
            onChange={setSearch}
            description={t('rehab.inbox.searchHelp')}
          />
        </div>
        <ListStatus query={pages.status} empty={t('rehab.inbox.empty')} />
        {sorted.length > 0 && (
          <table className="ry-table">
            <caption className="ry-visually-hidden">
              {t(rehab ? 'rehab.inbox.title140' : 'rehab.inbox.title119')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('rehab.inbox.citizen')}</th>
                <th scope="col">{t('rehab.inbox.targetGroup')}</th>
                <th scope="col">{t('rehab.inbox.status')}</th>
                {rehab && <th scope="col">{t('rehab.inbox.start')}</th>}
                <th scope="col">{t('rehab.inbox.latest')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map(({ row, clock }) => (
                <tr
                  key={row.pathwayId}
                  onMouseEnter={() => prefetch(row.pathwayId)}
                  onFocus={() => prefetch(row.pathwayId)}
                >
                  <CitizenCell to={`/pathway/${row.pathwayId}`} name={row.citizenName} cpr={row.citizenCpr} />
                  <td data-label={t('rehab.inbox.targetGroup')}>
                    {row.targetGroup ? term('targetGroup', row.targetGroup) : '–'}
                  </td>
                  <td data-label={t('rehab.inbox.status')}>
                    <InboxItems
                      items={row.inbox}
                      newLabel={t('rehab.inbox.new')}
                      newTone="info"
                      describe={(item) =>
                        `${item.kind ? term('referralKind', item.kind as never) : term('event', item.type as never)} · ${orgName(item.from.organisationId)} · ${date(item.at)}`
                      }
                      onMarkUnread={(seq) => marks.markUnread(row.pathwayId, seq)}
                    />
                    {row.inbox.length === 0 &&
                      t(
                        row.status === 'closed'
                          ? 'rehab.inbox.closed'
                          : clock
                            ? 'rehab.inbox.notStarted'
                            : 'rehab.inbox.ongoing',
                      )}
                  </td>
                  {rehab && (
                    <td data-label={t('rehab.inbox.start')}>{clock ? <StartClock clock={clock} /> : '–'}</td>
                  )}
                  <td data-label={t('rehab.inbox.latest')}>{date(row.lastEventAt)}</td>
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
