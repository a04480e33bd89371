import { type ComponentType, type LazyExoticComponent, lazy, useEffect, useState } from 'react';

/** A lazily loaded screen whose code can be fetched ahead of use (`preload`). */
export type Preloadable<P extends object> = ComponentType<P> & { preload(): Promise<unknown> };

/**
 * Like React's `lazy`, but once the code is loaded (e.g. preloaded after the first screen) the
 * screen renders in the same pass as the click that opens it. A `lazy` component suspends on its
 * first render even when its chunk is already there, and React then holds the revealed content
 * back until 300 ms after the Suspense fallback was shown (its fallback throttle): that was most
 * of the 410 ms from a click in the worklist to a usable pathway page (issue 11).
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        pending = undefined; // a failed chunk (network) is fetched again on next use
        throw error;
      },
    );
    return pending;
  };
  const Lazy: LazyExoticComponent<ComponentType<P>> = lazy(preload);
  function Screen(props: P) {
    // Chosen once per mount: switching from Lazy to the loaded component later would remount
    // the screen and lose its state (a half-filled form).
    const [Component] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Component {...props} />;
  }
  return Object.assign(Screen, { preload });
}

/**
 * Marks on the browser's performance timeline (`performance.mark(name)`) the moment a screen has
 * been painted with its data: after the commit, the next frame, and the task after that frame.
 * The browser test measures from the click to this mark (issue 11, "usable"); in production it
 * is one timeline entry per screen shown, readable by any performance tool.
 */
export function usePaintedMark(name: string, ready: boolean, key: string): void {
  useEffect(() => {
    if (!ready || typeof performance === 'undefined') return;
    return afterPaint(() => performance.mark(name, { detail: key }));
  }, [name, ready, key]);
}

/**
 * Runs `task` once the next frame has been painted (the next animation frame, then the task
 * after it); returns a cancel function for an effect's cleanup. For work that must not delay
 * what is about to be drawn, e.g. fetching the code of the screen a list leads to.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
