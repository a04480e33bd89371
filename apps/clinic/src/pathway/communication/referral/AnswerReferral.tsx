import type { ReferralState } from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';
import { apiProblem, RuleNote, TextArea, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { RuleList } from '../RuleList.tsx';
import { useFieldLabel } from '../shared.tsx';

/** Accept, or decline with a reason, a referral addressed to the viewer's organisation. */
export function AnswerReferral({ referral, pathway }: { referral: ReferralState; pathway: PathwayHandle }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const label = useFieldLabel();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const options = { onSuccess: pathway.applied, onError: pathway.failed };
  const accept = useMutation(trpc.referral.accept.mutationOptions(options));
  const decline = useMutation(trpc.referral.decline.mutationOptions(options));
  const base = {
    pathwayId: pathway.view?.pathwayId ?? '',
    expectedVersion: pathway.version,
    referralId: referral.referralId,
  };
  const problem = apiProblem(accept.error ?? decline.error);
  const busy = accept.isPending || decline.isPending;

  return (
    <div>
      {problem?.code === 'CONFLICT' && (
        <p className="ry-alert" data-tone="warn" role="alert">
          {t('app.conflict')}
        </p>
      )}
      <RuleList findings={problem?.violations ?? []} tone="danger" fieldLabel={label} announce />
      {declining ? (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            decline.mutate({ ...base, reason });
          }}
        >
          <TextArea
            label={t('clinic.comm.referrals.declineReason')}
            name="reason"
            value={reason}
            onChange={setReason}
            isRequired
          />
          <div className="ry-row">
            <Button type="submit" className="ry-button" data-variant="danger" isDisabled={busy}>
              {t('clinic.comm.referrals.decline')}
            </Button>
            <Button className="ry-button" data-variant="secondary" onPress={() => setDeclining(false)}>
              {t('clinic.comm.cancel')}
            </Button>
          </div>
        </Form>
      ) : (
        <div className="ry-row">
          <Button className="ry-button" isDisabled={busy} onPress={() => accept.mutate(base)}>
            {t('clinic.comm.referrals.accept')}
          </Button>
          {referral.kind !== 'rehab-140' && (
            <Button
              className="ry-button"
              data-variant="secondary"
              isDisabled={busy}
              onPress={() => setDeclining(true)}
            >
              {t('clinic.comm.referrals.decline')}
            </Button>
          )}
        </div>
      )}
      {referral.kind === 'rehab-140' && <RuleNote code="R140-BINDING" />}
    </div>
  );
}
