import { type Actor, ageOn, type ConsentState, dayOf, type TargetGroup } from '@rygforlob/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/react.tsx';
import { orgWithActor } from './actor-org.ts';
import { formatCpr } from './citizen-cell.tsx';

export interface CitizenHeaderProps {
  citizen: { name: string; cpr: string; birthDate: string; municipality: string };
  targetGroup: TargetGroup | null;
  coordinatorName: string;
  consents: ConsentState[];
  orgName(id: string): string;
  now: string;
  /** Shown instead of "not triaged" when the viewer may not see the triage (e.g. no consent). */
  targetGroupNote?: ReactNode;
  /**
   * False when the viewer's slice never holds the triage (ACCESS_MATRIX, e.g. the jobcentre under
   * JOB-CONSENT p.43): then no triage chip at all, never "not triaged" for a pathway that may be
   * triaged (issue 14 review).
   */
  triageVisible?: boolean;
}

/** Who the pathway is about: name, CPR, age, target group, coordinating GP and active consents. */
export function CitizenHeader({
  citizen,
  targetGroup,
  coordinatorName,
  consents,
  orgName,
  now,
  targetGroupNote,
  triageVisible = true,
}: CitizenHeaderProps) {
  const { t, term } = useI18n();
  const active = consents.filter((c) => !c.withdrawnAt);
  return (
    <section className="ry-card" aria-label={citizen.name}>
      <h1>
        {citizen.name}{' '}
        <span className="ry-rule" style={{ fontSize: '1rem' }}>
          {formatCpr(citizen.cpr)}
        </span>
      </h1>
      <div className="ry-row">
        <div>
          {t('citizen.age', { age: ageOn(citizen.birthDate, dayOf(now)) })} · {citizen.municipality}
        </div>
        {(targetGroup || triageVisible || targetGroupNote) && (
          <div>
            {targetGroup ? (
              <span className="ry-badge" data-tone={targetGroup === 'TG-CAUDA' ? 'danger' : 'info'}>
                {term('targetGroup', targetGroup)}
              </span>
            ) : (
              (targetGroupNote ?? (
                <span className="ry-badge" data-tone="warn">
                  {t('citizen.untriaged')}
                </span>
              ))
            )}
          </div>
        )}
        <div>
          {t('citizen.coordinator')}: {coordinatorName}
        </div>
      </div>
      <div className="ry-help">
        {t('citizen.consents')}:{' '}
        {active.length === 0
          ? t('citizen.noConsents')
          : active
              // The kind only where the organisation's name does not already say it (issue 14).
              .map((c) =>
                orgWithActor(orgName(c.recipient.organisationId), term('actor', c.recipient.actor as Actor)),
              )
              .join(', ')}
      </div>
    </section>
  );
}
