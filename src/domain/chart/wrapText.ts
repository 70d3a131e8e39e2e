/** Width of a string in pixels at the chart's font; injected so layout stays pure. */
export type MeasureText = (text: string) => number;

export const ELLIPSIS = '…';

/**
 * The start of a text that is certainly longer than `maxWidth` px can show,
 * or the whole text. No character of a drawn font is narrower than a pixel,
 * so a line of `maxWidth` px never shows more characters than that: cutting
 * there changes no result, and spares measuring (and caching) a pasted name of
 * 200,000 characters at every step of a search.
 */
function beyondWidth(text: string, maxWidth: number): string {
  const limit = Math.max(0, Math.ceil(maxWidth)) + 2;
  return text.length > limit ? text.slice(0, limit) : text;
}

/** Cuts a line so that it, with an ellipsis, fits in `maxWidth`; returns it unchanged if it fits. */
export function truncateToWidth(whole: string, maxWidth: number, measure: MeasureText): string {
  const text = beyondWidth(whole, maxWidth);
  const width = measure(text);
  if (text === whole && width <= maxWidth) return text;
  const fits = (length: number) => measure(text.slice(0, length).trimEnd() + ELLIPSIS) <= maxWidth;
  // The longest start that fits with its ellipsis is in [low, high] (none at all, 0, always does). The first
  // guess is where the cut falls if every character were as wide as their average: usually the answer is it
  // or its neighbour, two measures; a binary search over what is left otherwise.
  let low = 0;
  let high = text.length;
  const guess = Math.min(high, Math.floor((text.length * maxWidth) / Math.max(width, 1)));
  if (guess > 0) {
    if (fits(guess)) {
      low = guess;
      if (guess < high) {
        if (fits(guess + 1)) low = guess + 1;
        else high = guess;
      }
    } else {
      high = guess - 1;
      if (high > 0 && fits(high)) low = high;
    }
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (fits(mid)) low = mid;
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
export function wrapText(whole: string, maxWidth: number, maxLines: number, measure: MeasureText): WrappedText {
  // What `maxLines` lines can show, with room for the spaces between words; the rest would be cut anyway.
  const text = beyondWidth(whole, Math.max(1, maxLines) * (maxWidth + 2));
  const clipped = text !== whole;
  const words = text.split(/\s+/).filter((word) => word !== '');
  if (maxLines === 1) {
    // What the wrap below comes to on one line, without measuring each word: the words, cut to fit.
    const line = words.join(' ');
    if (line === '') return { lines: [], truncated: clipped };
    const fitted = truncateToWidth(line, maxWidth, measure);
    return { lines: [fitted], truncated: clipped || fitted !== line };
  }
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
  return { lines: fitted, truncated: clipped || lines.length > maxLines || fitted.some((line, i) => line !== kept[i]) };
}

/** Where an address reads well broken: after one of these (not a hyphen, which would read as the word's hyphenation). */
const ADDRESS_BREAKS = new Set(['/', '?', '&', '=', ',']);

/**
 * An address (no spaces to wrap at) over as many lines of `maxWidth` as it
 * needs, never cut: a link cut short leads nowhere. Each line is the longest
 * start that fits, taken back to just after a separator (`/`, `&`, `=`…) when
 * one falls in its last third, so the break reads as one.
 */
export function wrapAddress(address: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  let rest = address;
  while (rest !== '') {
    if (measure(rest) <= maxWidth) {
      lines.push(rest);
      break;
    }
    // The longest start that fits (one character at least, however narrow the line).
    let low = 1;
    let high = rest.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (measure(rest.slice(0, mid)) <= maxWidth) low = mid;
      else high = mid - 1;
    }
    let end = low;
    for (let i = low; i > Math.floor((low * 2) / 3); i -= 1) {
      if (ADDRESS_BREAKS.has(rest[i - 1]!)) {
        end = i;
        break;
      }
    }
    // Not inside a « %C3 » escape, nor between the two halves of a character outside the BMP.
    const escape = rest.lastIndexOf('%', end - 1);
    if (escape >= 0 && escape > end - 3 && escape > 0) end = escape;
    else if (end > 1 && /[\uD800-\uDBFF]/.test(rest[end - 1]!)) end -= 1;
    lines.push(rest.slice(0, end));
    rest = rest.slice(end);
  }
  return lines;
}
