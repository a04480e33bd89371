import { Link, useI18n, useRouter } from '@rygforlob/ui';
import type { ReactNode } from 'react';
import type { Mine } from '../use-mine.ts';

/**
 * The frame of every screen about the citizen's pathway: loading, failure and "no pathway" said
 * plainly, and a choice when the citizen has more than one pathway.
 */
export function MineFrame({ mine, title, children }: { mine: Mine; title: string; children: ReactNode }) {
  const { t, date } = useI18n();
  const { path } = useRouter();
  let body: ReactNode = children;
  if (mine.loading) body = <p role="status">{t('app.loading')}</p>;
  else if (mine.failed)
    body = (
      <p className="ry-alert" data-tone="danger">
        {t('app.error')}
      </p>
    );
  else if (!mine.view) body = <p>{t('minside.noPathway')}</p>;
  return (
    <>
      <h1>{title}</h1>
      {mine.pathways.length > 1 && (
        <nav aria-label={t('minside.pathway.choose')} className="ms-pathways ry-noprint">
          <ul>
            {mine.pathways.map((p) => (
              <li key={p.pathwayId}>
                <Link to={`${path}?forloeb=${p.pathwayId}`}>
                  {t('minside.pathway.option', { date: date(p.openedAt ?? '') })}{' '}
                  {p.status === 'closed' ? t('minside.pathway.closed') : ''}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {body}
    </>
  );
}
