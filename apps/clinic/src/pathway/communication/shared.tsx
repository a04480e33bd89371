import { MESSAGES, type MessageKey, type Params, useI18n } from '@rygforlob/ui';
import { type ReactNode, useEffect, useId, useState } from 'react';

/** Is `key` a message of the catalogue? For keys built from data (field paths, enum values). */
export const isMessageKey = (key: string): key is MessageKey => key in MESSAGES;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The words for a domain field path, e.g. `content.history.symptomOnset`: a kind's own label
 * (`clinic.comm.field.acute.reason`) first, then the shared one; the raw path as a last resort.
 */
export function useFieldLabel(kind?: string) {
  const { t } = useI18n();
  return (field: string): string => {
    const path = field.replace(/^content\./, '');
    const own = `clinic.comm.field.${kind}.${path}`;
    if (kind && isMessageKey(own)) return t(own);
    const shared = `clinic.comm.field.${path}`;
    return isMessageKey(shared) ? t(shared) : field;
  };
}

/**
 * The words for a value: enums (`clinic.comm.value.mr`), yes/no, dates, numbers with a decimal
 * comma in Danish (88,5, issue 14); text as it is.
 */
export function useValueLabel() {
  const { t, date, lang } = useI18n();
  const decimal = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    maximumFractionDigits: 2,
    useGrouping: false,
  });
  return (value: unknown): string => {
    if (typeof value === 'boolean') return t(value ? 'clinic.comm.yes' : 'clinic.comm.no');
    if (typeof value === 'number') return decimal.format(value);
    if (Array.isArray(value))
      return value
        .map((v) => String(v))
        .map(enumLabel)
        .join(', ');
    if (typeof value === 'string' && ISO_DATE.test(value)) return date(value);
    return enumLabel(String(value ?? ''));
  };
  function enumLabel(value: string): string {
    const key = `clinic.comm.value.${value}`;
    return isMessageKey(key) ? t(key) : value;
  }
}

/** A rule's parameters as a reader wants them: ISO dates in Danish form. */
export function useReadableParams() {
  const { date } = useI18n();
  return (params: Record<string, unknown> | undefined): Params => {
    const out: Params = {};
    for (const [key, value] of Object.entries(params ?? {})) {
      if (typeof value === 'string' && ISO_DATE.test(value)) out[key] = date(value);
      else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        out[key] = value;
      else if (Array.isArray(value)) out[key] = value.map(String);
    }
    return out;
  };
}

/** `value`, once it has stood still for `ms` (compared by content, not identity). */
export function useDebounced<T>(value: T, ms = 300): T {
  const key = JSON.stringify(value) ?? '';
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return (settled === '' ? undefined : JSON.parse(settled)) as T;
}

/** Today as the domain writes a day (Copenhagen). */
export const today = (): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

/** A native select with a real label (fast by keyboard, no popover to style), and its error. */
export function Select({
  label,
  name,
  value,
  onChange,
  isRequired,
  description,
  error,
  children,
}: {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  isRequired?: boolean;
  description?: ReactNode;
  error?: string;
  children: ReactNode;
}) {
  const id = useId();
  const describedBy = [description ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="ry-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={value}
        required={isRequired}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {children}
      </select>
      {description && (
        <span id={`${id}-help`} className="ry-help">
          {description}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="ry-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A status as a coloured badge with words (never colour alone). */
export function Badge({ tone, children }: { tone?: 'danger' | 'warn' | 'info' | 'ok'; children: ReactNode }) {
  return (
    <span className="ry-badge" data-tone={tone}>
      {children}
    </span>
  );
}
