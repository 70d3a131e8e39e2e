import { describe, expect, it } from 'vitest';
import { wrapAddress } from '../../../src/domain/chart/wrapText';
import { readableAddress } from '../../../src/domain/text';

// One pixel a character: widths are easy to reason about.
const measure = (text: string) => text.length;

describe('readableAddress', () => {
  it('shows accents as letters, keeps what must stay encoded for the address to lead to the same view', () => {
    expect(readableAddress('https://h/t/?r=Auvergne-Rh%C3%B4ne-Alpes,Pays%20de%20la%20Loire&sel=c%3Amecabourg&q=a%26b')).toBe(
      'https://h/t/?r=Auvergne-Rhône-Alpes,Pays%20de%20la%20Loire&sel=c%3Amecabourg&q=a%26b',
    );
    // « %2541 » read back as « %41 » would search for « A ».
    expect(readableAddress('https://h/?q=%2541%C3%A9')).toBe('https://h/?q=%2541é');
    expect(readableAddress('https://h/?q=%E0%A4%A')).toBe('https://h/?q=%E0%A4%A');
  });
});

describe('wrapAddress', () => {
  it('keeps every character, in lines that fit, broken after a separator where one is near', () => {
    const address = 'https://h/t/?d=one&r=two,three&q=four';
    const lines = wrapAddress(address, 14, measure);
    expect(lines.join('')).toBe(address);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(14);
    expect(lines[0]).toBe('https://h/t/?');
  });

  it('never breaks inside a « %C3 » escape or a character outside the BMP', () => {
    for (const width of [5, 6, 7, 8, 9, 10]) {
      const escaped = wrapAddress('?q=ab%C3%A9cd', width, measure);
      expect(escaped.join('')).toBe('?q=ab%C3%A9cd');
      for (const line of escaped) expect(line).not.toMatch(/%[0-9A-F]?$/);
      const emoji = wrapAddress('?q=abc😀def', width, measure);
      expect(emoji.join('')).toBe('?q=abc😀def');
      for (const line of emoji) expect(line).not.toMatch(/[\uD800-\uDBFF]$/);
    }
  });
});
