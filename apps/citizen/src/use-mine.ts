import { fold, type PathwayEvent } from '@rygforlob/domain';
import { useRouter, useTRPC } from '@rygforlob/ui';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

/**
 * The citizen's pathway on the screen: the newest one, or the one chosen (?forloeb=<id>), as the
 * server's citizen slice, folded by the domain's pure fold; and the names of the organisations in it.
 */
export function useMine() {
  const trpc = useTRPC();
  const { query } = useRouter();
  const pathways = useQuery(trpc.me.pathways.queryOptions());
  const chosen = query.get('forloeb');
  const pathwayId =
    pathways.data?.find((p) => p.pathwayId === chosen)?.pathwayId ?? pathways.data?.[0]?.pathwayId ?? null;
  const pathway = useQuery({
    ...trpc.me.pathway.queryOptions({ pathwayId: pathwayId ?? '' }),
    enabled: pathwayId !== null,
  });
  const state = useMemo(
    () =>
      fold(
        (pathway.data?.entries ?? []).flatMap((e) =>
          e.visibility === 'full' ? [e.event as PathwayEvent] : [],
        ),
      ),
    [pathway.data],
  );
  const organisations = pathway.data?.organisations;
  const orgName = useCallback(
    (id: string) => organisations?.find((o) => o.id === id)?.name ?? id,
    [organisations],
  );
  const loading = pathways.isPending || (pathwayId !== null && pathway.isPending);
  const failed = pathways.isError || pathway.isError;
  return { pathways: pathways.data ?? [], pathwayId, view: pathway.data, state, orgName, loading, failed };
}

export type Mine = ReturnType<typeof useMine>;
/** An organisation of my pathway as the directory names it (with its phone number, if any). */
export type MyOrganisation = { id: string; name: string; phone: string | null };
