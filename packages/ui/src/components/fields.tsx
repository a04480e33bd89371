import type { ReactNode } from 'react';
import {
  Checkbox as AriaCheckbox,
  NumberField as AriaNumberField,
  RadioGroup as AriaRadioGroup,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
  FieldError,
  Input,
  Label,
  Radio,
  Text,
} from 'react-aria-components';

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

export function TextField(
  props: Common & {
    value: string;
    onChange(value: string): void;
    type?: string;
    autoComplete?: string;
    autoFocus?: boolean;
  },
) {
  const { label, description, ...rest } = props;
  return (
    <AriaTextField className="ry-field" {...rest}>
      <Label>{label}</Label>
      <Input />
      {description && (
        <Text slot="description" className="ry-help">
          {description}
        </Text>
      )}
      <FieldError className="ry-error" />
    </AriaTextField>
  );
}

export function TextArea(props: Common & { value: string; onChange(value: string): void; rows?: number }) {
  const { label, description, rows = 3, ...rest } = props;
  return (
    <AriaTextField className="ry-field" {...rest}>
      <Label>{label}</Label>
      <AriaTextArea rows={rows} />
      {description && (
        <Text slot="description" className="ry-help">
          {description}
        </Text>
      )}
      <FieldError className="ry-error" />
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
  return (
    <AriaNumberField
      className="ry-field"
      value={value ?? Number.NaN}
      onChange={(v) => onChange(Number.isNaN(v) ? undefined : v)}
      {...rest}
    >
      <Label>{label}</Label>
      <Input />
      {description && (
        <Text slot="description" className="ry-help">
          {description}
        </Text>
      )}
      <FieldError className="ry-error" />
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
  return (
    <AriaRadioGroup className="ry-field" value={value} onChange={(v) => onChange(v as T)} {...rest}>
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
      <FieldError className="ry-error" />
    </AriaRadioGroup>
  );
}
