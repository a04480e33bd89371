import { useI18n } from '../i18n/react.tsx';

/** Above a list from the API: loading, a failure, or that the list is empty (in the screen's words). */
export function ListStatus({
  query,
  empty,
}: {
  query: { isPending: boolean; isError: boolean; data?: readonly unknown[] | undefined };
  empty: string;
}) {
  const { t } = useI18n();
  if (query.isPending) return <p>{t('app.loading')}</p>;
  if (query.isError) return <p className="ry-error">{t('app.error')}</p>;
  if (query.data?.length === 0) return <p>{empty}</p>;
  return null;
}
