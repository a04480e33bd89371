import type { ReactNode } from 'react';

/**
 * A card that folds away once its step is done (native <details>: Enter and Space toggle it),
 * so the page leads with what is still to do.
 */
export function Fold({
  section,
  id,
  title,
  status,
  open,
  children,
}: {
  /** The card's stable id, the target of an advice card's button. */
  section: string;
  /** The heading's id. */
  id: string;
  title: string;
  status?: ReactNode;
  open: boolean;
  children: ReactNode;
}) {
  return (
    <details id={section} className="ry-card rh-fold" open={open}>
      <summary>
        <h2 id={id}>{title}</h2>
        {status}
      </summary>
      {children}
    </details>
  );
}
