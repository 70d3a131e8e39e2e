import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { nextSort, sortRows, type SortState } from '../../domain/sortRows';
import { MoreRows, SortHeader } from '../../ui/tableParts';

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
  /** Rows drawn at first and added by each "more" (a network's table can hold 100,000 rows). */
  readonly pageSize?: number;
}

const PAGE_SIZE = 200;

/**
 * A data table whose column headers sort it (aria-sort says how). Long
 * tables show their first rows and grow on demand: the whole set is sorted,
 * only what is shown is drawn.
 */
export function SortableTable<Row, Key extends string>({
  caption,
  columns,
  rows,
  rowKey,
  initialSort,
  sortLabel,
  testId,
  pageSize = PAGE_SIZE,
}: SortableTableProps<Row, Key>) {
  const { t } = useTranslation();
  const [sort, setSort] = useState(initialSort);
  const [shown, setShown] = useState(pageSize);
  const column = columns.find((c) => c.key === sort.key);
  // The column carries the language (its values are translated), so a language switch sorts again.
  const sorted = useMemo(() => (column ? sortRows(rows, sort, (row) => column.value(row)) : [...rows]), [rows, sort, column]);
  const visibleRows = sorted.length > shown ? sorted.slice(0, shown) : sorted;
  return (
    <>
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <SortHeader key={c.key} label={c.header} direction={sort.key === c.key ? sort.direction : null} onSort={() => setSort(nextSort(sort, c.key))} sortLabel={sortLabel(c.header)} />
            ))}
          </tr>
        </thead>
        <tbody>
          {visibleRows.map((row) => (
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
      {sorted.length > visibleRows.length && (
        <MoreRows
          showing={t('tables.showing', { shown: visibleRows.length, total: sorted.length })}
          more={t('tables.showMore', { count: Math.min(pageSize, sorted.length - visibleRows.length) })}
          onMore={() => setShown((n) => n + pageSize)}
          note={t('tables.allInCsv')}
        />
      )}
    </>
  );
}
