import { describe, expect, it } from 'vitest';
import { truncateToWidth, wrapText } from '../../../../src/domain/chart/wrapText';

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
