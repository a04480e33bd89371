import { Link, match, useI18n, useRouter } from '@rygforlob/ui';
import { useMine } from '../use-mine.ts';
import { AnswerForm } from './AnswerForm.tsx';
import { MineFrame } from './Mine.tsx';

/** "Spørgeskemaer": what a clinician asked the citizen to answer at home, and what is answered. */
export default function QuestionnairesScreen() {
  const { t, date } = useI18n();
  const mine = useMine();
  const { path, query } = useRouter();
  const sentTo = query.get('sendt');
  const requests = Object.values(mine.state.questionnaireRequests).sort((a, b) => b.seq - a.seq);
  const open = requests.filter((r) => !r.answered);
  const answered = requests.filter((r) => r.answered);
  const chosen = match('/spoergeskemaer/:requestId', path)?.requestId;
  const request = open.find((r) => r.requestId === chosen);
  if (request && mine.view) {
    return (
      <MineFrame mine={mine} title={t(`minside.q.instrument.${request.instrument}`)}>
        <AnswerForm
          request={request}
          pathwayId={mine.view.pathwayId}
          version={mine.view.version}
          asker={mine.orgName(request.by.organisationId)}
        />
      </MineFrame>
    );
  }
  return (
    <MineFrame mine={mine} title={t('minside.q.title')}>
      {sentTo && (
        <p className="ry-alert" data-tone="ok" role="status">
          {t('minside.q.sent', { org: sentTo })}
        </p>
      )}
      {open.length === 0 && <p>{t('minside.q.none')}</p>}
      <ul className="ms-cards">
        {open.map((r) => (
          <li key={r.requestId} className="ry-card">
            <h2>{t(`minside.q.instrument.${r.instrument}`)}</h2>
            <p>{t('minside.q.requested', { org: mine.orgName(r.by.organisationId), date: date(r.at) })}</p>
            <Link
              to={`/spoergeskemaer/${encodeURIComponent(r.requestId)}`}
              className="ry-button ms-link-as-button"
            >
              {t('minside.q.answer')}
              <span className="ms-visually-hidden">: {t(`minside.q.instrument.${r.instrument}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {answered.length > 0 && (
        <ul className="ms-cards">
          {answered.map((r) => (
            <li key={r.requestId} className="ry-card">
              <h2>{t(`minside.q.instrument.${r.instrument}`)}</h2>
              <p>{t('minside.q.answered', { date: date(r.answered?.at ?? r.at) })}</p>
            </li>
          ))}
        </ul>
      )}
    </MineFrame>
  );
}
