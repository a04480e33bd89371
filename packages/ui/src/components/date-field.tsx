import { type CalendarDate, parseDate } from '@internationalized/date';
import type { ReactNode } from 'react';
import { DateField as AriaDateField, DateInput, DateSegment, Label, Text } from 'react-aria-components';
import { useI18n } from '../i18n/react.tsx';
import { Errors } from './field-error.tsx';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A stored value in `format` parsed for a field; anything else is an empty field (null). */
export function fieldValue<T>(
  value: string | undefined,
  format: RegExp,
  parse: (text: string) => T,
): T | null {
  if (!value || !format.test(value)) return null;
  try {
    return parse(value);
  } catch {
    return null;
  }
}

/** A stored day (YYYY-MM-DD) as the field's value; anything else is an empty field. */
const toCalendarDate = (iso: string | undefined): CalendarDate | null => fieldValue(iso, ISO_DAY, parseDate);

/**
 * A day typed as Danish clinicians write it, dd.mm.åååå, whatever the browser's language
 * (react-aria's DateField: one spin button per part, arrow keys, screen-reader names; the
 * locale comes from the I18nProvider, da-DK in Danish). Typing "26.10.2026" fills day, month
 * and year: the dots are skipped. The value in and out is the domain's YYYY-MM-DD, '' when
 * empty; `name` carries it in the form, so server violations land here by field path.
 * No default: an empty field stays empty until the clinician chooses a day (issue 14).
 */
export function DateField(props: {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  description?: ReactNode;
  isRequired?: boolean;
  minValue?: string;
  maxValue?: string;
}) {
  const { t, date } = useI18n();
  const { label, description, value, onChange, minValue, maxValue, name, isRequired } = props;
  const min = toCalendarDate(minValue);
  const max = toCalendarDate(maxValue);
  return (
    <AriaDateField
      className="ry-field ry-field--date"
      name={name}
      isRequired={isRequired}
      granularity="day"
      value={toCalendarDate(value)}
      onChange={(day) => onChange(day ? day.toString() : '')}
      {...(min ? { minValue: min } : {})}
      {...(max ? { maxValue: max } : {})}
      // Our own words instead of the browser's ("Please fill out this field.").
      validate={(day) => {
        if (!day) return isRequired ? t('field.required.date') : null;
        if (min && day.compare(min) < 0) return t('field.date.min', { date: date(min.toString()) });
        if (max && day.compare(max) > 0) return t('field.date.max', { date: date(max.toString()) });
        return null;
      }}
    >
      <Label>{label}</Label>
      <DateInput className="ry-date">
        {(segment) => <DateSegment segment={segment} className="ry-date__segment" />}
      </DateInput>
      {description && (
        <Text slot="description" className="ry-help">
          {description}
        </Text>
      )}
      {/* The message's line is kept whether or not it shows: react-aria checks a date field when
          it loses focus, so a message that came or went then would move the button below under
          the pointer between press and release, and the click on "Send" would miss (issue 14). */}
      <div className="ry-field__message">
        <Errors
          required="field.required.date"
          {...(min ? { min: t('field.date.min', { date: date(min.toString()) }) } : {})}
          {...(max ? { max: t('field.date.max', { date: date(max.toString()) }) } : {})}
        />
      </div>
    </AriaDateField>
  );
}
