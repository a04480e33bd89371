import { type Actor, activeConsents } from '@rygforlob/domain';
import { apiProblem, RadioGroup, useDirectory, useI18n, useRouter, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';
import { RuleList, useValidationErrors } from '../RuleList.tsx';
import { Select, useFieldLabel } from '../shared.tsx';

type Purpose = 'treatment' | 'employment';

/** Record the citizen's consent to share with one organisation (CONSENT p.50; JOB-CONSENT p.43). */
export function ConsentForm({ pathway }: Pick<TabProps, 'pathway'>) {
  const { t, term } = useI18n();
  const trpc = useTRPC();
  const router = useRouter();
  const { organisations, orgName } = useDirectory();
  const label = useFieldLabel('consent');
  const queryRecipient = router.query.get('recipient') ?? '';
  const [recipient, setRecipient] = useState(queryRecipient);
  const [seenQuery, setSeenQuery] = useState(queryRecipient);
  if (queryRecipient !== seenQuery) {
    setSeenQuery(queryRecipient);
    if (queryRecipient) setRecipient(queryRecipient);
  }
  const [chosenPurpose, setPurpose] = useState<Purpose | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const org = organisations.find((o) => o.id === recipient);
  const purpose: Purpose = chosenPurpose ?? (org?.actor === 'jobcentre' ? 'employment' : 'treatment');
  const already = recipient
    ? activeConsents(pathway.state, recipient).some((c) => c.purpose === purpose)
    : false;
  const give = useMutation(
    trpc.consent.give.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setDone(recipient);
        setRecipient('');
        setPurpose(null);
      },
      onError: pathway.failed,
    }),
  );
  const problem = apiProblem(give.error);
  const errors = useValidationErrors()(problem?.violations ?? []);
  const actors = [...new Set(organisations.map((o) => o.actor))].filter((a) => a !== 'citizen');

  return (
    <Form
      className="ry-card"
      validationErrors={errors}
      onSubmit={(e) => {
        e.preventDefault();
        if (!org) return;
        setDone(null);
        give.mutate({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          consentId: crypto.randomUUID(),
          recipient: { actor: org.actor, organisationId: org.id },
          purpose,
        });
      }}
    >
      <h2>{t('clinic.comm.consent.newTitle')}</h2>
      <Select
        label={t('clinic.comm.consent.recipient')}
        name="recipient.organisationId"
        value={recipient}
        onChange={(id) => {
          setRecipient(id);
          setPurpose(null);
          setDone(null);
        }}
        isRequired
        error={errors['recipient.organisationId']}
      >
        <option value="">{t('clinic.comm.choose')}</option>
        {actors.map((actor) => (
          <optgroup key={actor} label={term('actor', actor as Actor)}>
            {organisations
              .filter((o) => o.actor === actor)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
          </optgroup>
        ))}
      </Select>
      <RadioGroup<Purpose>
        label={t('clinic.comm.consent.purpose')}
        name="purpose"
        orientation="horizontal"
        value={purpose}
        onChange={setPurpose}
        options={[
          { value: 'treatment', label: t('clinic.comm.value.treatment') },
          { value: 'employment', label: t('clinic.comm.value.employment') },
        ]}
        description={t('clinic.comm.consent.purposeHelp')}
      />
      {already && (
        <p className="ry-help">{t('clinic.comm.consent.already', { recipient: orgName(recipient) })}</p>
      )}
      {problem?.code === 'CONFLICT' && (
        <p className="ry-alert" data-tone="warn" role="alert">
          {t('app.conflict')}
        </p>
      )}
      <RuleList findings={problem?.violations ?? []} tone="danger" fieldLabel={label} announce />
      <Button type="submit" className="ry-button" isDisabled={give.isPending || !org}>
        {t('clinic.comm.consent.record')}
      </Button>
      {done && (
        <p className="ry-alert" data-tone="ok" role="status">
          {t('clinic.comm.consent.recorded', { recipient: orgName(done) })}
        </p>
      )}
    </Form>
  );
}
