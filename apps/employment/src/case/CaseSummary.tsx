import { addDays } from '@rygforlob/domain';
import { useI18n } from '@rygforlob/ui';
import { Button } from 'react-aria-components';
import { today } from '../words.ts';
import type { CaseProps } from './use-case.ts';

/** The sick leave at a glance: extent, duration, week 8, fast track, §56, benefit review, next meeting. */
export function CaseSummary({ pathway, goTo }: CaseProps) {
  const { t, date } = useI18n();
  const { state } = pathway;
  const leave = state.sickLeave;
  const next = Object.values(state.meetings)
    .filter((m) => !m.held && m.on >= today())
    .sort((a, b) => a.on.localeCompare(b.on))[0];
  const row = (label: string, value: string) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="ry-card" aria-labelledby="summary-title">
      <h2 id="summary-title">{t('employment.summary.title')}</h2>
      {!leave ? (
        <>
          <p>{t('employment.summary.none')}</p>
          {pathway.view?.status === 'open' && (
            <Button className="ry-button" onPress={() => goTo('sickLeave')}>
              {t('employment.leave.title')}
            </Button>
          )}
        </>
      ) : (
        <dl className="ry-facts">
          {row(
            t('employment.summary.leave'),
            leave.extent === 'full'
              ? t('employment.summary.full')
              : t('employment.summary.partial', { hours: leave.hoursPerWeek ?? 0 }),
          )}
          {row(t('employment.summary.since'), date(leave.start))}
          {row(t('employment.summary.expected'), t('employment.summary.weeks', { n: leave.expectedWeeks }))}
          {row(t('employment.summary.week8'), date(addDays(leave.start, 56)))}
          {row(
            t('employment.summary.fastTrack'),
            state.fastTrack
              ? t('employment.summary.fastTrackOn', {
                  by: t(`employment.summary.by.${state.fastTrack.requestedBy}`),
                  date: date(state.fastTrack.requestedOn),
                  latest: date(addDays(state.fastTrack.requestedOn, 14)),
                })
              : t('employment.summary.notRequested'),
          )}
          {row(
            t('employment.summary.s56'),
            state.s56AppliedOn
              ? t('employment.summary.s56On', { date: date(state.s56AppliedOn) })
              : t('employment.summary.notSet'),
          )}
          {row(
            t('employment.summary.benefitReview'),
            state.benefitReviewOn ? date(state.benefitReviewOn) : t('employment.summary.notSet'),
          )}
          {row(
            t('employment.summary.nextMeeting'),
            next
              ? `${date(next.on)} · ${t(`employment.meeting.${next.purpose}`)}`
              : t('employment.summary.notSet'),
          )}
        </dl>
      )}
    </section>
  );
}
