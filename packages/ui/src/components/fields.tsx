import { createContext, type ReactNode, useContext, useState } from 'react';
import {
  Checkbox as AriaCheckbox,
  NumberField as AriaNumberField,
  RadioGroup as AriaRadioGroup,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  Input,
  Label,
  Radio,
  Text,
} from 'react-aria-components';
import { useI18n } from '../i18n/react.tsx';
import { DateField } from './date-field.tsx';
import { Errors } from './field-error.tsx';
import { TimeField } from './time-field.tsx';

/**
 * Form fields on react-aria-components (accessible labels, descriptions and errors, keyboard
 * use). `name` is the domain's field path, so server violations land on the right field via
 * `<Form validationErrors>`.
 */
interface Common {
  label: string;
  name: string;
  description?: ReactNode;
  isRequired?: boolean;
}

/**
 * Does an empty required field say so before the user has left it? Yes by default; a form that
 * opts in (the referral composer, issue 14) provides `false` until its Send is pressed, so a fresh
 * form is not all red: a field's "must be filled" shows once it is left, or after Send.
 */
export const RequiredShownContext = createContext(true);

/**
 * Our own Danish message for an empty required field, never the browser's (issue 14), and the
 * blur handler that marks the field as left.
 */
function useRequired() {
  const { t } = useI18n();
  const shown = useContext(RequiredShownContext);
  const [left, setLeft] = useState(false);
  const required = (
    isRequired: boolean | undefined,
    empty: boolean,
    key: 'text' | 'choice' | 'number' = 'text',
  ) =>
    (shown || left) && isRequired && empty
      ? t(key === 'text' ? 'field.required' : `field.required.${key}`)
      : null;
  return [required, () => setLeft(true)] as const;
}

/**
 * A text field; `type="date"` gives the da-DK DateField (dd.mm.åååå) and `type="time"` the
 * 24-hour TimeField instead of the browser's.
 */
export function TextField(
  props: Common & {
    value: string;
    onChange(value: string): void;
    type?: string | undefined;
    autoComplete?: string;
    autoFocus?: boolean;
  },
) {
  const [required, onBlur] = useRequired();
  if (props.type === 'date') {
    const { type: _date, autoComplete: _a, autoFocus: _f, ...date } = props;
    return <DateField {...date} />;
  }
  if (props.type === 'time') {
    const { type: _time, autoComplete: _a, autoFocus: _f, ...time } = props;
    return <TimeField {...time} />;
  }
  const { label, description, ...rest } = props;
  return (
    <AriaTextField
      className="ry-field"
      validate={(v) => required(rest.isRequired, v.trim() === '')}
      onBlur={onBlur}
      {...rest}
    >
      <Label>{label}</Label>
      <Input />
      {description && (
        <Text slot="description" className="ry-help">
          {description}
        </Text>
      )}
      <Errors />
    </AriaTextField>
  );
}

export function TextArea(props: Common & { value: string; onChange(value: string): void; rows?: number }) {
  const { label, description, rows = 3, ...rest } = props;
  const [required, onBlur] = useRequired();
  return (
    <AriaTextField
      className="ry-field"
      validate={(v) => required(rest.isRequired, v.trim() === '')}
      onBlur={onBlur}
      {...rest}
    >
      <Label>{label}</Label>
      <AriaTextArea rows={rows} />
      {description && (
        <Text slot="description" className="ry-help">
          {description}
        </Text>
      )}
      <Errors />
    </AriaTextField>
  );
}

export function NumberField(
  props: Common & {
    value: number | undefined;
    onChange(value: number | undefined): void;
    minValue?: number;
    maxValue?: number;
    step?: number;
  },
) {
  const { label, description, value, onChange, ...rest } = props;
  const { t } = useI18n();
  const [required, onBlur] = useRequired();
  return (
    <AriaNumberField
      className="ry-field"
      onBlur={onBlur}
      value={value ?? Number.NaN}
      onChange={(v) => onChange(Number.isNaN(v) ? undefined : v)}
      validate={(v) => {
        if (Number.isNaN(v)) return required(rest.isRequired, true, 'number');
        if (rest.minValue !== undefined && v < rest.minValue)
          return t('field.number.min', { min: rest.minValue });
        if (rest.maxValue !== undefined && v > rest.maxValue)
          return t('field.number.max', { max: rest.maxValue });
        return null;
      }}
      {...rest}
    >
      <Label>{label}</Label>
      <Input />
      {description && (
        <Text slot="description" className="ry-help">
          {description}
        </Text>
      )}
      <Errors
        required="field.required.number"
        {...(rest.minValue !== undefined ? { min: t('field.number.min', { min: rest.minValue }) } : {})}
        {...(rest.maxValue !== undefined ? { max: t('field.number.max', { max: rest.maxValue }) } : {})}
      />
    </AriaNumberField>
  );
}

export function Checkbox(props: {
  name?: string;
  isSelected: boolean;
  onChange(selected: boolean): void;
  children: ReactNode;
  isRequired?: boolean;
}) {
  const { children, ...rest } = props;
  return (
    <AriaCheckbox className="ry-check" {...rest}>
      {({ isSelected }) => (
        <>
          <span aria-hidden="true" className="ry-check__box">
            {isSelected ? '☑' : '☐'}
          </span>
          <span>{children}</span>
        </>
      )}
    </AriaCheckbox>
  );
}

export function RadioGroup<T extends string>(
  props: Common & {
    value: T | null;
    onChange(value: T): void;
    options: { value: T; label: ReactNode }[];
    orientation?: 'horizontal' | 'vertical';
  },
) {
  const { label, description, options, value, onChange, ...rest } = props;
  const [required] = useRequired();
  return (
    <AriaRadioGroup
      className="ry-field"
      value={value}
      onChange={(v) => onChange(v as T)}
      validate={(v) => required(rest.isRequired, v == null, 'choice')}
      {...rest}
    >
      <Label>{label}</Label>
      <div className={props.orientation === 'horizontal' ? 'ry-row ry-row--options' : undefined}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="ry-check">
            {({ isSelected }) => (
              <>
                <span aria-hidden="true">{isSelected ? '◉' : '○'}</span>
                <span>{option.label}</span>
              </>
            )}
          </Radio>
        ))}
      </div>
      {description && (
        <Text slot="description" className="ry-help">
          {description}
        </Text>
      )}
      <Errors required="field.required.choice" />
    </AriaRadioGroup>
  );
}
