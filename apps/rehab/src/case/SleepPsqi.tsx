import { type PsqiAnswers, scoreQuestionnaire } from '@rygforlob/domain';
import { CommandFeedback, type PathwayHandle, PsqiForm, RuleRef, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { SECTION } from './advice-actions.ts';
import { Fold } from './Fold.tsx';
import { commandOptions, onPathway } from './model.ts';

/**
 * Better sleep (§119 offer, p.47) is followed with the Pittsburgh Sleep Quality Index (Q-PSQI):
 * the score before and after shows the course's effect. Scored by the domain as it is typed.
 */
export function SleepPsqi({ pathway }: { pathway: PathwayHandle }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const [answers, setAnswers] = useState<PsqiAnswers>({});
  const record = useMutation(
    trpc.assessment.completeQuestionnaire.mutationOptions({
      ...commandOptions(pathway),
      onSuccess: (result) => {
        pathway.applied(result);
        setAnswers({});
      },
    }),
  );
  const live = scoreQuestionnaire({ instrument: 'psqi', answers });
  const global = live.ok && live.value.instrument === 'psqi' ? live.value.score.global : null;
  const earlier = pathway.state.questionnaires.filter((q) => q.instrument === 'psqi');
  const [open] = useState(earlier.length === 0);

  return (
    <Fold section={SECTION.sleep} id="psqi-title" title={t('rehab.psqi.title')} open={open}>
      <Form
        aria-labelledby="psqi-title"
        onSubmit={(e) => {
          e.preventDefault();
          record.mutate({ ...onPathway(pathway), questionnaire: { instrument: 'psqi', answers } });
        }}
      >
        <p className="ry-help">
          {t('rehab.offer.sleep.help')} <RuleRef code="Q-PSQI" />
        </p>
        {earlier.length > 0 && (
          <ul>
            {earlier.map((q) => (
              <li key={q.seq}>
                {date(q.at)} ·{' '}
                {q.score?.instrument === 'psqi'
                  ? t('rehab.psqi.score', { global: q.score.score.global ?? '–' })
                  : '–'}
              </li>
            ))}
          </ul>
        )}
        <PsqiForm value={answers} onChange={setAnswers} />
        <p aria-live="polite">
          <strong>{global === null ? t('rehab.psqi.incomplete') : t('rehab.psqi.score', { global })}</strong>
        </p>
        <CommandFeedback command={record} />
        <Button type="submit" className="ry-button" isDisabled={record.isPending}>
          {t('rehab.psqi.save')}
        </Button>
      </Form>
    </Fold>
  );
}
