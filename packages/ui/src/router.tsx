import {
  createContext,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
} from 'react';

/**
 * A very small router over the History API: the apps have a handful of screens, so a path
 * and a query string are all they need. Paths are relative to the app's base (e.g. /clinic).
 */
interface Router {
  path: string;
  query: URLSearchParams;
  navigate(to: string, options?: { replace?: boolean }): void;
  href(to: string): string;
}

const RouterContext = createContext<Router | null>(null);

export function RouterProvider({ base, children }: { base: string; children: ReactNode }) {
  const root = base.replace(/\/$/, '');
  const read = useCallback(() => {
    const path = window.location.pathname.startsWith(root)
      ? window.location.pathname.slice(root.length) || '/'
      : '/';
    return { path, search: window.location.search };
  }, [root]);
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const onPop = () => setLocation(read());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [read]);
  const router = useMemo<Router>(
    () => ({
      path: location.path,
      query: new URLSearchParams(location.search),
      href: (to) => `${root}${to}`,
      navigate: (to, options) => {
        const url = `${root}${to}`;
        if (options?.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
        setLocation(read());
        window.scrollTo?.(0, 0);
      },
    }),
    [location, root, read],
  );
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}

/** `match('/pathway/:id', path)` → `{ id }` or null. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [i, part] of want.entries()) {
    const actual = have[i] as string;
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

export function Link({
  to,
  children,
  className,
  onClick: onFollow,
}: {
  to: string;
  children: ReactNode;
  className?: string;
  /** Called whenever the link is followed, in this tab or another. */
  onClick?: () => void;
}) {
  const router = useRouter();
  const active = router.path === to.split('?')[0];
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    onFollow?.();
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    router.navigate(to);
  };
  return (
    <a
      href={router.href(to)}
      onClick={onClick}
      className={className}
      aria-current={active ? 'page' : undefined}
    >
      {children}
    </a>
  );
}
