import { useId, useState } from 'react';
import type { Params } from '../i18n/index.ts';
import { useI18n } from '../i18n/react.tsx';

/**
 * The rule code and the program's page behind a quiet "Hvorfor?" (issue 14): the clinician reads
 * words; whoever asks why gets the program's rule and page. A button, not <details>, so it can
 * sit inline in a sentence or a field's help text.
 */
export function RuleRef({ code, also = [] }: { code: string; also?: readonly string[] }) {
  const { rule, t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  // One disclosure for a card that answers several rules (e.g. CLK-SICK-8W with FAST-TRACK).
  const source = (each: string) => {
    const info = rule(each);
    return t(info.hard ? 'rule.sourceHard' : 'rule.source', { code: each, page: info.page });
  };
  return (
    <span className="ry-why">
      <button
        type="button"
        className="ry-why__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {t('rule.why')}
      </button>
      <span id={id} className="ry-rule" hidden={!open}>
        {also.length === 0
          ? source(code)
          : [code, ...also].map((each, i) => (
              <span key={each}>
                {i > 0 && ' '}
                {source(each)}
              </span>
            ))}
      </span>
    </span>
  );
}

export type Tone = 'danger' | 'warn' | 'info' | 'ok';

/** A rule said in plain language: title, what to do, and its code and page. */
export function RuleNote({
  code,
  params,
  tone = 'info',
  also,
  children,
  id,
}: {
  code: string;
  /** An anchor a link may lead to (an advice card named by a banner, issue 14). */
  id?: string;
  params?: Params;
  tone?: Tone;
  /** Further rules the note answers, their codes behind the same "Hvorfor?". */
  also?: readonly string[];
  children?: React.ReactNode;
}) {
  const { rule } = useI18n();
  const info = rule(code, params);
  return (
    <div id={id} className="ry-alert" data-tone={tone} role={tone === 'danger' ? 'alert' : undefined}>
      <div className="ry-alert__title">{info.title}</div>
      {info.text && <div>{info.text}</div>}
      {children} <RuleRef code={code} {...(also ? { also } : {})} />
    </div>
  );
}

/** The domain's refusals of a command, each with its rule, field and what to do. */
export function Violations({
  violations,
  tone = 'danger',
}: {
  violations: { rule: string; field?: string; params?: Record<string, unknown> }[];
  tone?: Tone;
}) {
  const { t } = useI18n();
  if (violations.length === 0) return null;
  return (
    <div aria-live="polite">
      {violations.map((v, i) => (
        <RuleNote key={`${v.rule}-${v.field ?? i}`} code={v.rule} params={v.params as Params} tone={tone}>
          {v.field && <div className="ry-help">{t('rule.field', { field: v.field })}</div>}
        </RuleNote>
      ))}
    </div>
  );
}
