import { citizenMessages } from '@rygforlob/domain';
import { useI18n } from '@rygforlob/ui';
import { useMine } from '../use-mine.ts';
import { MineFrame } from './Mine.tsx';

/** The parts of a §140 plan a citizen reads, in plain words. */
const PLAN_FIELDS = [
  'diagnosis',
  'citizenGoals',
  'rehabilitationNeed',
  'prognosis',
  'followUpAtHospital',
  'contact',
] as const;

/** "Beskeder fra mit forløb": closing notes and plans, as the citizen may read them; no replies. */
export default function MessagesScreen() {
  const { t, date } = useI18n();
  const mine = useMine();
  const messages = mine.view ? citizenMessages({ entries: mine.view.entries, state: mine.state }) : [];
  const names = (ids: string[]) => ids.map(mine.orgName).join(', ');
  return (
    <MineFrame mine={mine} title={t('minside.msg.title')}>
      <p>{t('minside.msg.intro')}</p>
      {messages.length === 0 && <p>{t('minside.msg.none')}</p>}
      <ul className="ms-cards">
        {messages.map((m) => (
          <li key={m.event.seq} className="ry-card">
            {m.kind === 'note' ? (
              <article>
                <h2>{t(`minside.msg.kind.${m.event.kind}`)}</h2>
                <p className="ms-muted">
                  {t('minside.msg.from', {
                    from: mine.orgName(m.event.by.organisationId),
                    to: names(m.event.to.map((p) => p.organisationId)),
                    date: date(m.event.at),
                  })}
                </p>
                <p className="ms-text">{m.event.content.text}</p>
                {m.event.content.reason && (
                  <>
                    <h3>{t('minside.msg.reason')}</h3>
                    <p className="ms-text">{m.event.content.reason}</p>
                  </>
                )}
                {m.event.content.summary && (
                  <>
                    <h3>{t('minside.msg.summary')}</h3>
                    <p className="ms-text">{m.event.content.summary}</p>
                  </>
                )}
                {m.event.content.agreements && (
                  <>
                    <h3>{t('minside.msg.agreements')}</h3>
                    <p className="ms-text">{m.event.content.agreements}</p>
                  </>
                )}
                {m.event.content.followUpBy && (
                  <p>{t(`minside.msg.followUp.${m.event.content.followUpBy}`)}</p>
                )}
              </article>
            ) : (
              <article>
                <h2>{t('minside.msg.kind.rehab-plan')}</h2>
                <p className="ms-muted">
                  {t('minside.msg.from', {
                    from: mine.orgName(m.event.by.organisationId),
                    to: mine.orgName(m.event.to.organisationId),
                    date: date(m.event.at),
                  })}
                </p>
                {PLAN_FIELDS.map((field) => {
                  const value = m.event.content[field];
                  return typeof value === 'string' && value.trim() ? (
                    <div key={field}>
                      <h3>{t(`minside.msg.plan.${field}`)}</h3>
                      <p className="ms-text">{value}</p>
                    </div>
                  ) : null;
                })}
              </article>
            )}
          </li>
        ))}
      </ul>
    </MineFrame>
  );
}
