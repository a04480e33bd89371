import { type ReferralKind, referralPermission } from '@rygforlob/domain';
import { apiProblem, type Me, RuleNote, TextArea, useI18n, useTRPC, Violations } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';

/** The kind a citizen's own contact with this profession is, when Table 3 allows it. */
const SELF_KIND: Partial<Record<string, ReferralKind>> = { physio: 'physio', chiro: 'chiro' };

/**
 * A citizen who came directly (Table 3: self-referral) joins the practice to their pathway. The
 * practice gains a relation and its own facts only, and records no consent for itself
 * (SELF-REFERRAL, CONSENT-BY, issue 8): the earlier pathway needs the citizen's consent.
 */
export function SelfReferral({ pathwayId, me, onDone }: { pathwayId: string; me: Me; onDone(): void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [reason, setReason] = useState('');
  const [info, setInfo] = useState('');
  const send = useMutation(trpc.referral.send.mutationOptions({ onSuccess: onDone }));
  const kind = SELF_KIND[me.actor];
  if (!kind || !referralPermission('citizen', kind).allowed)
    return <p className="ry-alert">{t('clinic.self.notAllowed')}</p>;
  return (
    <Form
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate({
          pathwayId,
          referralId: crypto.randomUUID(),
          kind,
          to: { actor: me.actor as 'physio' | 'chiro', organisationId: me.organisationId },
          content: { reason, clinicalInformation: info },
          selfReferral: true,
        });
      }}
    >
      <TextArea
        label={t('clinic.self.reason')}
        name="content.reason"
        value={reason}
        onChange={setReason}
        isRequired
      />
      <TextArea
        label={t('clinic.self.info')}
        name="content.clinicalInformation"
        value={info}
        onChange={setInfo}
        isRequired
      />
      <RuleNote code="SELF-REFERRAL">
        <p>{t('clinic.self.ownFactsOnly')}</p>
      </RuleNote>
      <Violations violations={apiProblem(send.error)?.violations ?? []} />
      <Button type="submit" className="ry-button" isDisabled={send.isPending}>
        {t('clinic.citizen.selfReferral')}
      </Button>
    </Form>
  );
}
