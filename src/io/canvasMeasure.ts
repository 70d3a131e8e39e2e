/** Width of a string in pixels; the same contract as the chart's MeasureText. */
export type Measure = (text: string) => number;

const caches = new Map<string, Map<string, number>>();
let context: CanvasRenderingContext2D | null | undefined;

/** Measures text with a canvas (what the browser will draw), with a per-font cache. */
export function canvasMeasure(font: string): Measure {
  let cache = caches.get(font);
  if (!cache) {
    cache = new Map();
    caches.set(font, cache);
  }
  const fontCache = cache;
  return (text: string) => {
    const known = fontCache.get(text);
    if (known !== undefined) return known;
    if (context === undefined) context = document.createElement('canvas').getContext('2d');
    // No canvas (jsdom): a rough estimate keeps the layout usable.
    let width = text.length * 6.2;
    if (context) {
      context.font = font;
      width = context.measureText(text).width;
    }
    fontCache.set(text, width);
    return width;
  };
}

/**
 * Forgets every measured width. The caches are keyed by the text itself, so
 * they keep every wording of every dataset drawn; once another dataset is on
 * screen, a network's thousands of labels are dead weight.
 */
export function forgetMeasuredText(): void {
  caches.clear();
}
