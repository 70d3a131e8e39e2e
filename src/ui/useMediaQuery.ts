import { useEffect, useState } from 'react';

/** Whether a media query matches, kept current (e.g. `(hover: none)` for touch screens, where nothing can be hovered). */
export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return function stopMatching() {
      list.removeEventListener('change', update);
    };
  }, [query]);
  return matches;
}
