import {
  type PsqiScore,
  QUESTIONNAIRE_INSTRUMENTS,
  type QuestionnaireInstrument,
  scoreQuestionnaire,
} from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';
import { CommandFeedback, PsqiForm, RadioGroup, RuleRef, useI18n, useTRPC, Violations } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { type Drafts, EMPTY_DRAFTS, toInput, useScoreText } from './drafts.ts';
import { OdiForm } from './OdiForm.tsx';
import { RequestAtHome } from './RequestAtHome.tsx';
import { RmdqForm } from './RmdqForm.tsx';
import { StartBackForm } from './StartBackForm.tsx';

const RULE: Record<QuestionnaireInstrument, string> = {
  startback: 'Q-STARTBACK',
  rmdq: 'Q-RMDQ',
  odi: 'Q-ODI',
  psqi: 'Q-PSQI',
};

/**
 * The program's questionnaires (spec §3.4), one at a time. The score is the domain's own scoring,
 * computed as the citizen answers; the server scores the same answers again when saved.
 */
export function QuestionnairePanel({ pathway }: { pathway: PathwayHandle }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const scoreText = useScoreText();
  const [instrument, setInstrument] = useState<QuestionnaireInstrument>('startback');
  const [drafts, setDrafts] = useState<Drafts>(EMPTY_DRAFTS);
  const complete = useMutation(
    trpc.assessment.completeQuestionnaire.mutationOptions({
      onSuccess: (result, input) => {
        pathway.applied(result);
        const done = input.questionnaire.instrument;
        setDrafts((current) => ({ ...current, [done]: EMPTY_DRAFTS[done] }));
      },
      onError: pathway.failed,
    }),
  );
  const input = toInput(instrument, drafts);
  const live = scoreQuestionnaire(input);
  // What was just saved stays in view (issue 14) until the clinician starts on a new one.
  const savedInput = complete.isSuccess ? complete.variables?.questionnaire : undefined;
  const savedScore =
    savedInput?.instrument === instrument &&
    JSON.stringify(drafts[instrument]) === JSON.stringify(EMPTY_DRAFTS[instrument])
      ? scoreQuestionnaire(savedInput)
      : null;
  const shown = savedScore?.ok ? savedScore : live;
  const latest = pathway.state.questionnaires.filter((q) => q.instrument === instrument && q.score).at(-1);
  const set =
    <I extends QuestionnaireInstrument>(key: I) =>
    (next: Drafts[I]) =>
      setDrafts((current) => ({ ...current, [key]: next }));
  const missingStartBack = live.ok
    ? 0
    : live.violations.filter((v) => v.rule === 'Q-STARTBACK' && v.params?.reason === 'missing').length;
  const noOdiSections = !live.ok && live.violations.some((v) => v.params?.reason === 'no-sections-answered');

  return (
    <Form
      aria-labelledby="q-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (!live.ok) return;
        complete.mutate({
          pathwayId: pathway.view?.pathwayId ?? '',
          expectedVersion: pathway.version,
          questionnaire: input,
        });
      }}
    >
      <h2 id="q-title">{t('clinic.care.q.title')}</h2>
      <RadioGroup<QuestionnaireInstrument>
        label={t('clinic.care.q.pick')}
        name="questionnaire.instrument"
        orientation="horizontal"
        value={instrument}
        onChange={(next) => {
          setInstrument(next);
          complete.reset();
        }}
        options={QUESTIONNAIRE_INSTRUMENTS.map((i) => ({ value: i, label: t(`clinic.care.q.${i}`) }))}
      />
      <div className="ry-card">
        <p>
          <strong>{t(`clinic.care.q.${instrument}`)}</strong> <RuleRef code={RULE[instrument]} />
          {latest?.score?.instrument === 'startback' ? (
            // A saved STarT Back shows its risk in the risk colours, not as small grey text (issue 14).
            <span data-saved-risk>
              {' · '}
              <span className="ry-help">{t('clinic.care.q.latestOn', { date: date(latest.at) })}</span>{' '}
              <span className="ry-risk" data-risk={latest.score.score.risk}>
                {t(`clinic.care.sb.risk.${latest.score.score.risk}`)}
              </span>{' '}
              {t('clinic.care.sb.points', {
                total: latest.score.score.total,
                psychosocial: latest.score.score.psychosocial,
              })}
            </span>
          ) : (
            latest?.score && (
              <span className="ry-help">
                {' · '}
                {t('clinic.care.q.latest', { date: date(latest.at), score: scoreText(latest.score) })}
              </span>
            )
          )}
        </p>
        {instrument === 'startback' && <StartBackForm value={drafts.startback} onChange={set('startback')} />}
        {instrument === 'rmdq' && <RmdqForm value={drafts.rmdq} onChange={set('rmdq')} />}
        {instrument === 'odi' && <OdiForm value={drafts.odi} onChange={set('odi')} />}
        {instrument === 'psqi' && <PsqiForm value={drafts.psqi} onChange={set('psqi')} />}
      </div>

      <RequestAtHome pathway={pathway} instrument={instrument} />

      {/* The score box is neutral: a high STarT Back risk is not a success. Risk has its own colour. */}
      <section className="ry-alert" data-tone="info" aria-labelledby="q-score">
        <div className="ry-alert__title" id="q-score">
          {t(savedScore?.ok ? 'clinic.care.q.saved' : 'clinic.care.q.score')}
        </div>
        <p className="ry-score" aria-live="polite" id="q-live">
          {shown.ok && shown.value.instrument === 'startback' ? (
            <>
              <span className="ry-risk" data-risk={shown.value.score.risk}>
                {t(`clinic.care.sb.risk.${shown.value.score.risk}`)}
              </span>{' '}
              {t('clinic.care.sb.points', {
                total: shown.value.score.total,
                psychosocial: shown.value.score.psychosocial,
              })}
            </>
          ) : shown.ok ? (
            scoreText(shown.value)
          ) : missingStartBack > 0 ? (
            t('clinic.care.sb.missing', { n: missingStartBack })
          ) : noOdiSections ? (
            t('clinic.care.odi.noneAnswered')
          ) : (
            t('clinic.care.q.incomplete')
          )}
        </p>
        {shown.ok && shown.value.instrument === 'psqi' && <PsqiComponents score={shown.value.score} />}
        {!live.ok && missingStartBack === 0 && !noOdiSections && (
          <Violations violations={live.violations} tone="info" />
        )}
      </section>
      <CommandFeedback command={complete} />
      <div className="ry-actions">
        <Button
          type="submit"
          className="ry-button"
          isDisabled={!live.ok || complete.isPending}
          aria-describedby="q-live"
        >
          {t('clinic.care.q.save')}
        </Button>
      </div>
    </Form>
  );
}

const COMPONENTS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'] as const;

/** The seven PSQI components, a missing one shown as a dash. */
function PsqiComponents({ score }: { score: PsqiScore }) {
  const { t } = useI18n();
  const format = (n: number) => n.toLocaleString(undefined, { maximumFractionDigits: 1 });
  return (
    <>
      <table className="ry-table">
        <thead>
          <tr>
            <th scope="col">{t('clinic.care.psqi.component')}</th>
            <th scope="col">{t('clinic.care.psqi.points')}</th>
          </tr>
        </thead>
        <tbody>
          {COMPONENTS.map((c) => (
            <tr key={c}>
              <th scope="row">{t(`clinic.care.psqi.${c}`)}</th>
              <td>{score.components[c] ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {score.hoursInBed !== null && score.sleepEfficiency !== null && (
        <p className="ry-help">
          {t('clinic.care.psqi.efficiency', {
            hoursInBed: format(score.hoursInBed),
            efficiency: format(score.sleepEfficiency),
          })}
        </p>
      )}
    </>
  );
}
