import type { ReactNode } from 'react';

/**
 * A card that folds away once its step is done (native <details>: Enter and Space toggle it),
 * so the page leads with what is still to do.
 */
export function Fold({
  id,
  title,
  status,
  open,
  children,
}: {
  id: string;
  title: string;
  status?: ReactNode;
  open: boolean;
  children: ReactNode;
}) {
  return (
    <details className="ry-card rh-fold" open={open}>
      <summary>
        <h2 id={id}>{title}</h2>
        {status}
      </summary>
      {children}
    </details>
  );
}
