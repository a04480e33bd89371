import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { Button } from 'react-aria-components';
import { directoryQuery } from './directory.tsx';
import { useI18n } from './i18n/react.tsx';
import { useTRPC } from './trpc.tsx';

type WorklistInput = { filter: 'all' | 'inbox' | 'due' | 'overdue'; search?: string };

/**
 * Which paged list (issue 11: all three are worklist pages behind one cursor): the clinic's and
 * the municipality's worklist (`worklist.mine`), the jobcentre's caseload (`jobcentre.caseload`,
 * every row: its filter is the server's), the referral inbox (`referral.inbox`: rows with
 * something addressed to the organisation).
 */
export type WorklistSource = 'worklist' | 'caseload' | 'inbox';

/**
 * The worklist, a page (50 rows) at a time: the server sorts, filters and searches; `more()`
 * fetches the next page after the last row shown ("Vis flere").
 */
export function useWorklistPages(input: WorklistInput, source: WorklistSource = 'worklist') {
  const trpc = useTRPC();
  const next = { getNextPageParam: (last: { nextCursor: string | null }) => last.nextCursor ?? undefined };
  const { filter, ...searchOnly } = input;
  const query = useInfiniteQuery(
    source === 'caseload'
      ? trpc.jobcentre.caseload.infiniteQueryOptions(searchOnly, next)
      : source === 'inbox'
        ? trpc.referral.inbox.infiniteQueryOptions(searchOnly, next)
        : trpc.worklist.mine.infiniteQueryOptions(input, next),
  );
  const rows = useMemo(() => query.data?.pages.flatMap((page) => page.rows), [query.data]);
  return {
    rows,
    /** For ListStatus: loading, failed or empty, over every page fetched. */
    status: { isPending: query.isPending, isError: query.isError, data: rows },
    hasMore: query.hasNextPage,
    loadingMore: query.isFetchingNextPage,
    more: () => void query.fetchNextPage(),
  };
}

/** Below a paged list: "Vis flere" while there are more rows. */
export function MoreRows({ pages }: { pages: ReturnType<typeof useWorklistPages> }) {
  const { t } = useI18n();
  if (!pages.hasMore) return null;
  return (
    <Button
      className="ry-button"
      data-variant="secondary"
      isDisabled={pages.loadingMore}
      onPress={pages.more}
    >
      {pages.loadingMore ? t('app.loading') : t('app.showMore')}
    </Button>
  );
}

/**
 * Starts loading a pathway when the pointer rests on (or focus reaches) its row, so the pathway
 * page often has its data before the click lands: the pathway and the organisations' names (the
 * page would otherwise draw ids first and ask for them after the click, issue 11).
 */
export function usePrefetchPathway() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useCallback(
    (pathwayId: string) => {
      void queryClient.prefetchQuery({ ...trpc.pathway.get.queryOptions({ pathwayId }), staleTime: 10_000 });
      void queryClient.prefetchQuery(directoryQuery(trpc));
    },
    [queryClient, trpc],
  );
}

/**
 * No waterfall on the way to a pathway: the page's code chunk starts loading as soon as the app
 * has rendered (not when the first pathway is opened), and on a direct load of a pathway URL its
 * data is asked for at once, beside the sign-in check, instead of after it and the chunk.
 */
export function usePathwayPreload(pathwayId: string | undefined, loadPage: () => Promise<unknown>) {
  const prefetch = usePrefetchPathway();
  // Only the first render's URL counts: later navigation comes from a list that prefetches.
  useEffect(() => {
    if (pathwayId) prefetch(pathwayId);
    void loadPage();
  }, []);
}
