import { fold, type PathwayEvent } from '@rygforlob/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { apiProblem, useTRPC } from './trpc.tsx';

/**
 * The viewer's slice of a pathway and the state folded from it (the domain's pure fold, over
 * exactly what the server let this viewer see), plus what a tab calls after a command.
 */
export function usePathway(pathwayId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queryKey = trpc.pathway.get.queryKey({ pathwayId });
  const query = useQuery(trpc.pathway.get.queryOptions({ pathwayId }));
  const state = useMemo(() => {
    const events = (query.data?.entries ?? []).flatMap((e) =>
      e.visibility === 'full' ? [e.event as PathwayEvent] : [],
    );
    return fold(events);
  }, [query.data]);

  /** After a command: show the returned slice at once, and refresh lists that may have changed. */
  const applied = useCallback(
    (result: { view: NonNullable<typeof query.data> }) => {
      queryClient.setQueryData(queryKey, result.view);
      void queryClient.invalidateQueries({ queryKey: trpc.worklist.pathKey() });
    },
    [queryClient, queryKey, trpc],
  );

  /** A CONFLICT means someone else appended first: reload, and let the user try again. */
  const failed = useCallback(
    (error: unknown) => {
      if (apiProblem(error)?.code === 'CONFLICT') void queryClient.invalidateQueries({ queryKey });
    },
    [queryClient, queryKey],
  );

  return { query, view: query.data, state, applied, failed, version: query.data?.version ?? 0 };
}

export type PathwayHandle = ReturnType<typeof usePathway>;
