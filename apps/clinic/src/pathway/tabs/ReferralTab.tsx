import { type Actor, REFERRAL_KINDS, type ReferralKind, referralPermission } from '@rygforlob/domain';
import { useI18n, useRouter } from '@rygforlob/ui';
import { useState } from 'react';
import { REFERRAL_COMPOSER } from '../advice-actions.ts';
import { KindPicker } from '../communication/referral/KindPicker.tsx';
import { ReferralComposer } from '../communication/referral/ReferralComposer.tsx';
import { ReferralList } from '../communication/referral/ReferralList.tsx';
import { RouteGuidance } from '../communication/referral/RouteGuidance.tsx';
import type { TabProps } from './props.ts';

const isKind = (value: string | null): value is ReferralKind =>
  (REFERRAL_KINDS as readonly string[]).includes(value ?? '');

/**
 * The referral composer for every kind of chapter 8 (p.50–56): the kind (preselected from
 * `?kind=`, e.g. `acute` from the cauda equina alert), then either the program's legitimate
 * route (REFERRAL-ROUTE) or the kind's form with its live check; below, the pathway's referrals.
 */
export default function ReferralTab(props: TabProps) {
  const { t } = useI18n();
  const router = useRouter();
  const actor = props.me.actor as Actor;
  const queryKind = router.query.get('kind');
  const [kind, setKind] = useState<ReferralKind | ''>(isKind(queryKind) ? queryKind : '');
  // A new `?kind=` (another alert pressed while here) wins over the current choice.
  const [seenQueryKind, setSeenQueryKind] = useState(queryKind);
  if (queryKind !== seenQueryKind) {
    setSeenQueryKind(queryKind);
    if (isKind(queryKind)) setKind(queryKind);
  }
  const permission = kind ? referralPermission(actor, kind) : null;
  const closed = props.pathway.view?.status === 'closed';

  // A referral waiting for this organisation's answer is the task at hand: it comes first.
  const waiting = Object.values(props.pathway.state.referrals).some(
    (r) => r.to.organisationId === props.me.organisationId && r.status === 'sent',
  );
  const list = <ReferralList pathway={props.pathway} me={props.me} />;

  return (
    <>
      {waiting && list}
      <section aria-labelledby="referral-new-title">
        <h2 id="referral-new-title">{t('clinic.comm.referral.title')}</h2>
        {closed ? (
          <p className="ry-alert">{t('clinic.pathway.closed')}</p>
        ) : (
          <>
            <KindPicker actor={actor} kind={kind} onChange={setKind} />
            {kind && permission && !permission.allowed && (
              <RouteGuidance {...props} kind={kind} routes={permission.routes} />
            )}
            {kind && permission?.allowed && (
              // An advice card's "Henvis: …" lands here, on the composer's first field (issue 14).
              <div id={REFERRAL_COMPOSER}>
                <ReferralComposer key={kind} {...props} kind={kind} onKind={setKind} />
              </div>
            )}
          </>
        )}
      </section>
      {!waiting && list}
    </>
  );
}
