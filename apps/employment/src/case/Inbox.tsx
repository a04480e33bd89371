import type { ReferralState } from '@rygforlob/domain';
import { CommandFeedback, TextField, useDirectory, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { type CaseProps, on } from './use-case.ts';

/** Requests addressed to the jobcentre and not yet answered: the GP's LÆ 165 or contact, the citizen's own. */
export function Inbox({ pathway, me }: CaseProps) {
  const { t } = useI18n();
  const open = Object.values(pathway.state.referrals).filter(
    (r) => r.to.organisationId === me.organisationId && r.status === 'sent',
  );
  // Requests whose content is withheld (JOB-CONSENT), less those this jobcentre already answered.
  const entries = pathway.view?.entries ?? [];
  const answeredUnseen = entries.filter(
    (e) =>
      e.visibility === 'full' &&
      (e.event.type === 'referralAccepted' || e.event.type === 'referralDeclined') &&
      e.event.by.organisationId === me.organisationId &&
      !pathway.state.referrals[e.event.referralId],
  ).length;
  const withheld =
    entries.filter((e) => e.visibility === 'withheld' && e.type === 'referralSent').length - answeredUnseen;
  if (open.length === 0 && withheld === 0) return null;
  return (
    <section className="ry-card" aria-labelledby="inbox-title">
      <h2 id="inbox-title">{t('employment.inbox.title')}</h2>
      {withheld > 0 && <p className="ry-help">{t('employment.inbox.withheld', { n: withheld })}</p>}
      {open.map((referral) => (
        <Request key={referral.referralId} referral={referral} pathway={pathway} />
      ))}
    </section>
  );
}

function Request({ referral, pathway }: { referral: ReferralState; pathway: CaseProps['pathway'] }) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const { orgName } = useDirectory();
  const [reason, setReason] = useState('');
  const options = { onSuccess: pathway.applied, onError: pathway.failed };
  const accept = useMutation(trpc.referral.accept.mutationOptions(options));
  const decline = useMutation(trpc.referral.decline.mutationOptions(options));
  const from = referral.selfReferral ? term('actor', 'citizen') : orgName(referral.by.organisationId);
  return (
    <div>
      <h3>{term('referralKind', referral.kind)}</h3>
      <p className="ry-help">{t('employment.inbox.from', { from, date: date(referral.at) })}</p>
      <div className="ry-row">
        <div>
          <Button
            className="ry-button"
            isDisabled={accept.isPending}
            onPress={() => accept.mutate({ ...on(pathway), referralId: referral.referralId })}
          >
            {t('employment.inbox.accept')}
          </Button>
        </div>
        <TextField label={t('employment.inbox.reason')} name="reason" value={reason} onChange={setReason} />
        <div>
          <Button
            className="ry-button"
            data-variant="secondary"
            isDisabled={decline.isPending || !reason.trim()}
            onPress={() => decline.mutate({ ...on(pathway), referralId: referral.referralId, reason })}
          >
            {t('employment.inbox.decline')}
          </Button>
        </div>
      </div>
      <CommandFeedback command={accept} />
      <CommandFeedback command={decline} />
    </div>
  );
}
