import type { AppRouter } from '@rygforlob/api';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { type ReactNode, useState } from 'react';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** The server's error shape as the UI reads it: tRPC code, and the domain's violations. */
export interface ApiProblem {
  code: string | undefined;
  message: string;
  violations: { rule: string; field?: string; params?: Record<string, unknown> }[];
}

export function apiProblem(error: unknown): ApiProblem | null {
  if (!(error instanceof TRPCClientError))
    return error ? { code: undefined, message: String(error), violations: [] } : null;
  const data = error.data as { code?: string; violations?: ApiProblem['violations'] | null } | undefined;
  return { code: data?.code, message: error.message, violations: data?.violations ?? [] };
}

/** Query client and tRPC client for one app; the session is the HttpOnly cookie, same origin. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: 10_000, retry: (count, error) => count < 2 && !isClientError(error) },
        },
        queryCache: new QueryCache(),
      }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        httpBatchLink({
          url: '/trpc',
          fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}

const isClientError = (error: unknown) => {
  const status = (error as TRPCClientError<AppRouter>)?.data?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500;
};
