import { lazy, useEffect, type ComponentType, type LazyExoticComponent } from 'react';

export interface PreloadableLazy<P extends object> {
  /** The component, as `React.lazy` gives it: it suspends while its code loads, unless `preload` has loaded it. */
  readonly Component: LazyExoticComponent<ComponentType<P>>;
  /** Loads the code now; settles once it is in (a failure is left for the render to meet, and try again). */
  preload(): Promise<void>;
}

/**
 * `React.lazy` with a way to load the code before the component is needed. Once loaded, the component renders at
 * once instead of suspending: React reveals a part that suspended no sooner than 300 ms after its fallback (it
 * throttles reveals), which held a network's map and marks back a quarter of a second after everything else was
 * drawn (issue #14).
 */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: { default: ComponentType<P> } | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = { default: component }),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  // React reads a thenable it is given synchronously when it is already settled: a loaded module never suspends.
  const settled = (module: { default: ComponentType<P> }) => ({ then: (resolve: (value: typeof module) => void) => resolve(module) });
  const Component = lazy(() => (loaded ? (settled(loaded) as unknown as Promise<{ default: ComponentType<P> }>) : start()));
  return {
    Component,
    preload: () => start().then(
      () => undefined,
      () => undefined,
    ),
  };
}

/** Calls `preload` once the page is idle after it first shows (within 2 s at most), off the first screen's path. */
export function usePreloadWhenIdle(preload: () => Promise<void>): void {
  useEffect(() => {
    const run = () => void preload();
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(run, 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }, [preload]);
}
