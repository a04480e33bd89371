import { type Actor, REFERRAL_KINDS, type ReferralKind, referralPermission } from '@rygforlob/domain';
import { useI18n } from '@rygforlob/ui';
import { Select } from '../shared.tsx';

/**
 * The kind of referral: what this actor may send first (Table 3, p.51), then the kinds that go
 * another way, which stay choosable so the program can show that way (REFERRAL-ROUTE).
 */
export function KindPicker({
  actor,
  kind,
  onChange,
}: {
  actor: Actor;
  kind: ReferralKind | '';
  onChange(kind: ReferralKind | ''): void;
}) {
  const { t, term } = useI18n();
  const allowed = REFERRAL_KINDS.filter((k) => referralPermission(actor, k).allowed);
  const other = REFERRAL_KINDS.filter((k) => !referralPermission(actor, k).allowed);
  const permission = kind ? referralPermission(actor, kind) : null;
  return (
    <>
      <Select
        label={t('clinic.comm.referral.kind')}
        name="kind"
        value={kind}
        onChange={(value) => onChange(value as ReferralKind | '')}
        description={t('clinic.comm.referral.kindHelp')}
      >
        <option value="">{t('clinic.comm.choose')}</option>
        <optgroup label={t('clinic.comm.referral.allowedKinds')}>
          {allowed.map((k) => (
            <option key={k} value={k}>
              {term('referralKind', k)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('clinic.comm.referral.otherRoutes')}>
          {other.map((k) => (
            <option key={k} value={k}>
              {term('referralKind', k)}
            </option>
          ))}
        </optgroup>
      </Select>
      {permission?.allowed &&
        permission.conditions.map((condition) => (
          <p key={condition} className="ry-help">
            {t(`clinic.comm.condition.${condition}`)}
          </p>
        ))}
    </>
  );
}
