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
  sent = false,
}: {
  /** A recipient is chosen: the check can run. */
  ready: boolean;
  /** The referral was just sent: the check of the emptied form is not news (issue 14). */
  sent?: boolean;
  result: CheckResult | undefined;
  checking: boolean;
  failed: boolean;
  fieldLabel(field: string): string;
  extra(rule: string, findings: Finding[]): ReactNode;
}) {
  const { t } = useI18n();
  // One gap per field (or per rule without a field): the count matches the list below.
  const gaps = new Set(result?.violations.map((v) => v.field ?? v.rule)).size;
  const summary = sent
    ? t('clinic.comm.check.sent')
    : !ready
      ? t('clinic.comm.check.chooseRecipient')
      : failed
        ? t('clinic.comm.check.unavailable')
        : !result
          ? t('clinic.comm.check.checking')
          : result.allowed
            ? t(result.warnings.length > 0 ? 'clinic.comm.check.readyWarnings' : 'clinic.comm.check.ready')
            : gaps === 1
              ? t('clinic.comm.check.blockedOne')
              : t('clinic.comm.check.blocked', { n: gaps });
  return (
    <aside className="ry-card ry-check-panel" aria-labelledby="referral-check-title">
      <h3 id="referral-check-title">{t('clinic.comm.check.title')}</h3>
      <p
        className="ry-alert"
        data-tone={sent ? 'ok' : !result || !ready ? 'info' : result.allowed ? 'ok' : 'danger'}
        aria-live="polite"
      >
        {summary}
      </p>
      {ready && result && !sent && (
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
