import { type PathwayHandle, usePathway, useTRPC } from '@rygforlob/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';

/** The caseworker's slice of the pathway; after a command the caseload is refreshed too. */
export function useCase(pathwayId: string): PathwayHandle {
  const pathway = usePathway(pathwayId);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const base = pathway.applied;
  const applied = useCallback<PathwayHandle['applied']>(
    (result) => {
      base(result);
      void queryClient.invalidateQueries({ queryKey: trpc.jobcentre.caseload.pathKey() });
    },
    [base, queryClient, trpc],
  );
  return useMemo(() => ({ ...pathway, applied }), [pathway, applied]);
}

/** What every tab of the case receives. */
export interface CaseProps {
  pathway: PathwayHandle;
  me: { organisationId: string; actor: string; organisationName: string };
  goTo(tab: CaseTab): void;
}

export const CASE_TABS = ['overview', 'sickLeave', 'meetings', 'certificates', 'consent'] as const;
export type CaseTab = (typeof CASE_TABS)[number];

/** The pathway id and the version the user acted on, for every command. */
export const on = (pathway: PathwayHandle) => ({
  pathwayId: pathway.view?.pathwayId ?? '',
  expectedVersion: pathway.version,
});
