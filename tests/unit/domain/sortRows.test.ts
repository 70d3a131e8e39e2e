import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from '../../../src/domain/sortRows';

const rows = [
  { name: 'Émeraude', n: 3 },
  { name: 'alpha', n: 10 },
  { name: 'Zeta', n: null },
  { name: 'bêta', n: 2 },
];
const value = (row: (typeof rows)[number], key: 'name' | 'n') => row[key];

describe('sortRows', () => {
  it('sorts text in French order, ignoring case and accents', () => {
    expect(sortRows(rows, { key: 'name', direction: 'ascending' }, value).map((r) => r.name)).toEqual(['alpha', 'bêta', 'Émeraude', 'Zeta']);
  });

  it('sorts numbers as numbers, blanks last in both directions', () => {
    expect(sortRows(rows, { key: 'n', direction: 'ascending' }, value).map((r) => r.n)).toEqual([2, 3, 10, null]);
    expect(sortRows(rows, { key: 'n', direction: 'descending' }, value).map((r) => r.n)).toEqual([10, 3, 2, null]);
  });

  it('flips the direction on the same column, and starts ascending on another', () => {
    expect(nextSort({ key: 'n', direction: 'ascending' }, 'n')).toEqual({ key: 'n', direction: 'descending' });
    expect(nextSort({ key: 'n', direction: 'descending' }, 'name')).toEqual({ key: 'name', direction: 'ascending' });
  });
});
