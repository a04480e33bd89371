import { RuleNote } from '@rygforlob/ui';
import { type KindModule, Many, str, Txt } from '../fields.tsx';

const INDICATIONS = ['depression', 'fear-of-movement', 'emotional-barriers'] as const;

/** PSYCHOLOGIST-CRITERIA (p.41, p.54): at least one indication. */
export const psychologist: KindModule = {
  initial: () => ({ indications: [] }),
  content: (d) => ({
    indications: Array.isArray(d.indications) ? d.indications : [],
    clinicalInformation: str(d.clinicalInformation),
  }),
  Form: () => (
    <>
      <RuleNote code="PSYCHOLOGIST-CRITERIA" />
      <Many f="content.indications" options={INDICATIONS} />
      <Txt f="content.clinicalInformation" area rows={4} />
    </>
  ),
};
