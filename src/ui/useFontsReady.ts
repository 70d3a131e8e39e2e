import { useEffect, useState } from 'react';

/**
 * True once the page's web fonts have loaded. Layouts that measure text wait
 * for it, otherwise they would measure the fallback font and overlap later.
 */
export function useFontsReady(fontSpecs: readonly string[]): boolean {
  const [ready, setReady] = useState(() => typeof document === 'undefined' || !('fonts' in document));
  const key = fontSpecs.join('|');
  useEffect(() => {
    if (typeof document === 'undefined' || !('fonts' in document)) return;
    let active = true;
    Promise.all(key.split('|').map((spec) => document.fonts.load(spec)))
      .catch(() => undefined) // A font that cannot load falls back; layout then measures the fallback.
      .then(() => {
        if (active) setReady(true);
      });
    return function ignoreLateFontLoad() {
      active = false;
    };
  }, [key]);
  return ready;
}
