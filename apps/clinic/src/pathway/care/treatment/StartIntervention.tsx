import { type Intervention, interventionsOfferedBy, type PathwayState } from '@rygforlob/domain';
import { CommandFeedback, type Me, RadioGroup, RuleNote, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';
import { actorOf } from '../actor.ts';

/** SELF-MANAGEMENT-HUB (p.31): the plan holds self-management, or a self-management course runs. */
const selfManagementInPlace = (state: PathwayState) =>
  (state.plan?.interventions.includes('self-management') ?? false) ||
  Object.values(state.interventions).some((i) => i.intervention === 'self-management' && !i.ended);

/** The referrals this organisation has accepted: a course may answer one of them. */
const acceptedReferrals = (state: PathwayState, me: Me) =>
  Object.values(state.referrals).filter(
    (r) => r.to.organisationId === me.organisationId && r.status === 'accepted',
  );

/** Start an intervention this actor offers under Table 2 (spec §5). */
export function StartIntervention({ pathway, me, goTo }: TabProps) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const actor = actorOf(me);
  const offered = actor ? interventionsOfferedBy(actor) : [];
  const referrals = acceptedReferrals(pathway.state, me);
  const [choice, setChoice] = useState<Intervention | null>(null);
  const [referralId, setReferralId] = useState('none');
  const start = useMutation(
    trpc.plan.startIntervention.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setChoice(null);
        setReferralId('none');
      },
      onError: pathway.failed,
    }),
  );
  const role = offered.find((o) => o.intervention === choice)?.role;
  const hubMissing = choice !== null && choice !== 'self-management' && !selfManagementInPlace(pathway.state);

  if (offered.length === 0) return <p>{t('clinic.care.treat.noOffer')}</p>;
  return (
    <Form
      aria-labelledby="start-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!choice) return;
        start.mutate({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          interventionId: crypto.randomUUID(),
          intervention: choice,
          ...(referralId !== 'none' ? { referralId } : {}),
        });
      }}
    >
      <h2 id="start-title">{t('clinic.care.treat.start')}</h2>
      <RadioGroup<Intervention>
        label={t('clinic.care.treat.pick')}
        name="intervention"
        orientation="horizontal"
        isRequired
        value={choice}
        onChange={(next) => {
          setChoice(next);
          start.reset();
        }}
        options={offered.map((o) => ({
          value: o.intervention,
          label: (
            <>
              {term('intervention', o.intervention)}
              {o.role === 'special-interest' && (
                <>
                  {' '}
                  <span className="ry-badge">{t('clinic.care.plan.role.special-interest')}</span>
                </>
              )}
            </>
          ),
        }))}
      />
      {referrals.length > 0 && (
        <RadioGroup<string>
          label={t('clinic.care.treat.referral')}
          name="referralId"
          value={referralId}
          onChange={setReferralId}
          options={[
            { value: 'none', label: t('clinic.care.treat.referral.none') },
            ...referrals.map((r) => ({
              value: r.referralId,
              label: t('clinic.care.treat.referral.option', {
                kind: term('referralKind', r.kind),
                date: date(r.answeredAt ?? r.at),
              }),
            })),
          ]}
        />
      )}
      {role === 'special-interest' && <RuleNote code="INTERVENTION-PROVIDER" />}
      {hubMissing && (
        <RuleNote code="SELF-MANAGEMENT-HUB" tone="warn">
          <Button className="ry-button" data-variant="secondary" onPress={() => goTo('plan')}>
            {t('clinic.care.treat.toPlan')}
          </Button>
        </RuleNote>
      )}
      <CommandFeedback command={start} saved={t('clinic.care.treat.started')} />
      <Button type="submit" className="ry-button" isDisabled={start.isPending}>
        {t('clinic.care.treat.doStart')}
      </Button>
    </Form>
  );
}
