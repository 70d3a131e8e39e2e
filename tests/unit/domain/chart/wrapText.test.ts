import { describe, expect, it } from 'vitest';
import { truncateToWidth, wrapText } from '../../../../src/domain/chart/wrapText';
import { estimateTextWidth } from '../../../helpers/estimateTextWidth';

// One pixel per character keeps the expectations readable.
const measure = (text: string) => text.length;

describe('wrapText', () => {
  it('wraps on words within the width', () => {
    expect(wrapText('aaa bbb ccc ddd', 7, 3, measure)).toEqual({ lines: ['aaa bbb', 'ccc ddd'], truncated: false });
  });

  it('cuts what does not fit with an ellipsis on the last line', () => {
    const wrapped = wrapText('aaa bbb ccc ddd eee', 7, 2, measure);
    expect(wrapped.truncated).toBe(true);
    expect(wrapped.lines).toEqual(['aaa bbb', 'ccc dd…']);
    for (const line of wrapped.lines) expect(line.length).toBeLessThanOrEqual(7);
  });

  it('never lets a long word overflow', () => {
    expect(wrapText('internationalisation', 8, 2, measure).lines).toEqual(['interna…']);
  });
});

describe('truncateToWidth', () => {
  it('keeps text that fits and cuts text that does not', () => {
    expect(truncateToWidth('short', 10, measure)).toBe('short');
    expect(truncateToWidth('much too long', 6, measure)).toBe('much…');
  });
});

describe('a pasted name of 200,000 characters (issue #18)', () => {
  it('is cut with an ellipsis without being measured whole, in words or as one word', () => {
    let longest = 0;
    const spy = (text: string) => {
      longest = Math.max(longest, text.length);
      return text.length;
    };
    const words = 'très long libellé '.repeat(11_000);
    expect(wrapText(words, 40, 2, spy)).toEqual({ lines: ['très long libellé très long libellé très', 'long libellé très long libellé très lon…'], truncated: true });
    expect(truncateToWidth('x'.repeat(200_000), 10, spy)).toBe('xxxxxxxxx…');
    expect(longest).toBeLessThan(200);
  });
});

/** The cut as a plain binary search finds it: the longest start that fits with its ellipsis. */
function truncateByBisection(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(text.slice(0, mid).trimEnd() + '…') <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return text.slice(0, low).trimEnd() + '…';
}

/** One line as the greedy wrap made it: words wrapped to the width, the rest joined to the first line, cut. */
function oneLineByWrapping(whole: string, maxWidth: number, measure: (text: string) => number): string[] {
  const words = whole.split(/\s+/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current === '' || measure(candidate) <= maxWidth) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  return lines.length === 0 ? [] : [truncateByBisection(lines.join(' '), maxWidth, measure)];
}

describe('cutting a line to its width, at network scale (a label for each of 2,000 initiatives)', () => {
  let seed = 5;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const pieces = ['Salon', 'des', 'métiers', 'WWW', 'il', 'Œuvre', 'internationalisation', 'à', '—', 'MMMM', 'j’ai', 'x'];
  const texts = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => pieces[Math.floor(random() * pieces.length)]).join(random() < 0.2 ? '  ' : ' '));
  const measure = estimateTextWidth(11);

  it('finds the cut a binary search finds, in fewer measures', () => {
    let measuredNow = 0;
    let measuredBefore = 0;
    for (const text of texts) {
      for (const maxWidth of [8, 40, 96, 130, 400]) {
        const now = truncateToWidth(text, maxWidth, (t) => ((measuredNow += 1), measure(t)));
        expect(now, `${text} in ${maxWidth} px`).toBe(truncateByBisection(text, maxWidth, (t) => ((measuredBefore += 1), measure(t))));
      }
    }
    expect(measuredNow).toBeLessThan(measuredBefore * 0.75);
  });

  it('words one line as the greedy wrap does', () => {
    for (const text of texts) {
      for (const maxWidth of [8, 40, 96, 130, 400]) {
        const line = wrapText(text, maxWidth, 1, measure);
        const expected = oneLineByWrapping(text, maxWidth, measure);
        expect(line.lines, `${text} in ${maxWidth} px`).toEqual(expected);
        expect(line.truncated).toBe(expected.length > 0 && expected[0] !== text.split(/\s+/).filter(Boolean).join(' '));
      }
    }
  });
});

