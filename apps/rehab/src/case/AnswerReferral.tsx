import { CommandFeedback, RuleNote, TextArea, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { SECTION } from './advice-actions.ts';
import { type CaseProps, commandOptions, onPathway } from './model.ts';

/**
 * Accept the referral, or decline it with a reason. A rehabilitation plan is a medical referral
 * the municipality cannot set aside (R140-BINDING, p.55): it can only be accepted.
 */
export function AnswerReferral({ pathway, referral }: CaseProps) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const accept = useMutation(trpc.referral.accept.mutationOptions(commandOptions(pathway)));
  const decline = useMutation(trpc.referral.decline.mutationOptions(commandOptions(pathway)));
  const binding = referral.kind === 'rehab-140';
  return (
    <section id={SECTION.answer} className="ry-card" aria-labelledby="answer-title">
      <h2 id="answer-title">{t('rehab.answer.title')}</h2>
      {binding ? <RuleNote code="R140-BINDING" /> : <p className="ry-help">{t('rehab.answer.help119')}</p>}
      <div className="ry-row">
        <Button
          className="ry-button"
          data-advice-focus
          isDisabled={accept.isPending}
          onPress={() => accept.mutate({ ...onPathway(pathway), referralId: referral.referralId })}
        >
          {t(binding ? 'rehab.answer.accept140' : 'rehab.answer.accept119')}
        </Button>
        {!binding && !declining && (
          <Button className="ry-button" data-variant="secondary" onPress={() => setDeclining(true)}>
            {t('rehab.answer.decline')}
          </Button>
        )}
      </div>
      <CommandFeedback command={accept} />
      {declining && (
        <Form
          onSubmit={(e) => {
            e.preventDefault();
            decline.mutate({ ...onPathway(pathway), referralId: referral.referralId, reason });
          }}
        >
          <TextArea
            label={t('rehab.answer.reason')}
            name="reason"
            value={reason}
            onChange={setReason}
            description={t('rehab.answer.reasonHelp')}
            isRequired
          />
          <CommandFeedback command={decline} />
          <Button type="submit" className="ry-button" data-variant="danger" isDisabled={decline.isPending}>
            {t('rehab.answer.declineSubmit')}
          </Button>
        </Form>
      )}
    </section>
  );
}
