import { useState, type ReactNode } from 'react';
import { nextSort, sortRows, type SortState } from '../../domain/sortRows';

export interface Column<Row, Key extends string> {
  readonly key: Key;
  readonly header: string;
  readonly value: (row: Row) => string | number | null;
  /** What the cell shows (defaults to the value). */
  readonly render?: (row: Row) => ReactNode;
}

export interface SortableTableProps<Row, Key extends string> {
  readonly caption: string;
  readonly columns: readonly Column<Row, Key>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
  readonly initialSort: SortState<Key>;
  readonly sortLabel: (header: string) => string;
  readonly testId?: string;
}

/** A data table whose column headers sort it (aria-sort says how). */
export function SortableTable<Row, Key extends string>({ caption, columns, rows, rowKey, initialSort, sortLabel, testId }: SortableTableProps<Row, Key>) {
  const [sort, setSort] = useState(initialSort);
  const column = columns.find((c) => c.key === sort.key);
  const sorted = column ? sortRows(rows, sort, (row) => column.value(row)) : [...rows];
  return (
    <table className="data-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : 'none'}>
              <button type="button" onClick={() => setSort(nextSort(sort, c.key))} aria-label={sortLabel(c.header)}>
                {c.header}
                <span aria-hidden="true">{sort.key === c.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c, i) => {
              const content = c.render ? c.render(row) : c.value(row) ?? '—';
              return i === 0 ? (
                <th key={c.key} scope="row">
                  {content}
                </th>
              ) : (
                <td key={c.key}>{content}</td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
