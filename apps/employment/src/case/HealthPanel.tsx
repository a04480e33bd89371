import { RuleNote, useI18n } from '@rygforlob/ui';
import { Button } from 'react-aria-components';
import type { CaseProps } from './use-case.ts';

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Health information from the health sector, only with the citizen's consent to this jobcentre
 * (JOB-CONSENT p.43). Without it the caseworker learns that such information exists, and can
 * record the consent when the citizen gives it. The server's slice decides; this only shows it.
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
            <Button className="ry-button" onPress={() => goTo('consent')}>
              {t('employment.health.recordConsent')}
            </Button>
          )}
        </RuleNote>
      </section>
    );
  }

  const requests = Object.values(state.referrals).filter((r) => r.to.organisationId === me.organisationId);
  const answers = Object.values(state.certificates).filter((c) => c.answered);
  const target = state.triage?.result?.targetGroup;
  const goals = state.plan?.goals ?? [];
  const field = (label: string, value: string) =>
    value ? (
      <div>
        <dt>{label}</dt>
        <dd>{value}</dd>
      </div>
    ) : null;
  const empty = requests.length === 0 && answers.length === 0 && !target && goals.length === 0;

  return (
    <section className="ry-card" aria-labelledby="health-title">
      <h2 id="health-title">
        {t('employment.health.title')}{' '}
        <span className="ry-badge" data-tone="ok">
          {t('employment.health.consentedBadge')}
        </span>
      </h2>
      {empty && <p>{t('employment.health.none')}</p>}
      {(target || goals.length > 0) && (
        <dl className="ry-facts">
          {target && field(t('employment.health.targetGroup'), term('targetGroup', target))}
          {goals.length > 0 && field(t('employment.health.goals'), goals.map((g) => g.goal).join('; '))}
        </dl>
      )}
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
