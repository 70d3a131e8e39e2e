import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * The element's content size, rounded to whole pixels so sub-pixel jitter does
 * not re-run layouts: null until the element is first measured, which happens
 * before the browser paints it (a layout effect, whose update React renders at
 * once), so a layout that waits for the size shows in the same frame as the
 * element instead of one frame later, and is computed once rather than for a
 * guessed size first. A ResizeObserver keeps it current. An element without a
 * box to measure (not displayed, or jsdom) gets `fallback`.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>, fallback: Size): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  const { width: fallbackWidth, height: fallbackHeight } = fallback;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const keep = (width: number, height: number) => {
      const next = { width: Math.round(width), height: Math.round(height) };
      setSize((previous) => (previous && previous.width === next.width && previous.height === next.height ? previous : next));
    };
    const measured = contentSize(element);
    keep(measured?.width ?? fallbackWidth, measured?.height ?? fallbackHeight);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) keep(entry.contentRect.width, entry.contentRect.height);
    });
    observer.observe(element);
    return function stopObservingSize() {
      observer.disconnect();
    };
  }, [ref, fallbackWidth, fallbackHeight]);
  return size;
}

/** The content box's size as a ResizeObserver reports it (padding excluded), or null when the element has no box. */
function contentSize(element: HTMLElement): Size | null {
  if (element.getClientRects().length === 0) return null;
  const style = getComputedStyle(element);
  const px = (value: string) => Number.parseFloat(value) || 0;
  return {
    width: element.clientWidth - px(style.paddingLeft) - px(style.paddingRight),
    height: element.clientHeight - px(style.paddingTop) - px(style.paddingBottom),
  };
}
