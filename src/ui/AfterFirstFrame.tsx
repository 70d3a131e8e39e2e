import { useEffect, useState, type ReactNode } from 'react';

/**
 * Renders its children in a task of their own once the first frame is painted
 * (a timer set from the next animation frame), and `placeholder` until then.
 * For a part that reads the page's layout as it starts — Leaflet measures its
 * container — this makes that read free (the frame has just laid the page out)
 * instead of forcing a layout in the middle of the first render, and splits
 * the first render's work into two shorter tasks.
 */
export function AfterFirstFrame({ children, placeholder }: { readonly children: ReactNode; readonly placeholder: ReactNode }) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);
  return ready ? children : placeholder;
}
