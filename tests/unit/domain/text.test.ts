import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/domain/text';

describe('foldForSearch', () => {
  it('ignores accents, case, ligatures and punctuation', () => {
    expect(foldForSearch('Mécabourg')).toBe('mecabourg');
    expect(foldForSearch('Saint-Nazaire')).toBe('saint nazaire');
    expect(foldForSearch('Œuvre « collective »')).toBe('oeuvre collective');
    expect(foldForSearch('Pro&Mer')).toBe('pro mer');
  });
});
