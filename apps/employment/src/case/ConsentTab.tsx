import { activeConsents } from '@rygforlob/domain';
import { Checkbox, CommandFeedback, RuleNote, RuleRef, useDirectory, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { type CaseProps, on } from './use-case.ts';

/**
 * The citizen's consent to share health information with this jobcentre (JOB-CONSENT p.43):
 * record it when the citizen gives it; withdrawal hides the information again at once.
 */
export function ConsentTab({ pathway, me }: CaseProps) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const [confirmed, setConfirmed] = useState(false);
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const give = useMutation(
    trpc.consent.give.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setConfirmed(false);
      },
      onError: pathway.failed,
    }),
  );
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
      {mine.length > 0 && (
        <ul>
          {mine.map((consent) => (
            <li key={consent.consentId}>
              {t('employment.consent.given', {
                date: date(consent.at),
                by: orgName(consent.by.organisationId),
              })}{' '}
              {open && withdrawing !== consent.consentId && (
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
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            give.mutate({
              ...on(pathway),
              consentId: crypto.randomUUID(),
              recipient: { actor: 'jobcentre', organisationId: me.organisationId },
              purpose: 'employment',
            });
          }}
        >
          <Checkbox name="consent" isSelected={confirmed} onChange={setConfirmed} isRequired>
            {t('employment.consent.confirmGiven', { org })}
          </Checkbox>
          <Button type="submit" className="ry-button" isDisabled={give.isPending || !confirmed}>
            {t('employment.consent.record')}
          </Button>
          <CommandFeedback command={give} saved={t('employment.saved')} />
        </Form>
      )}
    </section>
  );
}
