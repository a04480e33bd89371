import type { Actor, PathwayState, ReferralKind } from '@rygforlob/domain';
import { Checkbox, type I18n, NumberField, RadioGroup, TextArea, TextField } from '@rygforlob/ui';
import { createContext, type ReactNode, useContext } from 'react';
import { useFieldLabel, useValueLabel } from '../shared.tsx';
import { type DraftSource, useSourceNote } from './prefill.ts';

/**
 * The referral forms keep a flat draft (one key per input, the last segment of the domain's
 * field path) and build the nested content the kind's schema wants when sending. Each input is
 * named by its full path (`content.history.symptomOnset`) so the domain's violations land on it.
 */
export type Draft = Record<string, unknown>;

export interface KindContext {
  state: PathwayState;
  actor: Actor;
  /** Switch the composer to another kind (imaging with a new paresis → acute). */
  onKind(kind: ReferralKind): void;
  t: I18n['t'];
  /** HOSP-REREFERRAL applies: an earlier hospital course, as far as this viewer can see (or the check says so). */
  earlierHospitalCourse: boolean;
}

/** One referral kind's form: its empty draft, the content it sends, and its inputs. */
export interface KindModule {
  initial(context: KindContext): Draft;
  content(draft: Draft, context: KindContext): Record<string, unknown>;
  Form(props: { context: KindContext }): ReactNode;
  /**
   * Yes/no fields the form asks as a choice: the words each answer is shown back with
   * (`[when true, when false]`, values of `clinic.comm.value.*`), not "Ja"/"Nej" (issue 14).
   */
  answers?: Record<string, readonly [string, string]>;
}

interface Kit {
  kind: ReferralKind;
  draft: Draft;
  set(key: string, value: unknown): void;
  errors: Record<string, string>;
  /** Where prefilled values came from (issue 14): shown under the field. */
  sources?: Record<string, DraftSource>;
}

/** The field's source note, if the pathway filled it in. */
function useSource(key: string): string | undefined {
  const { draft, sources } = useKit();
  const note = useSourceNote();
  return note(sources?.[key], draft[key]);
}

const KitContext = createContext<Kit | null>(null);
export const KitProvider = KitContext.Provider;

export function useKit(): Kit {
  const kit = useContext(KitContext);
  if (!kit) throw new Error('referral field outside KitProvider');
  return kit;
}

const keyOf = (field: string): string => field.split('.').at(-1) as string;
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');
export const lines = (value: unknown): string[] =>
  str(value)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A required (unless `optional`) text input or text area bound to the draft. */
export function Txt({
  f,
  area,
  optional,
  rows,
  type,
  description,
}: {
  f: string;
  area?: boolean;
  optional?: boolean;
  rows?: number;
  type?: string;
  description?: ReactNode;
}) {
  const { kind, draft, set } = useKit();
  const label = useFieldLabel(kind);
  const key = keyOf(f);
  const source = useSource(key);
  const common = {
    label: label(f),
    name: f,
    value: str(draft[key]),
    onChange: (v: string) => set(key, v),
    isRequired: !optional,
    description: description ?? source,
  };
  return area ? <TextArea {...common} rows={rows ?? 3} /> : <TextField {...common} type={type} />;
}

export function Num({
  f,
  min,
  max,
  optional,
}: {
  f: string;
  min?: number;
  max?: number;
  optional?: boolean;
}) {
  const { kind, draft, set } = useKit();
  const label = useFieldLabel(kind);
  const key = keyOf(f);
  const value = draft[key];
  const source = useSource(key);
  return (
    <NumberField
      label={label(f)}
      name={f}
      description={source}
      value={typeof value === 'number' ? value : undefined}
      onChange={(v) => set(key, v)}
      minValue={min}
      maxValue={max}
      isRequired={!optional}
    />
  );
}

/** A checkbox bound to a boolean of the draft; its words are the field's label unless given. */
export function Flag({ f, required, children }: { f: string; required?: boolean; children?: ReactNode }) {
  const { kind, draft, set } = useKit();
  const label = useFieldLabel(kind);
  const key = keyOf(f);
  return (
    <Checkbox name={f} isSelected={draft[key] === true} onChange={(on) => set(key, on)} isRequired={required}>
      {children ?? label(f)}
    </Checkbox>
  );
}

/** One of a few values (radio buttons), worded by `clinic.comm.value.*`. */
export function Choice({ f, options }: { f: string; options: readonly string[] }) {
  const { kind, draft, set } = useKit();
  const label = useFieldLabel(kind);
  const value = useValueLabel();
  const key = keyOf(f);
  const source = useSource(key);
  return (
    <RadioGroup<string>
      label={label(f)}
      name={f}
      description={source}
      orientation="horizontal"
      value={str(draft[key]) || null}
      onChange={(v) => set(key, v)}
      options={options.map((o) => ({ value: o, label: value(o) }))}
      isRequired
    />
  );
}

/** Any number of values (checkboxes) kept as an array, e.g. imaging indications. */
export function Many({
  f,
  options,
  description,
}: {
  f: string;
  options: readonly string[];
  description?: ReactNode;
}) {
  const { kind, draft, set, errors } = useKit();
  const label = useFieldLabel(kind);
  const value = useValueLabel();
  const key = keyOf(f);
  const selected = Array.isArray(draft[key]) ? (draft[key] as string[]) : [];
  const source = useSource(key);
  return (
    <fieldset className="ry-field">
      <legend className="ry-label">{label(f)}</legend>
      {description && <p className="ry-help">{description}</p>}
      {options.map((option) => (
        <Checkbox
          key={option}
          name={`${f}.${option}`}
          isSelected={selected.includes(option)}
          onChange={(on) => set(key, on ? [...selected, option] : selected.filter((s) => s !== option))}
        >
          {value(option)}
        </Checkbox>
      ))}
      {source && <p className="ry-help">{source}</p>}
      {errors[f] && <p className="ry-error">{errors[f]}</p>}
    </fieldset>
  );
}

/** A titled group of inputs (HOSP-CONTENT's sections, for example). */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="ry-card">
      <legend className="ry-alert__title">{title}</legend>
      {children}
    </fieldset>
  );
}
