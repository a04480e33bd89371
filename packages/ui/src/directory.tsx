import type { Actor } from '@rygforlob/domain';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTRPC } from './trpc.tsx';

/**
 * A name as shown: "§ 140" keeps its number on the same line, so a phone never shows "(§" and
 * "140)" on two (issue 14). The catalogues write the no-break space; names come from the directory.
 */
export const noBreakParagraph = (name: string): string => name.replace(/§ (?=\d)/g, '§\u00a0');

/** The directory's query: fetched once per session (and with a pathway prefetched on hover). */
export const directoryQuery = (trpc: ReturnType<typeof useTRPC>) => ({
  ...trpc.directory.organisations.queryOptions({}),
  staleTime: 10 * 60_000,
});

/** Organisation names for display and pickers, fetched once per session. */
export function useDirectory() {
  const trpc = useTRPC();
  const { data = [] } = useQuery(directoryQuery(trpc));
  const orgName = useCallback(
    (id: string) => noBreakParagraph(data.find((org) => org.id === id)?.name ?? id),
    [data],
  );
  const byActor = useCallback((actor: Actor) => data.filter((org) => org.actor === actor), [data]);
  return { organisations: data, orgName, byActor };
}
