import {
  type Actor,
  activeConsents,
  consentGivenViolations,
  purposeFits,
  type Viewer,
} from '@rygforlob/domain';
import { apiProblem, RadioGroup, useDirectory, useI18n, useRouter, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';
import { RuleList, useValidationErrors } from '../RuleList.tsx';
import { Select, useFieldLabel } from '../shared.tsx';

type Purpose = 'treatment' | 'employment';

const PURPOSES: Purpose[] = ['treatment', 'employment'];

/**
 * Record the citizen's consent on the citizen's behalf (CONSENT p.50; JOB-CONSENT p.43;
 * CONSENT-BY): only to organisations the domain lets this practice record it for (as coordinator,
 * or as a referral's sender for its addressee), never to itself, and only for purposes that fit
 * the recipient (CONSENT-PURPOSE). The server judges again.
 */
export function ConsentForm({ pathway, me }: Pick<TabProps, 'pathway' | 'me'>) {
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
  const viewer = { userId: me.userId, actor: me.actor as Actor, organisationId: me.organisationId } as Viewer;
  /** The purposes this practice may record for the organisation, per the domain. */
  const allowedPurposes = (o: { id: string; actor: Actor }) =>
    PURPOSES.filter(
      (p) =>
        purposeFits(p, o.actor) &&
        consentGivenViolations(
          pathway.state,
          { recipient: { actor: o.actor, organisationId: o.id }, purpose: p },
          viewer,
        ).length === 0,
    );
  const candidates = organisations.filter(
    (o) => allowedPurposes(o as { id: string; actor: Actor }).length > 0,
  );
  const org = candidates.find((o) => o.id === recipient);
  const purposes = org ? allowedPurposes(org as { id: string; actor: Actor }) : PURPOSES;
  const purpose: Purpose =
    chosenPurpose && purposes.includes(chosenPurpose) ? chosenPurpose : (purposes[0] ?? 'treatment');
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
  const actors = [...new Set(candidates.map((o) => o.actor))].filter((a) => a !== 'citizen');

  if (candidates.length === 0) {
    return (
      <section className="ry-card" aria-labelledby="consent-new-title">
        <h2 id="consent-new-title">{t('clinic.comm.consent.newTitle')}</h2>
        <p>{t('clinic.comm.consent.notYours')}</p>
      </section>
    );
  }

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
      <p className="ry-help">{t('clinic.comm.consent.onBehalf')}</p>
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
            {candidates
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
        options={purposes.map((p) => ({ value: p, label: t(`clinic.comm.value.${p}`) }))}
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
