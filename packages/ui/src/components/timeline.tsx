import { type PathwayEvent, type SliceEntry, scoreQuestionnaire, triage } from '@rygforlob/domain';
import { midSentence } from '../i18n/fill.ts';
import { type I18n, useI18n } from '../i18n/react.tsx';
import { actorAndOrg } from './actor-org.ts';
import { RuleRef } from './rule-note.tsx';

/** One line of detail per fact, in the program's words; never a raw payload. */
function detailOf(event: PathwayEvent, i18n: I18n, orgName: (id: string) => string): string {
  const { term } = i18n;
  switch (event.type) {
    case 'triaged': {
      const result = triage(event.input);
      return result.ok ? term('targetGroup', result.value.targetGroup) : '';
    }
    case 'questionnaireCompleted': {
      const scored = scoreQuestionnaire(event.questionnaire);
      if (!scored.ok) return event.questionnaire.instrument;
      const s = scored.value;
      switch (s.instrument) {
        case 'startback':
          return `STarT Back ${s.score.total}/9 (${i18n.t(`clinic.care.sb.risk.${s.score.risk}`)})`;
        case 'rmdq':
          return `RMDQ ${s.score.score}/24`;
        case 'odi':
          return `ODI ${s.score.index} % (${i18n.t(`clinic.care.odi.band.${s.score.band}`)})`;
        case 'psqi':
          return `PSQI ${s.score.global ?? '–'}/21`;
      }
      return '';
    }
    case 'planUpdated':
      return event.goals.map((g) => `"${g.goal}"`).join(', ');
    case 'interventionStarted':
    case 'medicationPrescribed':
      return event.type === 'interventionStarted' ? term('intervention', event.intervention) : event.drug;
    case 'referralSent':
      return `${term('referralKind', event.kind)} → ${orgName(event.to.organisationId)}`;
    case 'referralDeclined':
      return event.reason;
    case 'noteSent':
      return `${event.content.text.slice(0, 160)}${event.content.text.length > 160 ? '…' : ''} → ${event.to.map((p) => orgName(p.organisationId)).join(', ')}`;
    case 'consentGiven':
      return orgName(event.recipient.organisationId);
    case 'sickLeaveRegistered':
      return [
        event.extent === 'full'
          ? i18n.t('timeline.leave.full')
          : i18n.t('timeline.leave.partial', { hours: event.hoursPerWeek }),
        i18n.t('timeline.leave.weeks', { weeks: event.expectedWeeks }),
      ].join(' · ');
    case 'sessionRecorded':
      return [
        event.attended === false || !event.response
          ? i18n.t('timeline.missed')
          : i18n.t(`timeline.response.${event.response}`),
        event.note,
      ]
        .filter(Boolean)
        .join(' · ');
    case 'rehabGraded':
      return i18n.t(`timeline.grade.${event.grade}`);
    case 'freeChoiceRecorded':
      return event.provider;
    case 'interventionEnded':
      return event.outcome;
    case 'certificateRequested':
      return term('noteKind', event.certificate);
    case 'meetingScheduled':
      return i18n.date(event.on);
    case 'pathwayClosed':
      return event.reason;
    default:
      return '';
  }
}

/** The seqs of meeting bookings that moved an earlier booking of the same meeting. */
function movedMeetings(entries: readonly SliceEntry[]): Set<number> {
  const booked = new Set<string>();
  const moved = new Set<number>();
  for (const entry of entries) {
    if (entry.visibility !== 'full' || entry.event.type !== 'meetingScheduled') continue;
    if (booked.has(entry.event.meetingId)) moved.add(entry.event.seq);
    booked.add(entry.event.meetingId);
  }
  return moved;
}

/** Every fact in the viewer's slice, across sectors, newest first; withheld ones say why. */
export function Timeline({
  entries,
  orgName = (id) => id,
}: {
  entries: SliceEntry[];
  orgName?: (id: string) => string;
}) {
  const i18n = useI18n();
  const { t, term, date } = i18n;
  const rescheduled = movedMeetings(entries);
  return (
    <section className="ry-card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      <ol className="ry-timeline">
        {[...entries].reverse().map((entry) => {
          const moved = entry.visibility === 'full' && rescheduled.has(entry.event.seq);
          if (entry.visibility === 'withheld') {
            return (
              <li key={entry.seq}>
                <div className="ry-timeline__meta">
                  {date(entry.at)} · {term('event', entry.type as PathwayEvent['type'])}
                </div>
                <div>
                  {t('timeline.withheld', { actor: midSentence(term('actor', entry.by.actor)) })}{' '}
                  {/* The rule behind a quiet "Hvorfor?", never its code as text (issue 14). */}
                  <RuleRef code={entry.rule} />
                </div>
              </li>
            );
          }
          const e = entry.event;
          // "Behandling: borgeren har det bedre", read aloud as one line, not "Behandling borgeren …".
          const detail = detailOf(e, i18n, orgName);
          return (
            <li key={e.seq}>
              <div className="ry-timeline__meta">
                {/* The citizen acting in Min side has no organisation to name (citizen:<id>). */}
                {date(e.at)} ·{' '}
                {e.by.actor === 'citizen'
                  ? term('actor', e.by.actor)
                  : actorAndOrg(term('actor', e.by.actor), orgName(e.by.organisationId))}
              </div>
              <div>
                {moved && e.type === 'meetingScheduled' ? (
                  <strong>{t('timeline.meetingMoved', { date: date(e.on) })}</strong>
                ) : e.type === 'interventionStarted' ? (
                  // The day the course began, which may precede the day it was recorded
                  // (interventionStarted.startedOn; the entry's time stays the recording).
                  <>
                    <strong>
                      {term('event', e.type)} {date(e.startedOn ?? e.at)}
                    </strong>
                    {detail ? `: ${detail}` : ''}
                  </>
                ) : (
                  <>
                    <strong>{term('event', e.type)}</strong>
                    {detail ? `: ${detail}` : ''}
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
