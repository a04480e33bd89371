import { useEffect, useId, useRef } from 'react';
import { Button } from 'react-aria-components';

/**
 * "Are you sure?" in the page, not in a browser dialog (issue 14: one click, no way back). Shown
 * after the first press of an action that cannot be undone; it says what will happen and takes
 * focus, so Enter confirms and Escape or "Fortryd" goes back.
 */
export function ConfirmPanel({
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  isPending = false,
}: {
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
  isPending?: boolean;
}) {
  const id = useId();
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div
      className="ry-alert ry-confirm"
      data-tone="warn"
      role="alertdialog"
      aria-labelledby={id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <p id={id} className="ry-alert__title">
        {question}
      </p>
      <div className="ry-confirm__actions">
        <Button
          ref={confirm}
          className="ry-button"
          data-variant="danger"
          onPress={onConfirm}
          isDisabled={isPending}
        >
          {confirmLabel}
        </Button>
        <Button className="ry-button" data-variant="secondary" onPress={onCancel}>
          {cancelLabel}
        </Button>
      </div>
    </div>
  );
}
