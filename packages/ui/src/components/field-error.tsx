import { FieldError } from 'react-aria-components';
import type { MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/react.tsx';

/**
 * A field's error in our own Danish words (issue 14). The browser's constraint messages ("Please
 * fill out this field.", in the browser's language) are replaced by ours; messages from our
 * validators and from the server (`<Form validationErrors>`) are shown as they are.
 */
export function Errors({
  required = 'field.required',
  min,
  max,
}: {
  /** What to say when the field is empty. */
  required?: MessageKey;
  /** What to say below the minimum or above the maximum. */
  min?: string;
  max?: string;
}) {
  const { t } = useI18n();
  return (
    <FieldError className="ry-error">
      {({ validationDetails: v, validationErrors }) =>
        v.valueMissing
          ? t(required)
          : v.rangeUnderflow && min
            ? min
            : v.rangeOverflow && max
              ? max
              : v.badInput || v.typeMismatch || v.patternMismatch
                ? t('field.invalid')
                : validationErrors.join(' ')
      }
    </FieldError>
  );
}
