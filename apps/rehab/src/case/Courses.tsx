import { courseStartDay, dayOf, type EventOf, type InterventionState } from '@rygforlob/domain';
import {
  CommandFeedback,
  ConfirmPanel,
  DateField,
  RadioGroup,
  TextArea,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { courseSection, SECTION } from './advice-actions.ts';
import { type CaseProps, commandOptions, coursesFor, offerOf, onPathway } from './model.ts';

type Response = 'improved' | 'unchanged' | 'worse';
type Attendance = 'attended' | 'absent';

/** The courses this organisation runs for the referral: attendance and progress, then the end. */
export function Courses(props: CaseProps) {
  const { t } = useI18n();
  const courses = coursesFor(props.pathway.state, props.me, props.referral.referralId);
  if (courses.length === 0) return null;
  return (
    <section id={SECTION.sessions} aria-labelledby="courses-title">
      <h2 id="courses-title">{t('rehab.courses.title')}</h2>
      {courses.map((course) => (
        <CourseCard key={course.interventionId} {...props} course={course} />
      ))}
    </section>
  );
}

function CourseCard({ pathway, course }: CaseProps & { course: InterventionState }) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const offer = offerOf(course);
  const name = offer ? t(`rehab.offer.${offer}`) : term('intervention', course.intervention);
  const sessions = pathway.state.events.filter(
    (e): e is EventOf<'sessionRecorded'> =>
      e.type === 'sessionRecorded' && e.interventionId === course.interventionId,
  );
  const [attendance, setAttendance] = useState<Attendance>('attended');
  // The session's day: empty until the therapist gives it, never silently today (issue 14).
  const [heldOn, setHeldOn] = useState('');
  const [response, setResponse] = useState<Response | null>(null);
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState('');
  const record = useMutation(
    trpc.plan.recordSession.mutationOptions({
      ...commandOptions(pathway),
      onSuccess: (result) => {
        pathway.applied(result);
        setNote('');
        setResponse(null);
        setHeldOn('');
      },
    }),
  );
  const end = useMutation(trpc.plan.endIntervention.mutationOptions(commandOptions(pathway)));
  // Ending a course cannot be undone: the first press asks, the second ends it (issue 14).
  const [confirming, setConfirming] = useState(false);
  const absentText = t('rehab.courses.absent');
  const absent = attendance === 'absent';

  return (
    <article
      id={courseSection(course.interventionId)}
      className="ry-card"
      aria-labelledby={`course-${course.interventionId}`}
    >
      <h3 id={`course-${course.interventionId}`}>
        {name}{' '}
        <span className="ry-badge" data-tone={course.ended ? 'ok' : 'info'}>
          {course.ended
            ? t('rehab.courses.ended', { date: date(course.ended.at) })
            : t('rehab.courses.running')}
        </span>
      </h3>
      <p className="ry-help">
        {t('rehab.courses.started', { date: date(courseStartDay(course)), n: sessions.length })}
      </p>
      {sessions.length > 0 && (
        <ol className="rh-sessions">
          {sessions.map((s) => (
            <li key={s.seq}>
              {date(s.heldOn ?? s.at)} ·{' '}
              {s.attended === false || !s.response ? absentText : t(`rehab.response.${s.response}`)}
              {s.note ? ` · ${s.note}` : ''}
            </li>
          ))}
        </ol>
      )}
      {course.ended ? (
        <p>
          <strong>{t('rehab.courses.outcome')}:</strong> {course.ended.outcome}
        </p>
      ) : (
        <div className="rh-two">
          <Form
            aria-label={t('rehab.courses.record', { name })}
            onSubmit={(e) => {
              e.preventDefault();
              if ((!absent && !response) || !heldOn) return;
              const text = note.trim();
              // A missed session has no response and does not count as treatment (sessionRecorded.attended).
              record.mutate({
                ...onPathway(pathway),
                interventionId: course.interventionId,
                heldOn,
                ...(absent ? { attended: false } : { response: response ?? undefined }),
                ...(text ? { note: text } : {}),
              });
            }}
          >
            <DateField
              label={t('rehab.courses.heldOn')}
              name="heldOn"
              value={heldOn}
              onChange={setHeldOn}
              minValue={courseStartDay(course)}
              maxValue={dayOf(new Date().toISOString())}
              isRequired
            />
            <RadioGroup<Attendance>
              label={t('rehab.courses.attendance')}
              name="attendance"
              orientation="horizontal"
              value={attendance}
              onChange={setAttendance}
              options={[
                { value: 'attended', label: t('rehab.courses.attended') },
                { value: 'absent', label: absentText },
              ]}
            />
            {!absent && (
              <RadioGroup<Response>
                label={t('rehab.courses.response')}
                name="response"
                orientation="horizontal"
                value={response}
                onChange={setResponse}
                isRequired
                options={(['improved', 'unchanged', 'worse'] as const).map((value) => ({
                  value,
                  label: t(`rehab.response.${value}`),
                }))}
              />
            )}
            <TextArea label={t('rehab.courses.note')} name="note" rows={2} value={note} onChange={setNote} />
            <CommandFeedback command={record} saved={t('rehab.courses.recorded')} />
            <Button type="submit" className="ry-button" isDisabled={record.isPending}>
              {t('rehab.courses.recordSubmit')}
            </Button>
          </Form>
          <Form
            className="rh-end"
            aria-label={t('rehab.courses.end', { name })}
            onSubmit={(e) => {
              e.preventDefault();
              setConfirming(true);
            }}
          >
            <TextArea
              label={t('rehab.courses.outcome')}
              name="outcome"
              rows={3}
              value={outcome}
              onChange={setOutcome}
              description={t('rehab.courses.outcomeHelp')}
              isRequired
            />
            <CommandFeedback command={end} />
            {confirming ? (
              <ConfirmPanel
                question={t('rehab.courses.endConfirm', { name })}
                confirmLabel={t('rehab.courses.endYes')}
                cancelLabel={t('rehab.confirm.cancel')}
                isPending={end.isPending}
                onCancel={() => setConfirming(false)}
                onConfirm={() =>
                  end.mutate(
                    { ...onPathway(pathway), interventionId: course.interventionId, outcome },
                    { onSettled: () => setConfirming(false) },
                  )
                }
              />
            ) : (
              <Button type="submit" className="ry-button" data-variant="secondary" isDisabled={end.isPending}>
                {t('rehab.courses.endSubmit', { name })}
              </Button>
            )}
          </Form>
        </div>
      )}
    </article>
  );
}
