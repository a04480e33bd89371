import { type ConsentState, citizenConsents, coordinatorOf } from '@rygforlob/domain';
import { apiProblem, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { type Mine, useMine } from '../use-mine.ts';
import { ConsentScopeText } from './ConsentScope.tsx';
import { MineFrame } from './Mine.tsx';

/**
 * "Hvem må se mine oplysninger": every consent (to whom, for what, who recorded it, since when),
 * withdraw any, give one to an organisation of the pathway; what the recipient will and will not
 * see said plainly. The effect is at once: the server appends the citizen's own fact.
 */
export default function ConsentsScreen() {
  const { t } = useI18n();
  const mine = useMine();
  const [notice, setNotice] = useState<string | null>(null);
  const consents = mine.view ? citizenConsents({ entries: mine.view.entries, state: mine.state }) : [];
  const active = consents.filter((c) => c.withdrawnAt === undefined);
  const earlier = consents.filter((c) => c.withdrawnAt !== undefined);
  return (
    <MineFrame mine={mine} title={t('minside.consent.title')}>
      <p>{t('minside.consent.intro')}</p>
      {notice && (
        <p className="ry-alert" data-tone="ok" role="status">
          {notice}
        </p>
      )}
      <h2>{t('minside.consent.active')}</h2>
      {active.length === 0 && <p>{t('minside.consent.none')}</p>}
      <ul className="ms-cards">
        {active.map((c) => (
          <ConsentCard key={c.consentId} consent={c} mine={mine} onDone={setNotice} />
        ))}
      </ul>
      {mine.pathwayId && <GiveConsent mine={mine} pathwayId={mine.pathwayId} onDone={setNotice} />}
      {earlier.length > 0 && (
        <>
          <h2>{t('minside.consent.withdrawn')}</h2>
          <ul className="ms-cards">
            {earlier.map((c) => (
              <ConsentCard key={c.consentId} consent={c} mine={mine} onDone={setNotice} />
            ))}
          </ul>
        </>
      )}
    </MineFrame>
  );
}

/** After the citizen's change: show the returned slice at once, and ask again whom they can consent to. */
function useAfterChange() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return (view: NonNullable<Mine['view']>) => {
    queryClient.setQueryData(trpc.me.pathway.queryKey({ pathwayId: view.pathwayId }), view);
    void queryClient.invalidateQueries({ queryKey: trpc.me.consentChoices.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.me.accessLog.queryKey() });
  };
}

function ConsentCard({
  consent,
  mine,
  onDone,
}: {
  consent: ConsentState;
  mine: Mine;
  onDone: (notice: string) => void;
}) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const applied = useAfterChange();
  const [confirming, setConfirming] = useState(false);
  // Keyboard users land on the question's answer, and back on the button if they cancel.
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);
  const org = mine.orgName(consent.recipient.organisationId);
  const withdraw = useMutation(
    trpc.me.withdrawConsent.mutationOptions({
      onSuccess: (view) => {
        applied(view);
        onDone(t('minside.consent.withdrawnNow', { org }));
      },
    }),
  );
  const headingId = `consent-${consent.consentId}`;
  return (
    <li className="ry-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{org}</h3>
        <p>
          <strong>{t(`minside.consent.purpose.${consent.purpose}`)}</strong>
          {' · '}
          {consent.withdrawnAt
            ? t('minside.consent.withdrawnOn', { date: date(consent.withdrawnAt) })
            : t('minside.consent.since', { date: date(consent.at) })}
          {' · '}
          {consent.givenBy === 'citizen'
            ? t('minside.consent.byYou')
            : t('minside.consent.recordedBy', { org: mine.orgName(consent.by.organisationId) })}
        </p>
        {!consent.withdrawnAt && (
          <ConsentScopeText
            coordinator={!!mine.state && coordinatorOf(mine.state) === consent.recipient.organisationId}
            purpose={consent.purpose}
            closed={mine.state?.status === 'closed'}
          />
        )}
        {!consent.withdrawnAt && !confirming && (
          <button
            type="button"
            className="ry-button"
            data-variant="secondary"
            onClick={() => setConfirming(true)}
          >
            {t('minside.consent.withdraw')}
          </button>
        )}
        {confirming && mine.view && (
          <div className="ms-confirm">
            <p>{t('minside.consent.withdraw.confirm', { org })}</p>
            <button
              ref={yes}
              type="button"
              className="ry-button"
              data-variant="danger"
              disabled={withdraw.isPending}
              onClick={() =>
                withdraw.mutate({
                  pathwayId: mine.view?.pathwayId ?? '',
                  expectedVersion: mine.view?.version,
                  consentId: consent.consentId,
                })
              }
            >
              {t('minside.consent.withdraw.yes')}
            </button>{' '}
            <button
              type="button"
              className="ry-button"
              data-variant="secondary"
              onClick={() => setConfirming(false)}
            >
              {t('minside.consent.cancel')}
            </button>
          </div>
        )}
        {withdraw.isError && (
          <p className="ry-alert" data-tone="danger" role="alert">
            {apiProblem(withdraw.error)?.code === 'CONFLICT'
              ? t('app.conflict')
              : t('minside.consent.refused')}
          </p>
        )}
      </article>
    </li>
  );
}

function GiveConsent({
  mine,
  pathwayId,
  onDone,
}: {
  mine: Mine;
  pathwayId: string;
  onDone: (notice: string) => void;
}) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const applied = useAfterChange();
  const choices = useQuery(trpc.me.consentChoices.queryOptions({ pathwayId }));
  const [chosen, setChosen] = useState('');
  const give = useMutation(
    trpc.me.giveConsent.mutationOptions({
      onSuccess: (view, input) => {
        applied(view);
        setChosen('');
        onDone(t('minside.consent.given', { org: mine.orgName(input.recipientOrganisationId) }));
      },
    }),
  );
  const options = choices.data ?? [];
  const choice = options.find((c) => c.organisation.id === chosen) ?? options[0];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    give.mutate({
      pathwayId,
      expectedVersion: mine.view?.version,
      consentId: `citizen-${choice.organisation.id}-${mine.view?.version ?? 0}`,
      recipientOrganisationId: choice.organisation.id,
      purpose: choice.purpose,
    });
  };
  return (
    <section className="ry-card ry-noprint" aria-labelledby="give-consent">
      <h2 id="give-consent">{t('minside.consent.give')}</h2>
      <p>{t('minside.consent.give.help')}</p>
      {choices.data && options.length === 0 ? (
        <p>{t('minside.consent.give.none')}</p>
      ) : (
        <form onSubmit={submit}>
          <label className="ms-select">
            <span>{t('minside.consent.give.org')}</span>
            <select value={choice?.organisation.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
              {options.map((c) => (
                <option key={c.organisation.id} value={c.organisation.id}>
                  {c.organisation.name}
                </option>
              ))}
            </select>
          </label>
          {choice && (
            <ConsentScopeText
              coordinator={!!mine.state && coordinatorOf(mine.state) === choice.organisation.id}
              purpose={choice.purpose}
              closed={mine.state?.status === 'closed'}
            />
          )}
          <button type="submit" className="ry-button" disabled={!choice || give.isPending}>
            {t('minside.consent.give')}
          </button>
          {give.isError && (
            <p className="ry-alert" data-tone="danger" role="alert">
              {t('minside.consent.refused')}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
