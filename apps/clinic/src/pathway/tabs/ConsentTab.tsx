import { RuleNote, useI18n } from '@rygforlob/ui';
import { ConsentForm } from '../communication/consent/ConsentForm.tsx';
import { ConsentList } from '../communication/consent/ConsentList.tsx';
import type { TabProps } from './props.ts';

/**
 * The citizen's consents (CONSENT p.50: all sharing between actors needs it; JOB-CONSENT p.43:
 * health information to the jobcentre too): who may receive what, record a new one on the
 * citizen's behalf where this practice may (CONSENT-BY), withdraw.
 */
export default function ConsentTab({ pathway, me }: TabProps) {
  const { t } = useI18n();
  const open = pathway.view?.status !== 'closed';
  return (
    <>
      <RuleNote code="CONSENT" />
      <RuleNote code="CONSENT-BY" />
      <RuleNote code="JOB-CONSENT" />
      {pathway.view && !pathway.view.consented && (
        <p className="ry-alert" data-tone="warn">
          {t('clinic.comm.consent.youLack')}
        </p>
      )}
      <ConsentList pathway={pathway} me={me} />
      {open && <ConsentForm pathway={pathway} me={me} />}
    </>
  );
}
