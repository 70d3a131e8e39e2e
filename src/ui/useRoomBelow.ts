import { useEffect, useState, type RefObject } from 'react';

/**
 * Height from the element's top (in the document, not the scrolled window) to
 * the bottom of the window's first screen: what a view can take and still be
 * whole on a laptop without scrolling. Follows window resizes and anything
 * above the element that grows or shrinks (an introduction unfolded).
 */
export function useRoomBelow(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [room, setRoom] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const next = Math.round(window.innerHeight - top);
      setRoom((previous) => (previous === next ? previous : next));
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(document.documentElement);
    return function stopMeasuringRoom() {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return room;
}
