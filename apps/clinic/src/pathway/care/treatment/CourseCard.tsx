import { courseStartDay, dayOf, type InterventionState } from '@rygforlob/domain';
import type { PathwayHandle } from '@rygforlob/ui';
import { CommandFeedback, DateField, RadioGroup, TextArea, useI18n, useTRPC } from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { ClockNotes } from '../ClockNote.tsx';
import { sessionDays, sessionNotes } from './details.ts';

type Response = 'improved' | 'unchanged' | 'worse';
const RESPONSES: Response[] = ['improved', 'unchanged', 'worse'];

/**
 * One course of an intervention: its sessions, its clocks (e.g. CLK-MANUAL-4-5) and, for the
 * organisation that runs it, recording a session's response and ending it with an outcome.
 */
export function CourseCard({
  course,
  pathway,
  mine,
}: {
  course: InterventionState;
  pathway: PathwayHandle;
  mine: boolean;
}) {
  const { t, term, date } = useI18n();
  const trpc = useTRPC();
  const [response, setResponse] = useState<Response | null>(null);
  const [note, setNote] = useState('');
  // The session's day: empty until the therapist gives it, never silently today (issue 14).
  const [heldOn, setHeldOn] = useState('');
  const [outcome, setOutcome] = useState('');
  const record = useMutation(
    trpc.plan.recordSession.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setResponse(null);
        setNote('');
        setHeldOn('');
      },
      onError: pathway.failed,
    }),
  );
  const end = useMutation(
    trpc.plan.endIntervention.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );
  const notes = sessionNotes(pathway.state, course.interventionId);
  const days = sessionDays(pathway.state, course.interventionId);
  const on = {
    pathwayId: pathway.view?.pathwayId ?? '',
    expectedVersion: pathway.version,
    interventionId: course.interventionId,
  };
  const next = course.sessions.length + 1;
  const id = course.interventionId;

  return (
    <article className="ry-card" aria-labelledby={`course-${id}`}>
      <h3 id={`course-${id}`}>{term('intervention', course.intervention)}</h3>
      <p className="ry-help">
        {/* The day the course began (startedOn), not the day it was recorded (issue 14 review). */}
        {t('clinic.care.treat.startedOn', { date: date(courseStartDay(course)) })}
        {!mine && ` · ${t('clinic.care.by', { actor: term('actor', course.by.actor) })}`}
      </p>
      {course.ended && (
        <p>
          {t('clinic.care.treat.endedOn', { date: date(course.ended.at), outcome: course.ended.outcome })}
        </p>
      )}
      {course.sessions.length === 0 ? (
        <p className="ry-help">{t('clinic.care.treat.noSessions')}</p>
      ) : (
        <table className="ry-table">
          <caption className="ry-visually-hidden">{t('clinic.care.treat.sessions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('clinic.care.treat.sessionNo')}</th>
              <th scope="col">{t('clinic.care.date')}</th>
              <th scope="col">{t('clinic.care.treat.response')}</th>
              <th scope="col">{t('clinic.care.treat.note')}</th>
            </tr>
          </thead>
          <tbody>
            {course.sessions.map((s, i) => (
              <tr key={s.seq}>
                <td>{i + 1}</td>
                <td>{date(days.get(s.seq) ?? s.at)}</td>
                <td>{t(`clinic.care.treat.response.${s.response}`)}</td>
                <td>{notes.get(s.seq) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!course.ended && <ClockNotes advice={pathway.view?.advice ?? []} subject={id} />}

      {mine && !course.ended && (
        <>
          <Form
            onSubmit={(e) => {
              e.preventDefault();
              if (!response || !heldOn) return;
              record.mutate({ ...on, heldOn, response, ...(note.trim() ? { note } : {}) });
            }}
          >
            <div className="ry-listrow">
              <DateField
                label={t('clinic.care.treat.heldOn', { n: next })}
                name="heldOn"
                value={heldOn}
                onChange={setHeldOn}
                minValue={courseStartDay(course)}
                maxValue={dayOf(new Date().toISOString())}
                isRequired
              />
              <RadioGroup<Response>
                label={t('clinic.care.treat.sessionResponse', { n: next })}
                name="response"
                orientation="horizontal"
                isRequired
                value={response}
                onChange={setResponse}
                options={RESPONSES.map((r) => ({ value: r, label: t(`clinic.care.treat.response.${r}`) }))}
              />
              <TextArea
                rows={1}
                label={t('clinic.care.treat.sessionNote', { n: next })}
                name="note"
                value={note}
                onChange={setNote}
              />
            </div>
            <CommandFeedback command={record} />
            <Button type="submit" className="ry-button" isDisabled={record.isPending}>
              {t('clinic.care.treat.record')}
            </Button>
          </Form>
          <details className="ry-section">
            <summary>{t('clinic.care.treat.end')}</summary>
            <Form
              className="ry-section__body"
              onSubmit={(e) => {
                e.preventDefault();
                end.mutate({ ...on, outcome });
              }}
            >
              <TextArea
                label={t('clinic.care.treat.outcome')}
                name="outcome"
                isRequired
                value={outcome}
                onChange={setOutcome}
              />
              <CommandFeedback command={end} />
              <Button type="submit" className="ry-button" data-variant="secondary" isDisabled={end.isPending}>
                {t('clinic.care.treat.doEnd')}
              </Button>
            </Form>
          </details>
        </>
      )}
    </article>
  );
}
