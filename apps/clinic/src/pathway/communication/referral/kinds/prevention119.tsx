import { RuleNote, useI18n } from '@rygforlob/ui';
import { Flag, type KindModule, lines, Section, str, Txt } from '../fields.tsx';

const CRITERIA = ['practiceCourseTried', 'aimPreventWorsening', 'courseJudgedHelpful'] as const;

/** XREF15 to a clarifying conversation (P119-CONTENT, p.54); P119-CRITERIA warn, never block. */
export const prevention119: KindModule = {
  initial: () => ({}),
  content: (d) => ({
    referralDiagnosis: str(d.referralDiagnosis),
    clinicalInformation: str(d.clinicalInformation),
    purpose: str(d.purpose),
    history: str(d.history),
    practicalCircumstances: str(d.practicalCircumstances),
    otherMunicipalOffers: lines(d.otherMunicipalOffers),
    interpreterNeeded: d.interpreterNeeded === true,
    criteria: Object.fromEntries(CRITERIA.map((c) => [c, d[c] === true])),
  }),
  Form: Prevention119Form,
};

function Prevention119Form() {
  const { t } = useI18n();
  return (
    <>
      <p className="ry-help">{t('clinic.comm.p119.clarifying')}</p>
      <Txt f="content.referralDiagnosis" />
      <Txt f="content.purpose" area rows={2} />
      <Txt f="content.clinicalInformation" area rows={4} />
      <Txt f="content.history" area rows={3} />
      <Txt f="content.practicalCircumstances" area rows={2} />
      <Txt
        f="content.otherMunicipalOffers"
        area
        rows={2}
        optional
        description={t('clinic.comm.p119.offersHelp')}
      />
      <Flag f="content.interpreterNeeded" />
      <Section title={t('clinic.comm.p119.criteria')}>
        <RuleNote code="P119-CRITERIA" />
        {CRITERIA.map((c) => (
          <Flag key={c} f={`content.criteria.${c}`} />
        ))}
      </Section>
    </>
  );
}
