import type { ReactNode } from 'react';
import { Checkbox as AriaCheckbox, Button } from 'react-aria-components';

/** A ticked box the user cannot untick (e.g. supported self-management in every plan). */
export function LockedCheckbox({ children }: { children: ReactNode }) {
  return (
    <AriaCheckbox className="ry-check" isSelected isDisabled>
      <span aria-hidden="true" className="ry-check__box">
        ☑
      </span>
      <span>{children}</span>
    </AriaCheckbox>
  );
}

/** A collapsible group of a long form: native <details>, so Enter/Space toggle it. */
export function Section({
  title,
  badge,
  open = true,
  children,
}: {
  title: string;
  badge?: ReactNode;
  open?: boolean;
  children: ReactNode;
}) {
  return (
    <details className="ry-section" open={open}>
      <summary>
        <span>{title}</span>
        {badge}
      </summary>
      <div className="ry-section__body">{children}</div>
    </details>
  );
}

/** A small secondary button whose accessible name adds what it acts on, e.g. "Fjern mål 2". */
export function SmallButton({
  children,
  context,
  onPress,
}: {
  children: ReactNode;
  context?: string;
  onPress(): void;
}) {
  return (
    <Button className="ry-button" data-variant="secondary" data-size="small" onPress={onPress}>
      {children}
      {context && <span className="ry-visually-hidden"> {context}</span>}
    </Button>
  );
}
