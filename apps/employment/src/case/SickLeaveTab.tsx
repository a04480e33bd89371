import { addDays } from '@rygforlob/domain';
import {
  CommandFeedback,
  NumberField,
  RadioGroup,
  RuleNote,
  TextField,
  useI18n,
  useTRPC,
} from '@rygforlob/ui';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { today } from '../words.ts';
import { FAST_TRACK_FORM } from './advice-actions.ts';
import { type CaseProps, on } from './use-case.ts';

type Extent = 'full' | 'partial';

/** Sick leave (PARTIAL-LEAVE), fast track (FAST-TRACK), §56 (S56) and the benefit review (BENEFIT-REVIEW). */
export function SickLeaveTab(props: CaseProps) {
  const open = props.pathway.view?.status === 'open';
  if (!open) return <SickLeaveForm {...props} readOnly />;
  return (
    <>
      <SickLeaveForm {...props} />
      <FastTrackForm {...props} />
      <DateCommand {...props} kind="s56" />
      <DateCommand {...props} kind="review" />
    </>
  );
}

function SickLeaveForm({ pathway, readOnly }: CaseProps & { readOnly?: boolean }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const current = pathway.state.sickLeave;
  const [start, setStart] = useState(current?.start ?? '');
  const [extent, setExtent] = useState<Extent>(current?.extent ?? 'full');
  const [hours, setHours] = useState<number | undefined>(current?.hoursPerWeek);
  const [weeks, setWeeks] = useState<number | undefined>(current?.expectedWeeks);
  const register = useMutation(
    trpc.jobcentre.registerSickLeave.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );
  return (
    <Form
      className="ry-card"
      aria-labelledby="leave-title"
      onSubmit={(e) => {
        e.preventDefault();
        register.mutate({
          ...on(pathway),
          start,
          extent,
          ...(extent === 'partial' && hours !== undefined ? { hoursPerWeek: hours } : {}),
          expectedWeeks: weeks ?? 0,
        });
      }}
    >
      <h2 id="leave-title">{t(current ? 'employment.leave.change' : 'employment.leave.title')}</h2>
      <div className="ry-row">
        <TextField
          label={t('employment.leave.start')}
          name="start"
          type="date"
          value={start}
          onChange={setStart}
          isRequired
        />
        <RadioGroup<Extent>
          label={t('employment.leave.extent')}
          name="extent"
          orientation="horizontal"
          value={extent}
          onChange={setExtent}
          options={[
            { value: 'full', label: t('employment.leave.full') },
            { value: 'partial', label: t('employment.leave.partial') },
          ]}
        />
        {extent === 'partial' && (
          <NumberField
            label={t('employment.leave.hours')}
            name="hoursPerWeek"
            value={hours}
            onChange={setHours}
            minValue={0}
            maxValue={60}
            description={t('employment.leave.hoursHelp')}
            isRequired
          />
        )}
        <NumberField
          label={t('employment.leave.expected')}
          name="expectedWeeks"
          value={weeks}
          onChange={setWeeks}
          minValue={0}
          maxValue={260}
          isRequired
        />
      </div>
      {weeks !== undefined && weeks > 8 && !pathway.state.fastTrack && (
        <RuleNote code="FAST-TRACK" tone="warn" params={{ latest: date(addDays(today(), 14)) }} />
      )}
      <CommandFeedback command={register} saved={t('employment.saved')} />
      {!readOnly && (
        <Button type="submit" className="ry-button" isDisabled={register.isPending}>
          {t('employment.leave.submit')}
        </Button>
      )}
    </Form>
  );
}

function FastTrackForm({ pathway }: CaseProps) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const [by, setBy] = useState<'employer' | 'employee'>('employee');
  const [requestedOn, setOn] = useState('');
  const request = useMutation(
    trpc.jobcentre.requestFastTrack.mutationOptions({ onSuccess: pathway.applied, onError: pathway.failed }),
  );
  const fastTrack = pathway.state.fastTrack;
  return (
    <Form
      id={FAST_TRACK_FORM}
      className="ry-card"
      aria-labelledby="fasttrack-title"
      onSubmit={(e) => {
        e.preventDefault();
        request.mutate({ ...on(pathway), requestedBy: by, requestedOn });
      }}
    >
      <h2 id="fasttrack-title">{t('employment.fastTrack.title')}</h2>
      {fastTrack ? (
        <p className="ry-alert" data-tone="info">
          {t('employment.fastTrack.requested', {
            date: date(fastTrack.requestedOn),
            latest: date(addDays(fastTrack.requestedOn, 14)),
          })}
        </p>
      ) : (
        <>
          {!pathway.state.sickLeave && <p className="ry-help">{t('employment.fastTrack.needLeave')}</p>}
          <div className="ry-row">
            <RadioGroup<'employer' | 'employee'>
              label={t('employment.fastTrack.by')}
              name="requestedBy"
              orientation="horizontal"
              value={by}
              onChange={setBy}
              options={[
                { value: 'employee', label: t('employment.fastTrack.employee') },
                { value: 'employer', label: t('employment.fastTrack.employer') },
              ]}
            />
            {/* Who asked is usually the citizen (preset); the date is what the caseworker types. */}
            <div data-advice-focus>
              <TextField
                label={t('employment.fastTrack.on')}
                name="requestedOn"
                type="date"
                value={requestedOn}
                onChange={setOn}
                isRequired
              />
            </div>
          </div>
          <Button type="submit" className="ry-button" isDisabled={request.isPending}>
            {t('employment.fastTrack.submit')}
          </Button>
        </>
      )}
      <CommandFeedback command={request} saved={t('employment.saved')} />
    </Form>
  );
}

/** §56 (S56 p.42) and the sickness benefit review date (BENEFIT-REVIEW p.42): one date each. */
function DateCommand({ pathway, kind }: CaseProps & { kind: 's56' | 'review' }) {
  const { t, date } = useI18n();
  const trpc = useTRPC();
  const options = { onSuccess: pathway.applied, onError: pathway.failed };
  const s56 = useMutation(trpc.jobcentre.applyS56.mutationOptions(options));
  const review = useMutation(trpc.jobcentre.scheduleBenefitReview.mutationOptions(options));
  const current = kind === 's56' ? pathway.state.s56AppliedOn : pathway.state.benefitReviewOn;
  const [day, setDay] = useState(current ?? '');
  const command = kind === 's56' ? s56 : review;
  return (
    <Form
      className="ry-card"
      aria-labelledby={`${kind}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (kind === 's56') s56.mutate({ ...on(pathway), appliedOn: day });
        else review.mutate({ ...on(pathway), reviewOn: day });
      }}
    >
      <h2 id={`${kind}-title`}>{t(`employment.${kind}.title`)}</h2>
      <RuleNote
        code={kind === 's56' ? 'S56' : 'BENEFIT-REVIEW'}
        params={{ reviewOn: current ? date(current) : t('employment.review.whenRunsOut') }}
      />
      {current && (
        <p>
          {kind === 's56'
            ? t('employment.summary.s56On', { date: date(current) })
            : t('employment.review.current', { date: date(current) })}
        </p>
      )}
      <div className="ry-row">
        <TextField
          label={t(`employment.${kind}.on`)}
          name={kind}
          type="date"
          value={day}
          onChange={setDay}
          isRequired
        />
        <div>
          <Button type="submit" className="ry-button" isDisabled={command.isPending}>
            {t(`employment.${kind}.submit`)}
          </Button>
        </div>
      </div>
      <CommandFeedback command={command} saved={t('employment.saved')} />
    </Form>
  );
}
