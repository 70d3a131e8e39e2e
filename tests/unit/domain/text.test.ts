import { describe, expect, it } from 'vitest';
import { foldAnyText, foldForSearch } from '../../../src/domain/text';

describe('foldForSearch', () => {
  it('ignores accents, case, ligatures and punctuation', () => {
    expect(foldForSearch('Mécabourg')).toBe('mecabourg');
    expect(foldForSearch('Saint-Nazaire')).toBe('saint nazaire');
    expect(foldForSearch('Œuvre « collective »')).toBe('oeuvre collective');
    expect(foldForSearch('Pro&Mer')).toBe('pro mer');
  });
});

describe('foldForSearch on plain ASCII', () => {
  it('folds every printable character as Unicode folding does', () => {
    for (let code = 0x20; code <= 0x7e; code += 1) {
      const text = `a${String.fromCharCode(code)}B`;
      expect(foldForSearch(text), JSON.stringify(text)).toBe(foldAnyText(text));
    }
  });

  it('folds random ASCII names as Unicode folding does', () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 2000; i += 1) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => String.fromCharCode(0x20 + Math.floor(random() * 95))).join('');
      expect(foldForSearch(text), JSON.stringify(text)).toBe(foldAnyText(text));
    }
  });
});
