import { useI18n } from '../i18n/react.tsx';
import { apiProblem } from '../trpc.tsx';
import type { PathwayHandle } from '../use-pathway.ts';

/**
 * What a pathway screen shows until its pathway is there: loading, or why not (no such pathway
 * and no access read the same, NOT_FOUND), or null once the view is loaded.
 */
export function PathwayUnavailable({ pathway }: { pathway: PathwayHandle }) {
  const { t } = useI18n();
  if (pathway.query.isPending) return <p>{t('app.loading')}</p>;
  if (pathway.query.isError || !pathway.view) {
    return (
      <p className="ry-alert" data-tone="warn" role="alert">
        {apiProblem(pathway.query.error)?.code === 'NOT_FOUND' ? t('app.notFound') : t('app.error')}
      </p>
    );
  }
  return null;
}
