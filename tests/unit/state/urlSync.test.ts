import { describe, expect, it } from 'vitest';
import { searchWithout } from '../../../src/state/urlSync';

describe('searchWithout', () => {
  it('takes one parameter out and keeps the others', () => {
    expect(searchWithout('?data=reseau%2Fc.csv&d=recruter&q=a+b', 'data')).toBe('?d=recruter&q=a+b');
    expect(searchWithout('?data=x', 'data')).toBe('');
    expect(searchWithout('', 'data')).toBe('');
  });
});
