import type { AppRouter } from '@rygforlob/api';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from '@trpc/client';
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

/** At most this many calls in one batched request: the server refuses more (MAX_BATCH_SIZE, default 20). */
const MAX_BATCH = 20;

/**
 * Leaves the signed-in app for good: every cached query is dropped (names, CPR numbers) and the
 * page is replaced by the app's start, a fresh document, so no screen that showed a citizen can
 * be drawn again, not even for a frame (issue 9: after "Log ud" the worklist stayed on screen
 * until the next click). Also when the server says the session has ended (idle, absolute, or
 * ended everywhere).
 */
export function leaveSignedOut(queryClient: QueryClient): void {
  void queryClient.cancelQueries();
  queryClient.clear();
  const app = window.location.pathname.split('/')[1] ?? '';
  window.location.replace(`/${app}/`);
}

/** Query client and tRPC client for one app; the session is the HttpOnly cookie, same origin. */
export function ApiProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: { staleTime: 10_000, retry: (count, error) => count < 2 && !isClientError(error) },
        },
        queryCache: new QueryCache({
          // A query refused as UNAUTHORIZED: the session ended on the server; leave at once.
          onError: (error) => {
            if ((error as TRPCClientError<AppRouter>)?.data?.code === 'UNAUTHORIZED')
              leaveSignedOut(queryClient);
          },
        }),
      }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        // auth.login alone (the server refuses it batched); everything else batched, up to the cap.
        splitLink({
          condition: (op) => op.path === 'auth.login',
          true: httpLink({ url: '/trpc', fetch: sameOrigin }),
          false: httpBatchLink({ url: '/trpc', maxItems: MAX_BATCH, fetch: sameOrigin }),
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

const sameOrigin = (url: URL | RequestInfo, init?: RequestInit) =>
  fetch(url, { ...init, credentials: 'same-origin' });

const isClientError = (error: unknown) => {
  const status = (error as TRPCClientError<AppRouter>)?.data?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500;
};
