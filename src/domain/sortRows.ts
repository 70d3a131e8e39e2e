export type SortDirection = 'ascending' | 'descending';

export interface SortState<Key extends string> {
  readonly key: Key;
  readonly direction: SortDirection;
}

/** Clicking the sorted column flips it; another column starts ascending. */
export function nextSort<Key extends string>(current: SortState<Key>, key: Key): SortState<Key> {
  if (current.key !== key) return { key, direction: 'ascending' };
  return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** A stable sort on one column: numbers as numbers, text in French order (accents ignored), blanks last. */
export function sortRows<Row, Key extends string>(
  rows: readonly Row[],
  sort: SortState<Key>,
  value: (row: Row, key: Key) => string | number | null,
): Row[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, v: value(row, sort.key) }))
    .sort((a, b) => {
      if (a.v === null || b.v === null) return a.v === b.v ? a.index - b.index : a.v === null ? 1 : -1;
      const order = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map((entry) => entry.row);
}
