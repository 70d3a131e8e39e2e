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
