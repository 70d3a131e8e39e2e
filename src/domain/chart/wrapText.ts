/** Width of a string in pixels at the chart's font; injected so layout stays pure. */
export type MeasureText = (text: string) => number;

const ELLIPSIS = '…';

/** Cuts a line so that it, with an ellipsis, fits in `maxWidth`; returns it unchanged if it fits. */
export function truncateToWidth(text: string, maxWidth: number, measure: MeasureText): string {
  if (measure(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, low).trimEnd() + ELLIPSIS;
}

export interface WrappedText {
  readonly lines: readonly string[];
  /** True when some of the text had to be cut (shown with an ellipsis). */
  readonly truncated: boolean;
}

/**
 * Greedy word wrap into at most `maxLines` lines of `maxWidth`. What does not
 * fit is cut with an ellipsis on the last line; a word wider than the line is
 * cut too, never allowed to overflow.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, measure: MeasureText): WrappedText {
  const words = text.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current === '' || measure(candidate) <= maxWidth) {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);

  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) {
    // The rest of the text joins the last kept line, so the cut shows where the text goes on.
    kept[maxLines - 1] = `${kept[maxLines - 1] ?? ''} ${lines.slice(maxLines).join(' ')}`;
  }
  const fitted = kept.map((line) => truncateToWidth(line, maxWidth, measure));
  return { lines: fitted, truncated: lines.length > maxLines || fitted.some((line, i) => line !== kept[i]) };
}
