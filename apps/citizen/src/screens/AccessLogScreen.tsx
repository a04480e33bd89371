import { orgWithActor, useI18n, useTRPC } from '@rygforlob/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';

type Who = 'all' | 'others' | 'self';
type Kind = 'all' | 'read' | 'write' | 'list' | 'sign-in';
const WHO: Who[] = ['all', 'others', 'self'];
const KINDS: Kind[] = ['all', 'read', 'write', 'list', 'sign-in'];

/** "Hvem har set mine oplysninger": the citizen's own access log, newest first, filterable. */
export default function AccessLogScreen() {
  const { t, term, lang } = useI18n();
  const trpc = useTRPC();
  const [who, setWho] = useState<Who>('all');
  const [kind, setKind] = useState<Kind>('all');
  // A page at a time, newest first; "Vis ældre" fetches the next (issue 9: nothing falls out of view).
  const log = useInfiniteQuery(
    trpc.me.accessLog.infiniteQueryOptions(
      { who, kind },
      { getNextPageParam: (page) => page.older ?? undefined },
    ),
  );
  const entries = log.data?.pages.flatMap((page) => page.entries) ?? [];
  const organisations = log.data?.pages.flatMap((page) => page.organisations) ?? [];
  const when = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Europe/Copenhagen',
  });
  // A page load reads several things at once: the same who, what and why in the same minute is one line.
  const lines: { entry: (typeof entries)[number]; times: number }[] = [];
  for (const entry of entries) {
    const last = lines.at(-1);
    const same =
      last &&
      last.entry.who === entry.who &&
      last.entry.organisationId === entry.organisationId &&
      last.entry.kind === entry.kind &&
      last.entry.outcome === entry.outcome &&
      last.entry.reason === entry.reason &&
      last.entry.at.slice(0, 16) === entry.at.slice(0, 16);
    if (same) last.times += 1;
    else lines.push({ entry, times: 1 });
  }
  const orgName = (id: string | null) =>
    (id && organisations.find((o) => o.id === id)?.name) ?? t('minside.log.unknown');
  return (
    <>
      <h1>{t('minside.log.title')}</h1>
      <p>{t('minside.log.intro')}</p>
      <div className="ms-filters">
        <label className="ms-select">
          <span>{t('minside.log.filter.who')}</span>
          <select value={who} onChange={(e) => setWho(e.target.value as Who)}>
            {WHO.map((w) => (
              <option key={w} value={w}>
                {t(`minside.log.filter.who.${w}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="ms-select">
          <span>{t('minside.log.filter.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`minside.log.filter.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {log.isPending && <p role="status">{t('app.loading')}</p>}
      {log.isError && (
        <p className="ry-alert" data-tone="danger">
          {t('app.error')}
        </p>
      )}
      {log.data && entries.length === 0 && <p>{t('minside.log.empty')}</p>}
      <ol className="ms-log" aria-live="polite">
        {lines.map(({ entry: e, times }) => (
          <li key={e.id} className="ms-log__entry">
            <time dateTime={e.at}>{when.format(new Date(e.at))}</time>
            <p>
              <strong>
                {e.who === 'self'
                  ? t('minside.log.you')
                  : orgWithActor(
                      orgName(e.organisationId),
                      e.actor && e.actor !== 'citizen' ? term('actor', e.actor as 'gp') : undefined,
                    )}
              </strong>{' '}
              {t(`minside.log.kind.${e.kind}`)} {e.outcome !== 'ok' && t('minside.log.denied')}
              {times > 1 && ` ${t('minside.log.times', { n: times })}`}
            </p>
            {e.reason && (
              <p className="ms-muted">
                {t('minside.log.why')}: {t(`minside.log.reason.${e.reason}`)}
              </p>
            )}
          </li>
        ))}
      </ol>
      {log.hasNextPage && (
        <button
          type="button"
          className="ry-button"
          disabled={log.isFetchingNextPage}
          onClick={() => log.fetchNextPage()}
        >
          {log.isFetchingNextPage ? t('app.loading') : t('minside.log.older')}
        </button>
      )}
    </>
  );
}
