import { Prevention119ContentSchema, type ReferralState, RehabPlanContentSchema } from '@rygforlob/domain';
import { actorAndOrg, type MessageKey, useDirectory, useI18n } from '@rygforlob/ui';
import type { ReactNode } from 'react';

const P119_FIELDS = [
  'referralDiagnosis',
  'purpose',
  'clinicalInformation',
  'history',
  'practicalCircumstances',
] as const;
const R140_FIELDS = [
  'diagnosis',
  'healthAndFunctionSummary',
  'functionalLossIcf',
  'citizenGoals',
  'rehabilitationNeed',
  'suggestions',
  'prognosis',
  'citizenInformed',
  'followUpAtHospital',
  'citizenWishesAndWorkConstraints',
  'contact',
] as const;

const label = (field: string) => `clinic.comm.field.${field}` as MessageKey;

/** One fact of the referral; rows are grouped in a <div> each, as <dl> allows. */
const Fact = ({ term, children }: { term: string; children: ReactNode }) => (
  <div className="rh-facts__row">
    <dt>{term}</dt>
    <dd>{children}</dd>
  </div>
);

/**
 * What the referral says, as the sender wrote it: XREF15 (P119-CONTENT, p.54) or the
 * rehabilitation plan (R140-PLAN-CONTENT, p.44, p.55; spec §9).
 */
export function ReferralSummary({ referral }: { referral: ReferralState }) {
  const { t, term, date } = useI18n();
  const { orgName } = useDirectory();
  const from = referral.selfReferral
    ? t('rehab.referral.self')
    : actorAndOrg(term('actor', referral.by.actor), orgName(referral.by.organisationId));
  const head = (
    <p className="ry-help">
      {term('referralKind', referral.kind)} · {t('rehab.referral.from', { from, date: date(referral.at) })}
    </p>
  );
  if (referral.kind === 'rehab-140') {
    const plan = RehabPlanContentSchema.safeParse(referral.content);
    if (!plan.success) return head;
    const p = plan.data;
    return (
      <>
        {head}
        <dl className="rh-facts">
          <Fact term={t('rehab.plan.stay')}>
            {date(p.admissionDate)} – {date(p.dischargeDate)}
            {p.afterSurgery && ` · ${t('clinic.comm.field.afterSurgery')}`}
          </Fact>
          <Fact term={t('clinic.comm.field.level')}>{t(`rehab.level.${p.level}`)}</Fact>
          {p.laterStart && (
            <Fact term={t('clinic.comm.field.laterStart.date')}>
              {date(p.laterStart.date)} · {p.laterStart.clinicalReason}
            </Fact>
          )}
          {R140_FIELDS.map((field) =>
            p[field] ? (
              <Fact key={field} term={t(label(field))}>
                {p[field]}
              </Fact>
            ) : null,
          )}
        </dl>
      </>
    );
  }
  const xref = Prevention119ContentSchema.safeParse(referral.content);
  if (!xref.success) return head;
  const c = xref.data;
  return (
    <>
      {head}
      <dl className="rh-facts">
        {P119_FIELDS.map((field) => (
          <Fact key={field} term={t(label(field))}>
            {c[field]}
          </Fact>
        ))}
        <Fact term={t('clinic.comm.field.otherMunicipalOffers')}>
          {c.otherMunicipalOffers.length ? c.otherMunicipalOffers.join(', ') : '–'}
        </Fact>
        {c.interpreterNeeded && (
          <Fact term={t('rehab.referral.interpreter')}>{t('clinic.comm.field.interpreterNeeded')}</Fact>
        )}
      </dl>
    </>
  );
}
