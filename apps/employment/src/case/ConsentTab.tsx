import { activeConsents, consentWithdrawnViolations, type Viewer } from '@rygforlob/domain';
import { CommandFeedback, RuleNote, RuleRef, useDirectory, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { type CaseProps, on } from './use-case.ts';

/**
 * The citizen's consent to share with this jobcentre (JOB-CONSENT p.43, CONSENT-BY): the citizen
 * gives it on Min side, through the GP, or by signing the jobcentre's LÆ 285 request (the one
 * consent the jobcentre records itself, and its purpose shows it nothing clinical). The jobcentre
 * never records a consent for itself here. A consent it recorded can be withdrawn here; withdrawal
 * hides the information again at once.
 */
export function ConsentTab({ pathway, me, goTo }: CaseProps) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const withdraw = useMutation(
    trpc.consent.withdraw.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setWithdrawing(null);
      },
      onError: pathway.failed,
    }),
  );
  const view = pathway.view;
  if (!view) return null;
  const open = view.status === 'open';
  const mine = activeConsents(pathway.state, me.organisationId);
  const org = me.organisationName;
  const viewer = { userId: 'caseworker', actor: 'jobcentre', organisationId: me.organisationId } as Viewer;
  const mayWithdraw = (consentId: string) =>
    consentWithdrawnViolations(pathway.state, { type: 'consentWithdrawn', consentId }, viewer).length === 0;

  return (
    <section className="ry-card" aria-labelledby="consent-title">
      <h2 id="consent-title">{t('employment.consent.title')}</h2>
      {view.consented ? (
        <p className="ry-alert" data-tone="ok" role="status">
          {t('employment.consent.active', { org })} <RuleRef code="JOB-CONSENT" />
        </p>
      ) : (
        <RuleNote code="JOB-CONSENT" tone="warn">
          <p role="status">{t('employment.consent.none')}</p>
        </RuleNote>
      )}
      <RuleNote code="CONSENT-BY">
        <p>{t('employment.consent.howGiven')}</p>
      </RuleNote>
      {mine.length > 0 && (
        <ul>
          {mine.map((consent) => (
            <li key={consent.consentId}>
              {consent.givenBy === 'citizen'
                ? t('employment.consent.givenByCitizen', { date: date(consent.at) })
                : t('employment.consent.given', {
                    date: date(consent.at),
                    by: orgName(consent.by.organisationId),
                  })}{' '}
              {mayWithdraw(consent.consentId) && withdrawing !== consent.consentId && (
                <Button
                  className="ry-button"
                  data-variant="secondary"
                  onPress={() => setWithdrawing(consent.consentId)}
                >
                  {t('employment.consent.withdraw')}
                </Button>
              )}
              {withdrawing === consent.consentId && (
                <fieldset className="ry-confirm">
                  <legend>{t('employment.consent.confirmWithdraw')}</legend>
                  <div className="ry-row">
                    <Button
                      className="ry-button"
                      data-variant="danger"
                      autoFocus
                      isDisabled={withdraw.isPending}
                      onPress={() => withdraw.mutate({ ...on(pathway), consentId: consent.consentId })}
                    >
                      {t('employment.consent.yes')}
                    </Button>
                    <Button
                      className="ry-button"
                      data-variant="secondary"
                      onPress={() => setWithdrawing(null)}
                    >
                      {t('employment.consent.cancel')}
                    </Button>
                  </div>
                </fieldset>
              )}
            </li>
          ))}
        </ul>
      )}
      <CommandFeedback command={withdraw} saved={t('employment.consent.withdrawn')} />
      {open && !view.consented && (
        <Button className="ry-button" onPress={() => goTo('certificates')}>
          {t('employment.health.requestWithConsent')}
        </Button>
      )}
    </section>
  );
}
