import { parseTime, type Time } from '@internationalized/date';
import type { ReactNode } from 'react';
import { TimeField as AriaTimeField, DateInput, DateSegment, Label, Text } from 'react-aria-components';
import { fieldValue } from './date-field.tsx';
import { Errors } from './field-error.tsx';

const HH_MM = /^\d{2}:\d{2}$/;

/** A stored time of day ('HH:MM', 24-hour) as the field's value; anything else is an empty field. */
const toTime = (value: string | undefined): Time | null => fieldValue(value, HH_MM, parseTime);

/**
 * A time of day on the 24-hour clock, whatever the browser's language (issue 14: a native time
 * input shows "--:-- --" and AM/PM in an English browser). react-aria's TimeField: one spin
 * button per part, the app's locale; the value in and out is the domain's 'HH:MM', '' when empty.
 * Like the date field it keeps a line for its message, so nothing moves when it is checked.
 */
export function TimeField(props: {
  label: string;
  name: string;
  value: string;
  onChange(value: string): void;
  description?: ReactNode;
  isRequired?: boolean;
}) {
  const { label, description, value, onChange, name, isRequired } = props;
  return (
    <AriaTimeField
      className="ry-field ry-field--date"
      name={name}
      isRequired={isRequired}
      hourCycle={24}
      shouldForceLeadingZeros
      value={toTime(value)}
      onChange={(time) => onChange(time ? time.toString().slice(0, 5) : '')}
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
      <div className="ry-field__message">
        <Errors />
      </div>
    </AriaTimeField>
  );
}
