import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useTRPC } from './trpc.tsx';

/** An inbox item as the worklists give it: its event's seq and whether the organisation read it. */
export interface InboxMark {
  seq: number;
  read: boolean;
}

/**
 * The inbox that clears (issue 14): items are read when their pathway is opened and can be
 * marked unread again. Read state is per organisation (inbox.markRead / markUnread, audited by
 * the server); the lists refresh once the marks are stored.
 */
export function useInboxMarks() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  // The three apps' lists carry the same read marks: the worklist, the caseload, the referral inbox.
  const refresh = useCallback(
    () =>
      Promise.all(
        [trpc.worklist.pathKey(), trpc.jobcentre.caseload.pathKey(), trpc.referral.inbox.pathKey()].map(
          (queryKey) => queryClient.invalidateQueries({ queryKey }),
        ),
      ),
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

/** Rows of cached lists (plain arrays, `{ rows }` pages, infinite `{ pages }`) for one pathway. */
function cachedInbox(data: unknown, pathwayId: string): InboxMark[] {
  if (Array.isArray(data)) return data.flatMap((row) => cachedInbox(row, pathwayId));
  if (!data || typeof data !== 'object') return [];
  const record = data as { pathwayId?: unknown; inbox?: unknown; rows?: unknown; pages?: unknown };
  if (record.pathwayId === pathwayId && Array.isArray(record.inbox)) return record.inbox as InboxMark[];
  return [...cachedInbox(record.rows, pathwayId), ...cachedInbox(record.pages, pathwayId)];
}

/**
 * Opening a pathway reads its inbox items, however it was opened (a list, a banner, a link):
 * the unread items the lists already showed for it are marked read once the page is shown.
 */
export function useReadOnOpen(pathwayId: string, shown: boolean) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { opened } = useInboxMarks();
  useEffect(() => {
    if (!shown) return;
    const keys = [trpc.worklist.pathKey(), trpc.jobcentre.caseload.pathKey(), trpc.referral.inbox.pathKey()];
    const items = keys.flatMap((queryKey) =>
      queryClient.getQueriesData({ queryKey }).flatMap(([, data]) => cachedInbox(data, pathwayId)),
    );
    const unique = [...new Map(items.map((item) => [item.seq, item])).values()];
    void opened(pathwayId, unique);
  }, [pathwayId, shown, opened, queryClient, trpc]);
}
