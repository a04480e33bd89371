import type { Actor } from '@rygforlob/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from './trpc.tsx';

/** Organisation names for display and pickers, fetched once per session. */
export function useDirectory() {
  const trpc = useTRPC();
  const { data = [] } = useQuery({
    ...trpc.directory.organisations.queryOptions({}),
    staleTime: 10 * 60_000,
  });
  const orgName = useCallback((id: string) => data.find((org) => org.id === id)?.name ?? id, [data]);
  const byActor = useCallback((actor: Actor) => data.filter((org) => org.actor === actor), [data]);
  return { organisations: data, orgName, byActor };
}
