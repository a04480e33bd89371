import { RuleNote, useI18n } from '@rygforlob/ui';
import { Button } from 'react-aria-components';
import type { CaseProps } from './use-case.ts';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * What the health sector sent to this jobcentre, only with the citizen's consent (JOB-CONSENT
 * p.43). Under that consent (purpose employment, CONSENT-PURPOSE) the jobcentre sees what was
 * addressed to it (LÆ 165, answers to its LÆ 285, notes) and the sick-leave facts, never triage,
 * assessments, plans, courses or medication: the panel says so. Without consent the caseworker
 * learns that such information exists, and is pointed to the LÆ 285 request, which can carry the
 * citizen's signed consent. The server's slice decides; this only shows it.
 */
export function HealthPanel({ pathway, me, goTo }: CaseProps) {
  const { t, term, date } = useI18n();
  const { view, state } = pathway;
  if (!view) return null;
  const withheld = view.entries.filter((e) => e.visibility === 'withheld').length;

  if (!view.consented) {
    return (
      <section className="ry-card" aria-labelledby="health-title">
        <h2 id="health-title">
          {t('employment.health.title')}{' '}
          <span className="ry-badge" data-tone="warn">
            {t('employment.health.withheldBadge')}
          </span>
        </h2>
        <RuleNote code="JOB-CONSENT" tone="warn">
          <p>
            {withheld > 0
              ? t('employment.health.withheld', { n: withheld })
              : t('employment.health.noneWithheld')}
          </p>
          {view.status === 'open' && (
            <Button className="ry-button" onPress={() => goTo('certificates')}>
              {t('employment.health.requestWithConsent')}
            </Button>
          )}
        </RuleNote>
      </section>
    );
  }

  const requests = Object.values(state.referrals).filter((r) => r.to.organisationId === me.organisationId);
  const answers = Object.values(state.certificates).filter((c) => c.answered);
  const field = (label: string, value: string) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  const empty = requests.length === 0 && answers.length === 0;

  return (
    <section className="ry-card" aria-labelledby="health-title">
      <h2 id="health-title">
        {t('employment.health.title')}{' '}
        <span className="ry-badge" data-tone="ok">
          {t('employment.health.consentedBadge')}
        </span>
      </h2>
      <RuleNote code="CONSENT-PURPOSE">
        <p>{t('employment.health.scope')}</p>
      </RuleNote>
      {empty && <p>{t('employment.health.none')}</p>}
      {requests.map((r) => {
        const c = r.content;
        const lae165 = r.kind === 'jobcentre-lae165';
        return (
          <article key={r.referralId}>
            <h3>
              {t(lae165 ? 'employment.health.lae165' : 'employment.health.contact', { date: date(r.at) })}
            </h3>
            <dl className="ry-facts">
              {lae165 ? (
                <>
                  {field(t('employment.health.proposal'), str(c.proposal))}
                  {field(t('employment.health.workSituation'), str(c.workSituation))}
                  {field(t('employment.health.healthInformation'), str(c.healthInformation))}
                </>
              ) : (
                <>
                  {field(t('employment.health.reason'), str(c.reason))}
                  {field(t('employment.health.clinicalInformation'), str(c.clinicalInformation))}
                </>
              )}
            </dl>
          </article>
        );
      })}
      {answers.map((c) => (
        <article key={c.certificateId}>
          <h3>
            {t('employment.health.certificate', {
              kind: term('noteKind', c.certificate),
              date: date(c.answered?.at ?? c.at),
            })}
          </h3>
          <dl className="ry-facts">
            {field(t('employment.health.abilityToWork'), c.answered?.abilityToWork ?? '')}
            {field(t('employment.health.considerations'), c.answered?.considerations ?? '')}
          </dl>
        </article>
      ))}
    </section>
  );
}
