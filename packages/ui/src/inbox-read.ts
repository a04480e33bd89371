import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTRPC } from './trpc.tsx';

/** An inbox item as the worklists give it: its event's seq and whether the organisation read it. */
export interface InboxMark {
  seq: number;
  read: boolean;
}

/** The lists that carry inbox read marks: the worklist, the caseload, the referral inbox. */
const listKeys = (trpc: ReturnType<typeof useTRPC>) => [
  trpc.worklist.pathKey(),
  trpc.jobcentre.caseload.pathKey(),
  trpc.referral.inbox.pathKey(),
];

/**
 * The inbox that clears (issue 14): items are read when their pathway is opened and can be
 * marked unread again. Read state is per organisation (inbox.markRead / markUnread, audited by
 * the server); the lists refresh once the marks are stored.
 */
export function useInboxMarks() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = useCallback(
    () => Promise.all(listKeys(trpc).map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
    [queryClient, trpc],
  );
  const read = useMutation(trpc.inbox.markRead.mutationOptions());
  const unread = useMutation(trpc.inbox.markUnread.mutationOptions({ onSettled: refresh }));
  const { mutateAsync: markRead } = read;
  /** Marks every unread item of the pathway read (opening it is reading it). */
  const opened = useCallback(
    async (pathwayId: string, items: readonly InboxMark[]) => {
      const unreadItems = items.filter((item) => !item.read);
      if (unreadItems.length === 0) return;
      await Promise.allSettled(unreadItems.map((item) => markRead({ pathwayId, seq: item.seq })));
      await refresh();
    },
    [markRead, refresh],
  );
  return {
    opened,
    markUnread: (pathwayId: string, seq: number) => unread.mutate({ pathwayId, seq }),
    pending: unread.isPending,
  };
}

/**
 * The inbox of each cached list row of one pathway (plain arrays, `{ rows }` pages, infinite
 * `{ pages }`): one array per row found, none when no loaded list holds the pathway.
 */
function cachedInboxes(data: unknown, pathwayId: string): InboxMark[][] {
  if (Array.isArray(data)) return data.flatMap((row) => cachedInboxes(row, pathwayId));
  if (!data || typeof data !== 'object') return [];
  const record = data as { pathwayId?: unknown; inbox?: unknown; rows?: unknown; pages?: unknown };
  if (record.pathwayId === pathwayId && Array.isArray(record.inbox)) return [record.inbox as InboxMark[]];
  return [...cachedInboxes(record.rows, pathwayId), ...cachedInboxes(record.pages, pathwayId)];
}

/**
 * Opening a pathway reads its inbox items, however it was opened (a list, a banner, a link):
 * the unread items the lists already showed for it are marked read once the page is shown. When
 * no loaded list holds the pathway (a bookmark, a link in a message: issue 14), the page asks
 * for its organisation's unread items of it (inbox.unread), not pathway.get, the hottest read.
 */
export function useReadOnOpen(pathwayId: string, shown: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { opened } = useInboxMarks();
  useEffect(() => {
    if (!shown) return;
    const found = listKeys(trpc).flatMap((queryKey) =>
      queryClient.getQueriesData({ queryKey }).flatMap(([, data]) => cachedInboxes(data, pathwayId)),
    );
    if (found.length === 0) {
      // No row of it here: an organisation without one gets NOT_FOUND, and there is nothing to read.
      void queryClient
        .fetchQuery(trpc.inbox.unread.queryOptions({ pathwayId }))
        .then((items) =>
          opened(
            pathwayId,
            items.map((item) => ({ seq: item.seq, read: false })),
          ),
        )
        .catch(() => undefined);
      return;
    }
    const items = found.flat();
    const unique = [...new Map(items.map((item) => [item.seq, item])).values()];
    void opened(pathwayId, unique);
  }, [pathwayId, shown, opened, queryClient, trpc]);
}
