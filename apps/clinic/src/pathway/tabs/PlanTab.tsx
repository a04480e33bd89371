import { dayOf, type Intervention } from '@rygforlob/domain';
import { RadioGroup, RuleNote, RuleRef, TextArea, TextField, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { actorOf } from '../care/actor.ts';
import '../care/care.css';
import { CommandFeedback } from '@rygforlob/ui';
import { fromGoalDrafts, GoalsEditor, toGoalDrafts } from '../care/plan/GoalsEditor.tsx';
import { InterventionChoice } from '../care/plan/InterventionChoice.tsx';
import type { TabProps } from './props.ts';

type Approach = 'stepped' | 'stratified';

/**
 * The plan made with the citizen (spec §4): goals in their own words, the clinician's choice of
 * approach, the interventions around supported self-management, agreements and a follow-up date.
 */
export default function PlanTab({ pathway, me, goTo }: TabProps) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const { state } = pathway;
  const plan = state.plan;
  const [approach, setApproach] = useState<Approach | null>(plan?.approach ?? null);
  const [goals, setGoals] = useState(() => toGoalDrafts(plan?.goals ?? []));
  const [interventions, setInterventions] = useState<Intervention[]>(() =>
    (plan?.interventions ?? []).filter((i) => i !== 'self-management'),
  );
  const [agreements, setAgreements] = useState(plan?.selfManagementAgreements ?? '');
  const [followUpOn, setFollowUpOn] = useState(plan?.followUpOn ?? '');
  const update = useMutation(
    trpc.plan.update.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );

  const startBack = state.questionnaires
    .flatMap((q) => (q.score?.instrument === 'startback' ? [{ at: q.at, ...q.score.score }] : []))
    .at(-1);
  const overdue = followUpOn !== '' && followUpOn < dayOf(new Date().toISOString());

  return (
    <Form
      className="ry-care"
      aria-labelledby="plan-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!approach) return;
        update.mutate({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          approach,
          goals: fromGoalDrafts(goals),
          interventions: ['self-management', ...interventions],
          selfManagementAgreements: agreements,
          ...(followUpOn ? { followUpOn } : {}),
        });
      }}
    >
      <section className="ry-card">
        <h2 id="plan-title">{t('clinic.care.plan.title')}</h2>
        {plan && (
          <p className="ry-help">
            {t('clinic.care.plan.current', { date: date(plan.at), actor: term('actor', plan.by.actor) })}
          </p>
        )}
        <GoalsEditor value={goals} onChange={setGoals} />
      </section>

      <section className="ry-card">
        <RadioGroup<Approach>
          label={t('clinic.care.plan.approach')}
          name="approach"
          isRequired
          value={approach}
          onChange={setApproach}
          options={[
            { value: 'stepped', label: t('clinic.care.plan.approach.stepped') },
            { value: 'stratified', label: t('clinic.care.plan.approach.stratified') },
          ]}
        />
        <RuleNote code="PLAN-APPROACH" />
        {approach === 'stratified' && (
          <div className="ry-alert" aria-live="polite">
            {startBack ? (
              <strong>
                {t('clinic.care.plan.startback', {
                  date: date(startBack.at),
                  risk: t(`clinic.care.sb.risk.${startBack.risk}`),
                  total: startBack.total,
                  psychosocial: startBack.psychosocial,
                })}
              </strong>
            ) : (
              <div className="ry-actions">
                <span>{t('clinic.care.plan.noStartback')}</span>
                <Button className="ry-button" data-variant="secondary" onPress={() => goTo('assessment')}>
                  {t('clinic.care.plan.fillStartback')}
                </Button>
              </div>
            )}
          </div>
        )}
      </section>

      <section className="ry-card">
        <InterventionChoice actor={actorOf(me)} value={interventions} onChange={setInterventions} />
      </section>

      <section className="ry-card">
        <TextArea
          label={t('clinic.care.plan.agreements')}
          name="selfManagementAgreements"
          description={t('clinic.care.plan.agreementsHelp')}
          isRequired
          value={agreements}
          onChange={setAgreements}
        />
        <TextField
          type="date"
          label={t('clinic.care.plan.followUpOn')}
          name="followUpOn"
          description={
            <>
              {t('clinic.care.plan.followUpHelp')} <RuleRef code="PLAN-REVIEW" />
            </>
          }
          value={followUpOn}
          onChange={setFollowUpOn}
        />
        {followUpOn !== '' && (
          <RuleNote
            code="PLAN-REVIEW"
            params={{ followUpOn: date(followUpOn) }}
            tone={overdue ? 'warn' : 'info'}
          />
        )}
        <CommandFeedback command={update} />
        <Button type="submit" className="ry-button" isDisabled={update.isPending}>
          {t('clinic.care.plan.save')}
        </Button>
      </section>
    </Form>
  );
}
