import { ACTORS, type Actor } from '@rygforlob/domain';
import { Checkbox, MESSAGES, type MessageKey, useDirectory, useI18n, useTRPC } from '@rygforlob/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { TabProps } from './props.ts';

const isActor = (actor: string | null): actor is Actor =>
  (ACTORS as readonly (string | null)[]).includes(actor);

/**
 * The citizen's access log for their coordinating GP (issue 3: every read and write of a citizen's
 * data is audit-logged and can be listed by the GP), newest first, refused attempts marked.
 */
export default function AccessLogTab({ pathway }: TabProps) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const [deniedOnly, setDeniedOnly] = useState(false);
  const citizenId = pathway.view?.citizen.id ?? '';
  const log = useQuery({ ...trpc.audit.forCitizen.queryOptions({ citizenId }), enabled: citizenId !== '' });

  if (log.isPending) return <p>{t('app.loading')}</p>;
  if (log.isError) {
    return (
      <p className="ry-alert" data-tone="warn" role="alert">
        {t('access.onlyCoordinator')}
      </p>
    );
  }
  const rows = [...log.data].reverse().filter((row) => !deniedOnly || row.outcome === 'denied');
  const action = (code: string) => {
    const key = `access.action.${code}`;
    return key in MESSAGES ? t(key as MessageKey) : code;
  };
  const time = (iso: string) =>
    `${date(iso)} ${new Date(iso).toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit' })}`;

  return (
    <section className="ry-card" aria-labelledby="access-title">
      <h2 id="access-title">{t('access.title')}</h2>
      <p>{t('access.intro')}</p>
      <Checkbox isSelected={deniedOnly} onChange={setDeniedOnly}>
        {t('access.filter.denied')}
      </Checkbox>
      <p aria-live="polite">{t('access.count', { count: rows.length })}</p>
      <table className="ry-table">
        <thead>
          <tr>
            <th scope="col">{t('access.when')}</th>
            <th scope="col">{t('access.who')}</th>
            <th scope="col">{t('access.what')}</th>
            <th scope="col">{t('access.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.at}-${i}`} data-outcome={row.outcome}>
              <td data-label={t('access.when')}>{time(row.at)}</td>
              <td data-label={t('access.who')}>
                {/* The citizen in Min side has no organisation, only the role (citizen:<id> is an id). */}
                {row.actor === 'citizen'
                  ? term('actor', 'citizen')
                  : row.organisationId
                    ? orgName(row.organisationId)
                    : '–'}
                {isActor(row.actor) && row.actor !== 'citizen' && (
                  <small> · {term('actor', row.actor)}</small>
                )}
              </td>
              <td data-label={t('access.what')}>{action(row.action)}</td>
              <td data-label={t('access.outcome')}>
                <span className="ry-badge" data-tone={row.outcome === 'denied' ? 'danger' : undefined}>
                  {t(row.outcome === 'denied' ? 'access.outcome.denied' : 'access.outcome.ok')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
