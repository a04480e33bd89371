import { courseStartDay, RehabPlanContentSchema } from '@rygforlob/domain';
import { CommandFeedback, RadioGroup, RuleNote, RuleRef, TextField, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { SECTION } from './advice-actions.ts';
import { Fold } from './Fold.tsx';
import { type CaseProps, commandOptions, coursesFor, onPathway } from './model.ts';
import { StartClock } from './StartClock.tsx';
import { StartCourse } from './StartCourse.tsx';

type Grade = 'basic' | 'advanced';

/**
 * §140 after the plan is accepted (spec §6.4, p.44, p.55): the start clock (CLK-R140-START), the
 * grade (R140-GRADE), the citizen's free choice when the start cannot be kept (R140-7-DAYS), the
 * goals from the plan, and the start of the rehabilitation.
 */
export function Rehab140(props: CaseProps) {
  const { pathway, me, referral } = props;
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const clock = pathway.view?.advice.find(
    (a) => a.rule === 'CLK-R140-START' && a.clock?.subject === referral.referralId,
  )?.clock;
  const plan = RehabPlanContentSchema.safeParse(referral.content);
  const [grade, setGrade] = useState<Grade | null>(referral.grade ?? null);
  const [provider, setProvider] = useState('');
  const gradeIt = useMutation(trpc.referral.grade.mutationOptions(commandOptions(pathway)));
  const choose = useMutation(trpc.referral.recordFreeChoice.mutationOptions(commandOptions(pathway)));
  const late = clock && (clock.state === 'overdue' || (clock.state !== 'met' && clock.daysLeft <= 1));
  const [gradeOpen] = useState(!referral.grade);
  const course = coursesFor(pathway.state, me, referral.referralId)[0];
  const [startOpen] = useState(!course && !referral.freeChoiceProvider);

  return (
    <>
      <Fold
        section={SECTION.grade}
        id="r140-grade-title"
        title={t('rehab.r140.gradeTitle')}
        open={gradeOpen}
        status={
          referral.grade && (
            <span className="ry-badge" data-tone="ok">
              {t(`rehab.level.${referral.grade}`)}
            </span>
          )
        }
      >
        <Form
          aria-labelledby="r140-grade-title"
          onSubmit={(e) => {
            e.preventDefault();
            if (grade) gradeIt.mutate({ ...onPathway(pathway), referralId: referral.referralId, grade });
          }}
        >
          {/* R140-GRADE, p.44 */}
          <RuleNote code="R140-GRADE" />
          <RadioGroup<Grade>
            label={t('rehab.r140.grade')}
            name="grade"
            value={grade}
            onChange={setGrade}
            isRequired
            options={(['basic', 'advanced'] as const).map((value) => ({
              value,
              label: (
                <>
                  <strong>{t(`rehab.level.${value}`)}</strong>
                  <span className="ry-help"> · {t(`rehab.r140.grade.${value}`)}</span>
                </>
              ),
            }))}
          />
          <CommandFeedback command={gradeIt} saved={t('rehab.r140.graded')} />
          <Button type="submit" className="ry-button" isDisabled={!grade || gradeIt.isPending}>
            {t(referral.grade ? 'rehab.r140.regrade' : 'rehab.r140.gradeSubmit')}
          </Button>
        </Form>
      </Fold>
      {/* Once the course has started (or the citizen chose elsewhere) the step folds away. */}
      <Fold
        section={SECTION.start}
        id="r140-start-title"
        title={t('rehab.r140.startTitle')}
        open={startOpen}
        status={
          course && (
            <span className="ry-badge" data-tone="ok">
              {t('rehab.clock.met', { metOn: date(courseStartDay(course)) })}
            </span>
          )
        }
      >
        {/* CLK-R140-START, p.55 */}
        {clock && (
          <p>
            <StartClock clock={clock} withRule />
          </p>
        )}
        {plan.success && (
          <div className="rh-goals">
            <h3>{t('rehab.r140.goals')}</h3>
            <p>{plan.data.citizenGoals}</p>
            <p className="ry-help">{plan.data.suggestions}</p>
          </div>
        )}
        {course ? (
          <p className="ry-alert" data-tone="ok">
            {t('rehab.r140.started', { date: date(courseStartDay(course)) })}
          </p>
        ) : referral.freeChoiceProvider ? (
          <p className="ry-alert" data-tone="info">
            {t('rehab.r140.elsewhere', { provider: referral.freeChoiceProvider })}
          </p>
        ) : (
          <StartCourse pathway={pathway} referral={referral} />
        )}
      </Fold>

      {!course && (
        <Fold
          section={SECTION.freeChoice}
          id="r140-choice-title"
          title={t('rehab.r140.choiceTitle')}
          open={Boolean(late || referral.freeChoiceProvider)}
          status={clock && late && <StartClock clock={clock} />}
        >
          <Form
            aria-labelledby="r140-choice-title"
            onSubmit={(e) => {
              e.preventDefault();
              choose.mutate({ ...onPathway(pathway), referralId: referral.referralId, provider });
            }}
          >
            {/* R140-7-DAYS, p.55: free choice of a private provider under the KL agreement. The rule's
                text is the advice card's (with the start clock); here its code, behind "Hvorfor?". */}
            <p className="ry-help">
              <RuleRef code="R140-7-DAYS" />
            </p>
            {referral.freeChoiceProvider ? (
              <p className="ry-alert" data-tone="ok">
                {t('rehab.r140.chosen', { provider: referral.freeChoiceProvider })}
              </p>
            ) : (
              <>
                <TextField
                  label={t('rehab.r140.provider')}
                  name="provider"
                  value={provider}
                  onChange={setProvider}
                  description={t('rehab.r140.providerHelp')}
                  isRequired
                />
                <CommandFeedback command={choose} />
                <Button
                  type="submit"
                  className="ry-button"
                  data-variant="secondary"
                  isDisabled={choose.isPending}
                >
                  {t('rehab.r140.choiceSubmit')}
                </Button>
              </>
            )}
          </Form>
        </Fold>
      )}
    </>
  );
}
