import { IMAGING_INDICATIONS } from '@rygforlob/domain';
import { RuleNote, useI18n } from '@rygforlob/ui';
import { Button } from 'react-aria-components';
import { Choice, type KindContext, type KindModule, Many, str, Txt, useKit } from '../fields.tsx';

/** Imaging (p.22–25): modality, indications (IMG-INDICATION warns without one, with the leaflet) and the question. */
export const imaging: KindModule = {
  initial: () => ({ indications: [] }),
  content: (d) => ({
    modality: str(d.modality) || undefined,
    indications: Array.isArray(d.indications) ? d.indications : [],
    question: str(d.question),
  }),
  Form: ImagingForm,
};

function ImagingForm({ context }: { context: KindContext }) {
  const { t } = useI18n();
  const { draft } = useKit();
  const indications = Array.isArray(draft.indications) ? (draft.indications as string[]) : [];
  return (
    <>
      <Choice f="content.modality" options={['xray', 'mr', 'ct']} />
      <Many f="content.indications" options={IMAGING_INDICATIONS} />
      {indications.length === 0 ? (
        <RuleNote code="IMG-INDICATION" tone="warn">
          <p>{t('clinic.comm.imaging.leaflet')}</p>
        </RuleNote>
      ) : (
        <RuleNote code="IMG-INDICATION" />
      )}
      {indications.includes('new-paresis-48h') && (
        <RuleNote code="TG-CAUDA" tone="danger">
          <Button className="ry-button" data-variant="danger" onPress={() => context.onKind('acute')}>
            {t('clinic.triage.sendAcute')}
          </Button>
        </RuleNote>
      )}
      {context.actor === 'chiro' && <RuleNote code="IMG-CHIRO-INFORMS-GP" />}
      <Txt f="content.question" area rows={2} />
    </>
  );
}
