import { useEffect, useState } from 'react';

/**
 * True once the page's web fonts have loaded. Layouts that measure text wait
 * for it, otherwise they would measure the fallback font and overlap later.
 * Fonts already loaded (the usual case: index.html preloads them) count from
 * the first render, so such a layout is not put off to a later frame.
 */
export function useFontsReady(fontSpecs: readonly string[]): boolean {
  const [ready, setReady] = useState(() => typeof document === 'undefined' || !('fonts' in document) || fontSpecs.every(isLoaded));
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

function isLoaded(fontSpec: string): boolean {
  try {
    return document.fonts.check(fontSpec);
  } catch {
    return false; // Not a font shorthand this browser reads: wait for load() to say.
  }
}
