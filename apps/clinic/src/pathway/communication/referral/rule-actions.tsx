import type { ReferralKind } from '@rygforlob/domain';
import { useI18n } from '@rygforlob/ui';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import type { TabProps } from '../../tabs/props.ts';

/**
 * The way forward a rule points to, as a button beside it: TG-CAUDA → the acute referral;
 * IMG-CHIRO-INFORMS-GP → a note to the GP; GP-INFORMED → record consent to the GP.
 */
export function useRuleActions({
  pathway,
  me,
  goTo,
  onKind,
}: Pick<TabProps, 'pathway' | 'me' | 'goTo'> & { onKind?(kind: ReferralKind): void }) {
  const { t } = useI18n();
  const coordinator = pathway.view?.coordinatorOrganisationId;
  const writeToGp = coordinator !== undefined && coordinator !== me.organisationId;
  return (rule: string): ReactNode => {
    if (rule === 'TG-CAUDA' && onKind)
      return (
        <p>
          <Button className="ry-button" data-variant="danger" onPress={() => onKind('acute')}>
            {t('clinic.triage.sendAcute')}
          </Button>
        </p>
      );
    if (rule === 'IMG-CHIRO-INFORMS-GP' && writeToGp)
      return (
        <p>
          <Button
            className="ry-button"
            data-variant="secondary"
            onPress={() => goTo('notes', '&noteKind=information&prefill=imaging')}
          >
            {t('clinic.comm.action.informGp')}
          </Button>
        </p>
      );
    if (rule === 'GP-INFORMED' && coordinator)
      return (
        <p>
          <Button
            className="ry-button"
            data-variant="secondary"
            onPress={() => goTo('consent', `&recipient=${coordinator}`)}
          >
            {t('clinic.comm.action.recordGpConsent')}
          </Button>
        </p>
      );
    return null;
  };
}
