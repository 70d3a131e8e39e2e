import { useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children once the page has painted and the browser is idle
 * (within half a second at most): parts below the first screen then cost the
 * first screen nothing. Until then it renders nothing.
 */
export function AfterFirstPaint({ children }: { readonly children: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setReady(true), 0);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(() => setReady(true), { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }, []);
  return ready ? children : null;
}
