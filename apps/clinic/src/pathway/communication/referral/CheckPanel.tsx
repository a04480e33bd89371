import { useI18n } from '@rygforlob/ui';
import type { ReactNode } from 'react';
import { type Finding, RuleList } from '../RuleList.tsx';

export interface CheckResult {
  allowed: boolean;
  violations: Finding[];
  warnings: Finding[];
}

/**
 * What the program says about the referral as it is being written: `referral.check` is a dry
 * run of the real decision, so what shows here is exactly what sending would meet. Only the
 * one-line summary is a live region; the notes themselves stay quiet while the user types.
 */
export function CheckPanel({
  ready,
  result,
  checking,
  failed,
  fieldLabel,
  extra,
}: {
  /** A recipient is chosen: the check can run. */
  ready: boolean;
  result: CheckResult | undefined;
  checking: boolean;
  failed: boolean;
  fieldLabel(field: string): string;
  extra(rule: string, findings: Finding[]): ReactNode;
}) {
  const { t } = useI18n();
  const summary = !ready
    ? t('clinic.comm.check.chooseRecipient')
    : failed
      ? t('clinic.comm.check.unavailable')
      : !result
        ? t('clinic.comm.check.checking')
        : result.allowed
          ? t('clinic.comm.check.ready', { warnings: result.warnings.length })
          : t('clinic.comm.check.blocked', { n: new Set(result.violations.map((v) => v.rule)).size });
  return (
    <aside
      className="ry-card"
      aria-labelledby="referral-check-title"
      style={{ position: 'sticky', top: '1rem' }}
    >
      <h3 id="referral-check-title">{t('clinic.comm.check.title')}</h3>
      <p
        className="ry-alert"
        data-tone={!result || !ready ? 'info' : result.allowed ? 'ok' : 'danger'}
        aria-live="polite"
      >
        {summary}
      </p>
      {ready && result && (
        <>
          <RuleList findings={result.violations} tone="danger" fieldLabel={fieldLabel} extra={extra} />
          <RuleList findings={result.warnings} tone="warn" fieldLabel={fieldLabel} extra={extra} />
        </>
      )}
      <p className="ry-help" aria-hidden={!checking}>
        {checking ? t('clinic.comm.check.checking') : '\u00a0'}
      </p>
    </aside>
  );
}
