import { type Actor, type ConsentState, consentWithdrawnViolations, type Viewer } from '@rygforlob/domain';
import { apiProblem, useDirectory, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';
import { RuleList } from '../RuleList.tsx';
import { Badge, useFieldLabel } from '../shared.tsx';

/**
 * The citizen's consents in the viewer's slice, active first, each with who gave it (the citizen,
 * or a professional on the citizen's behalf) and who recorded it. An active one can be withdrawn
 * (confirmed) where the domain lets this practice record the withdrawal: as the recorder of the
 * consent or as coordinator (CONSENT-BY).
 */
export function ConsentList({ pathway, me }: Pick<TabProps, 'pathway' | 'me'>) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const label = useFieldLabel('consent');
  const [confirming, setConfirming] = useState<string | null>(null);
  const withdraw = useMutation(
    trpc.consent.withdraw.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setConfirming(null);
      },
      onError: pathway.failed,
    }),
  );
  const problem = apiProblem(withdraw.error);
  const consents = Object.values(pathway.state.consents).sort(
    (a, b) => Number(a.withdrawnAt !== undefined) - Number(b.withdrawnAt !== undefined) || b.seq - a.seq,
  );

  const viewer = { userId: me.userId, actor: me.actor as Actor, organisationId: me.organisationId } as Viewer;
  const mayWithdraw = (consent: ConsentState) =>
    consentWithdrawnViolations(
      pathway.state,
      { type: 'consentWithdrawn', consentId: consent.consentId },
      viewer,
    ).length === 0;
  const action = (consent: ConsentState) => {
    if (consent.withdrawnAt) return null;
    if (!mayWithdraw(consent))
      return <span className="ry-help">{t('clinic.comm.consent.notYoursToWithdraw')}</span>;
    if (confirming !== consent.consentId)
      return (
        <Button
          className="ry-button"
          data-variant="secondary"
          onPress={() => setConfirming(consent.consentId)}
        >
          {t('clinic.comm.consent.withdraw')}
        </Button>
      );
    return (
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>
          {t('clinic.comm.consent.confirm', { recipient: orgName(consent.recipient.organisationId) })}
        </legend>
        <div className="ry-row">
          <Button
            className="ry-button"
            data-variant="danger"
            autoFocus
            isDisabled={withdraw.isPending}
            onPress={() =>
              withdraw.mutate({
                pathwayId: pathway.view?.pathwayId ?? '',
                expectedVersion: pathway.version,
                consentId: consent.consentId,
              })
            }
          >
            {t('clinic.comm.consent.confirmYes')}
          </Button>
          <Button className="ry-button" data-variant="secondary" onPress={() => setConfirming(null)}>
            {t('clinic.comm.cancel')}
          </Button>
        </div>
      </fieldset>
    );
  };

  return (
    <section aria-labelledby="consents-title">
      <h2 id="consents-title">{t('clinic.comm.consent.listTitle')}</h2>
      {problem?.code === 'CONFLICT' && (
        <p className="ry-alert" data-tone="warn" role="alert">
          {t('app.conflict')}
        </p>
      )}
      <RuleList findings={problem?.violations ?? []} tone="danger" fieldLabel={label} announce />
      {consents.length === 0 ? (
        <p>{t('clinic.comm.consent.none')}</p>
      ) : (
        <table className="ry-table">
          <thead>
            <tr>
              <th scope="col">{t('clinic.comm.consent.recipient')}</th>
              <th scope="col">{t('clinic.comm.consent.purpose')}</th>
              <th scope="col">{t('clinic.comm.consent.given')}</th>
              <th scope="col">{t('clinic.comm.consent.status')}</th>
              <th scope="col">
                <span className="ry-visually-hidden">{t('clinic.comm.consent.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {consents.map((consent) => (
              <tr key={consent.consentId}>
                <td>
                  {orgName(consent.recipient.organisationId)}
                  <div className="ry-help">{term('actor', consent.recipient.actor as Actor)}</div>
                </td>
                <td>{t(`clinic.comm.value.${consent.purpose}`)}</td>
                <td>
                  {date(consent.at)}
                  <div className="ry-help">
                    {consent.givenBy === 'citizen'
                      ? t('clinic.comm.consent.byCitizen')
                      : t('clinic.comm.consent.by', { by: orgName(consent.by.organisationId) })}
                  </div>
                </td>
                <td>
                  {consent.withdrawnAt ? (
                    <Badge tone="danger">
                      {t('clinic.comm.consent.withdrawnOn', { date: date(consent.withdrawnAt) })}
                    </Badge>
                  ) : (
                    <Badge tone="ok">{t('clinic.comm.consent.active')}</Badge>
                  )}
                </td>
                <td>{action(consent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
