import type { ReactNode } from 'react';
import { useI18n } from '../i18n/react.tsx';
import type { InboxMark } from '../inbox-read.ts';

/**
 * A list row's inbox items, the same in the worklist, the municipal inbox and the caseload
 * (issue 14, the inbox that clears): "Ny" until someone of the organisation has read it, what it
 * is, and once read a way to mark it unread again.
 */
export function InboxItems<T extends InboxMark>({
  items,
  newLabel,
  newTone,
  describe,
  onMarkUnread,
  note,
}: {
  items: readonly T[];
  newLabel: string;
  newTone?: 'info';
  describe: (item: T) => ReactNode;
  onMarkUnread: (seq: number) => void;
  /** A line under the item, e.g. that its content is withheld for want of consent. */
  note?: (item: T) => ReactNode;
}) {
  const { t } = useI18n();
  return items.map((item) => (
    <div key={item.seq} className="ry-inbox-item" data-read={item.read}>
      {/* The badge stands apart from the item: read aloud or copied it is "Ny: Notat", never one
          phrase "Ny Notat" with a capitalised noun (issue 14 review). */}
      {!item.read && (
        <>
          <span className="ry-badge" data-tone={newTone}>
            {newLabel}
          </span>
          <span className="ry-visually-hidden">:</span>
        </>
      )}{' '}
      {describe(item)}
      {item.read && (
        <>
          {' '}
          <button
            type="button"
            className="ry-linkbutton"
            onClick={(e) => {
              // The button goes once the item is unread: focus moves to the row's link that opens
              // (and reads) it again, not to the page's body (issue 14 review).
              const row = e.currentTarget.closest('tr, li, article');
              const link = row?.querySelector<HTMLElement>('a[href]');
              link?.focus();
              onMarkUnread(item.seq);
              // The list is drawn again once the mark is saved; if that drops focus to the body,
              // it returns to the same link (never taken from anywhere else the person went).
              const href = link?.getAttribute('href');
              if (href)
                for (const ms of [100, 300, 700, 1500, 3000])
                  setTimeout(() => {
                    if (document.activeElement && document.activeElement !== document.body) return;
                    document.querySelector<HTMLElement>(`a[href="${CSS.escape(href)}"]`)?.focus();
                  }, ms);
            }}
          >
            {t('clinic.worklist.markUnread')}
          </button>
        </>
      )}
      {note?.(item)}
    </div>
  ));
}
