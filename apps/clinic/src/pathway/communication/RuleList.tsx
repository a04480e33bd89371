import { focusField, RuleRef, type Tone, useI18n } from '@rygforlob/ui';
import type { ReactNode } from 'react';
import { isMessageKey, useReadableParams } from './shared.tsx';

/** A rule the domain raised (a violation or a warning), as the API returns it. */
export interface Finding {
  rule: string;
  field?: string;
  params?: Record<string, unknown>;
}

/** Zod's issue codes and the domain's own reasons, in words (INPUT-INVALID and content rules). */
export function useReason() {
  const { t } = useI18n();
  return (finding: Finding): string | undefined => {
    const reason = finding.params?.reason;
    if (typeof reason !== 'string') return undefined;
    // "too small" is an empty text to a clinician, a low number otherwise: zod's message says which.
    const message = String(finding.params?.message ?? '');
    const refined =
      reason === 'too_small' && /\b(string|array|characters|items)\b/.test(message)
        ? 'too_small.empty'
        : reason === 'too_small' && /\bnumber\b/.test(message)
          ? 'too_small.number'
          : reason;
    const key = `clinic.comm.reason.${refined}`;
    return isMessageKey(key) ? t(key) : undefined;
  };
}

/** A reason as a sentence on its own: "Skal udfyldes." */
const sentence = (text: string) =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/**
 * A field's label and what is wrong with it: "Diagnose skal udfyldes", but a label that is a
 * question ends its own sentence, "Hvad ønskes undersøgt? Skal udfyldes." (issue 14 wording).
 */
export const fieldWithReason = (label: string, why: string | undefined): string =>
  !why ? label : /\?\s*$/.test(label) ? `${label.trim()} ${sentence(why)}` : `${label} ${why}`;

/**
 * One short message under a field, in words: what is wrong with it ("Skal udfyldes."). The rule's
 * code and page are in the note above, behind "Hvorfor?" (issue 14), not repeated per field.
 */
export function useFieldMessage() {
  const { rule } = useI18n();
  const reason = useReason();
  const readable = useReadableParams();
  return (finding: Finding): string =>
    sentence(reason(finding) ?? rule(finding.rule, readable(finding.params)).title);
}

/** `{ [field]: message }` for react-aria's `<Form validationErrors>`: the first finding per field wins. */
export function useValidationErrors() {
  const message = useFieldMessage();
  return (findings: Finding[]): Record<string, string> => {
    const errors: Record<string, string> = {};
    for (const finding of findings) {
      if (finding.field && !(finding.field in errors)) errors[finding.field] = message(finding);
    }
    return errors;
  };
}

/**
 * Findings grouped by rule: one note per rule (title, what to do, code and page) listing the
 * fields it concerns, so twenty missing fields read as one clear message, not twenty.
 * `announce`: danger notes are alerts (after a submit); a list that follows typing stays quiet.
 */
export function RuleList({
  findings,
  tone,
  fieldLabel,
  extra,
  announce = false,
}: {
  findings: Finding[];
  tone: Tone;
  fieldLabel(field: string): string;
  extra?(rule: string, findings: Finding[]): ReactNode;
  announce?: boolean;
}) {
  const { t, rule } = useI18n();
  const reason = useReason();
  const readable = useReadableParams();
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.rule, [...(groups.get(finding.rule) ?? []), finding]);
  return (
    <>
      {[...groups].map(([code, group]) => {
        const first = group[0] as Finding;
        // Zod's parameters (reason, message) belong to each field, not to the rule's sentence.
        const fields = group.filter((f) => f.field);
        // The count bends its noun: "mangler 10 påkrævede felter", not "et påkrævet felt" above ten (issue 14).
        const params = {
          ...(first.params && 'message' in first.params ? {} : readable(first.params)),
          missing: fields.length > 0 ? fields.length : undefined,
        };
        const info = rule(code, params);
        return (
          <div
            key={code}
            className="ry-alert"
            data-tone={tone}
            role={announce && tone === 'danger' ? 'alert' : undefined}
          >
            <div className="ry-alert__title">{info.title}</div>
            {info.text && <div>{info.text}</div>}
            {fields.length > 0 && (
              <ul className="ry-help" aria-label={t('clinic.comm.check.fields')}>
                {fields.map((f) => {
                  const field = f.field as string;
                  const why = reason(f);
                  // A link that takes the clinician to the field (the error summary pattern).
                  return (
                    <li key={field}>
                      <a
                        href={`#${encodeURIComponent(field)}`}
                        onClick={(e) => {
                          if (focusField(field)) e.preventDefault();
                        }}
                      >
                        {fieldWithReason(fieldLabel(field), why)}
                      </a>
                    </li>
                  );
                })}
              </ul>
            )}
            {extra?.(code, group)} <RuleRef code={code} />
          </div>
        );
      })}
    </>
  );
}
