import { addDays, type EventOf, type MeetingState, type PathwayEvent } from '@rygforlob/domain';
import {
  CommandFeedback,
  ConfirmPanel,
  DateField,
  RadioGroup,
  RuleNote,
  TextArea,
  TextField,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { today } from '../words.ts';
import { type CaseProps, on } from './use-case.ts';

type Purpose = 'fast-track' | 'follow-up';
const QUESTIONS = ['q1', 'q2', 'q3', 'q4', 'q5'] as const;

/** Call the citizen to meetings (CLK-FASTTRACK: within 14 days of the request) and record them. */
export function MeetingsTab({ pathway, me, goTo }: CaseProps) {
  const { t, date } = useI18n();
  const meetings = Object.values(pathway.state.meetings).sort((a, b) => a.on.localeCompare(b.on));
  const held = new Map(
    (pathway.view?.entries ?? []).flatMap((e) =>
      e.visibility === 'full' && e.event.type === 'meetingHeld'
        ? [[e.event.meetingId, e.event as Extract<PathwayEvent, { type: 'meetingHeld' }>] as const]
        : [],
    ),
  );
  const open = pathway.view?.status === 'open';
  const cancelled = cancelledMeetings(pathway.view?.entries ?? []);
  return (
    <>
      {open && <ScheduleForm pathway={pathway} me={me} goTo={goTo} />}
      <section className="ry-card" aria-labelledby="meetings-title">
        <h2 id="meetings-title">{t('employment.meeting.listTitle')}</h2>
        {meetings.length === 0 && cancelled.length === 0 && <p>{t('employment.meeting.none')}</p>}
        {meetings.map((meeting) => {
          const minutes = held.get(meeting.meetingId);
          return (
            <article key={meeting.meetingId}>
              <h3>
                {t(`employment.meeting.${meeting.purpose}`)} · {date(meeting.on)}{' '}
                <span className="ry-badge" data-tone={minutes ? 'ok' : 'info'}>
                  {minutes
                    ? t('employment.meeting.held', { date: date(minutes.at) })
                    : t('employment.meeting.planned')}
                </span>
              </h3>
              {minutes ? (
                <dl className="ry-facts">
                  <div>
                    <dt>{t('employment.meeting.notes')}</dt>
                    <dd>{minutes.notes}</dd>
                  </div>
                  {minutes.returnToWorkPlan && (
                    <div>
                      <dt>{t('employment.meeting.plan')}</dt>
                      <dd>{minutes.returnToWorkPlan}</dd>
                    </div>
                  )}
                </dl>
              ) : (
                open && (
                  <>
                    <MoveForm meeting={meeting} pathway={pathway} />
                    <CancelForm meeting={meeting} pathway={pathway} />
                    <HoldForm meeting={meeting} pathway={pathway} />
                  </>
                )
              )}
            </article>
          );
        })}
        {cancelled.map(({ meeting, cancel }) => (
          <article key={`cancelled-${meeting.meetingId}`}>
            <h3>
              {t(`employment.meeting.${meeting.purpose}`)} · <s>{date(meeting.on)}</s>{' '}
              <span className="ry-badge">
                {t('employment.meeting.cancelledOn', { date: date(cancel.at) })}
              </span>
            </h3>
            {cancel.reason && <p>{cancel.reason}</p>}
          </article>
        ))}
      </section>
    </>
  );
}

type Entry = NonNullable<CaseProps['pathway']['view']>['entries'][number];

/** Meetings called off, with the day they had when cancelled (the last booking before it). */
function cancelledMeetings(entries: readonly Entry[]) {
  const booked = new Map<string, EventOf<'meetingScheduled'>>();
  const result: { meeting: EventOf<'meetingScheduled'>; cancel: EventOf<'meetingCancelled'> }[] = [];
  const events = entries.flatMap((e) => (e.visibility === 'full' ? [e.event as PathwayEvent] : []));
  for (const event of events.sort((a, b) => a.seq - b.seq)) {
    if (event.type === 'meetingScheduled') booked.set(event.meetingId, event);
    if (event.type === 'meetingCancelled') {
      const meeting = booked.get(event.meetingId);
      if (meeting) result.push({ meeting, cancel: event });
    }
  }
  return result;
}

function ScheduleForm({ pathway }: CaseProps) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const fastTrack = pathway.state.fastTrack;
  const [purpose, setPurpose] = useState<Purpose>(fastTrack ? 'fast-track' : 'follow-up');
  const [day, setDay] = useState('');
  const schedule = useMutation(
    trpc.jobcentre.scheduleMeeting.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setDay('');
      },
      onError: pathway.failed,
    }),
  );
  const latest = fastTrack ? date(addDays(fastTrack.requestedOn, 14)) : '';
  return (
    <Form
      className="ry-card"
      aria-labelledby="schedule-title"
      onSubmit={(e) => {
        e.preventDefault();
        schedule.mutate({ ...on(pathway), meetingId: crypto.randomUUID(), purpose, on: day });
      }}
    >
      <h2 id="schedule-title">{t('employment.meeting.scheduleTitle')}</h2>
      {fastTrack && <RuleNote code="FAST-TRACK" params={{ latest }} />}
      <div className="ry-row">
        <RadioGroup<Purpose>
          label={t('employment.meeting.purpose')}
          name="purpose"
          orientation="horizontal"
          value={purpose}
          onChange={setPurpose}
          options={[
            { value: 'fast-track', label: t('employment.meeting.fast-track') },
            { value: 'follow-up', label: t('employment.meeting.follow-up') },
          ]}
        />
        <DateField
          label={t('employment.meeting.on')}
          name="on"
          value={day}
          onChange={setDay}
          minValue={today()}
          isRequired
        />
        <div>
          <Button type="submit" className="ry-button" isDisabled={schedule.isPending}>
            {t('employment.meeting.schedule')}
          </Button>
        </div>
      </div>
      <CommandFeedback command={schedule} saved={t('employment.saved')} />
    </Form>
  );
}

/** Move a planned meeting to another day (the same meeting, scheduled again): a booking has a way back. */
function MoveForm({ meeting, pathway }: { meeting: MeetingState; pathway: CaseProps['pathway'] }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const [day, setDay] = useState('');
  const move = useMutation(
    trpc.jobcentre.scheduleMeeting.mutationOptions({
      onSuccess: (result) => {
        pathway.applied(result);
        setDay('');
      },
      onError: pathway.failed,
    }),
  );
  return (
    <details className="ry-fold">
      <summary>{t('employment.meeting.move')}</summary>
      <Form
        aria-label={t('employment.meeting.moveTitle', { date: date(meeting.on) })}
        onSubmit={(e) => {
          e.preventDefault();
          move.mutate({ ...on(pathway), meetingId: meeting.meetingId, purpose: meeting.purpose, on: day });
        }}
      >
        <div className="ry-row">
          <DateField
            label={t('employment.meeting.newDate')}
            name="on"
            value={day}
            onChange={setDay}
            minValue={today()}
            isRequired
          />
          <div>
            <Button type="submit" className="ry-button" data-variant="secondary" isDisabled={move.isPending}>
              {t('employment.meeting.moveSubmit')}
            </Button>
          </div>
        </div>
        <CommandFeedback command={move} saved={t('employment.meeting.moved')} />
      </Form>
    </details>
  );
}

/** Call a planned meeting off; the app asks first, as a cancelled meeting cannot be restored (issue 14). */
function CancelForm({ meeting, pathway }: { meeting: MeetingState; pathway: CaseProps['pathway'] }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const cancel = useMutation(
    trpc.jobcentre.cancelMeeting.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );
  const day = date(meeting.on);
  return (
    <details className="ry-fold">
      <summary>{t('employment.meeting.cancel')}</summary>
      <Form
        aria-label={t('employment.meeting.cancelTitle', { date: day })}
        onSubmit={(e) => {
          e.preventDefault();
          setConfirming(true);
        }}
      >
        <TextField
          label={t('employment.meeting.cancelReason')}
          name="reason"
          value={reason}
          onChange={setReason}
        />
        <CommandFeedback command={cancel} />
        {confirming ? (
          <ConfirmPanel
            question={t('employment.meeting.cancelConfirm', { date: day })}
            confirmLabel={t('employment.meeting.cancelYes')}
            cancelLabel={t('employment.meeting.cancelNo')}
            isPending={cancel.isPending}
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              cancel.mutate(
                {
                  ...on(pathway),
                  meetingId: meeting.meetingId,
                  ...(reason.trim() ? { reason: reason.trim() } : {}),
                },
                { onSettled: () => setConfirming(false) },
              )
            }
          />
        ) : (
          <Button type="submit" className="ry-button" data-variant="secondary" isDisabled={cancel.isPending}>
            {t('employment.meeting.cancelSubmit')}
          </Button>
        )}
      </Form>
    </details>
  );
}

/** The meeting's minutes; the fast-track conversation's questions as a guide, and the return-to-work plan. */
function HoldForm({ meeting, pathway }: { meeting: MeetingState; pathway: CaseProps['pathway'] }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const [notes, setNotes] = useState('');
  const [plan, setPlan] = useState('');
  const hold = useMutation(
    trpc.jobcentre.holdMeeting.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );
  return (
    <Form
      aria-label={t('employment.meeting.record')}
      onSubmit={(e) => {
        e.preventDefault();
        hold.mutate({
          ...on(pathway),
          meetingId: meeting.meetingId,
          notes,
          ...(plan.trim() ? { returnToWorkPlan: plan } : {}),
        });
      }}
    >
      <details open={meeting.purpose === 'fast-track'}>
        <summary>{t('employment.meeting.questions')}</summary>
        <ol>
          {QUESTIONS.map((q) => (
            <li key={q}>{t(`employment.meeting.${q}`)}</li>
          ))}
        </ol>
      </details>
      <TextArea
        label={t('employment.meeting.notes')}
        name="notes"
        value={notes}
        onChange={setNotes}
        isRequired
        rows={4}
      />
      <TextArea
        label={t('employment.meeting.plan')}
        name="returnToWorkPlan"
        value={plan}
        onChange={setPlan}
        rows={3}
        description={t('employment.meeting.planHelp')}
      />
      <Button type="submit" className="ry-button" isDisabled={hold.isPending}>
        {t('employment.meeting.save')}
      </Button>
      <CommandFeedback command={hold} saved={t('employment.saved')} />
    </Form>
  );
}
