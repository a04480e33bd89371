import { CprSearchForm, Link, type Me, RuleNote, useCprLookup, useI18n } from '@rygforlob/ui';

/**
 * The citizen's own contact: find them by CPR, and open the jobcentre's case if it has one. The
 * jobcentre never attaches itself to a health pathway (SELF-REFERRAL, CONSENT-BY, issue 8): that
 * takes the GP's LÆ 165 or contact, or the citizen's own consent.
 */
export default function FindCitizen(_props: { me: Me }) {
  const { t } = useI18n();
  const lookup = useCprLookup();
  const { found } = lookup;
  const citizen = found.data?.citizen;
  const openPathway = found.data?.pathways.find((p) => p.status === 'open');

  return (
    <>
      <h1>{t('employment.citizen.title')}</h1>
      <p className="ry-help">{t('employment.citizen.intro')}</p>
      <div className="ry-card">
        <CprSearchForm
          lookup={lookup}
          label={t('employment.citizen.cpr')}
          submit={t('employment.citizen.find')}
        />
      </div>
      {found.data && !citizen && <p className="ry-alert">{t('employment.citizen.notFound')}</p>}
      {citizen && (
        <section className="ry-card" aria-labelledby="found-title">
          <h2 id="found-title">
            {citizen.name} <span className="ry-rule">{citizen.municipality}</span>
          </h2>
          {!openPathway && <p>{t('employment.citizen.noPathway')}</p>}
          {openPathway?.related && (
            <Link to={`/case/${openPathway.id}`} className="ry-button">
              {t('employment.citizen.openCase')}
            </Link>
          )}
          {openPathway && !openPathway.related && (
            <RuleNote code="SELF-REFERRAL">
              <p>{t('employment.citizen.notRelated')}</p>
            </RuleNote>
          )}
        </section>
      )}
    </>
  );
}
