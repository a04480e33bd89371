import { useDirectory, useI18n } from '@rygforlob/ui';
import type { TabProps } from '../../tabs/props.ts';
import { Badge } from '../shared.tsx';
import { AnswerReferral } from './AnswerReferral.tsx';
import { ReferralContentView } from './ReferralContentView.tsx';

const TONE = { sent: 'warn', accepted: 'ok', declined: 'danger' } as const;

/** The pathway's referrals in the viewer's slice, newest first; those addressed here can be answered. */
export function ReferralList({ pathway, me }: Pick<TabProps, 'pathway' | 'me'>) {
  const { t, term, date } = useI18n();
  const { orgName } = useDirectory();
  const referrals = Object.values(pathway.state.referrals).sort((a, b) => b.seq - a.seq);
  return (
    <section aria-labelledby="referrals-title">
      <h2 id="referrals-title">{t('clinic.comm.referrals.title')}</h2>
      {referrals.length === 0 && <p>{t('clinic.comm.referrals.none')}</p>}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {referrals.map((r) => {
          const toMe = r.to.organisationId === me.organisationId;
          return (
            <li key={r.referralId} className="ry-card">
              <h3>
                {term('referralKind', r.kind)}{' '}
                <Badge tone={TONE[r.status]}>{t(`clinic.comm.status.${r.status}`)}</Badge>{' '}
                {toMe && <Badge>{t('clinic.comm.referrals.toYou')}</Badge>}
                {r.selfReferral && <Badge>{t('clinic.comm.referrals.self')}</Badge>}
              </h3>
              <p className="ry-help">
                {t('clinic.comm.referrals.meta', {
                  date: date(r.at),
                  from: orgName(r.by.organisationId),
                  to: orgName(r.to.organisationId),
                })}
                {r.answeredAt && ` · ${t('clinic.comm.referrals.answered', { date: date(r.answeredAt) })}`}
              </p>
              {r.declineReason && (
                <p>{t('clinic.comm.referrals.declinedBecause', { reason: r.declineReason })}</p>
              )}
              {r.grade && (
                <p>{t('clinic.comm.referrals.grade', { grade: t(`clinic.comm.value.${r.grade}`) })}</p>
              )}
              {r.freeChoiceProvider && (
                <p>{t('clinic.comm.referrals.freeChoice', { provider: r.freeChoiceProvider })}</p>
              )}
              <details open={toMe && r.status === 'sent'}>
                <summary>{t('clinic.comm.referrals.content')}</summary>
                <ReferralContentView kind={r.kind} content={r.content} />
              </details>
              {toMe && r.status === 'sent' && <AnswerReferral referral={r} pathway={pathway} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
