import { dataText } from '../../domain/language';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coverageMatrix, EMPTY_CELL_SHADE, MATRIX_GROUPINGS, matrixShades, shadeOf, type MatrixGrouping, type MatrixShade } from '../../domain/coverageMatrix';
import type { SortState } from '../../domain/sortRows';
import type { MatrixTable } from '../../io/export/matrixExport';
import { useVisibility } from '../../state/selectors';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { RadioChoices } from '../../ui/RadioChoices';
import { MoreRows, SidewaysScroll, SortHeader } from '../../ui/tableParts';
import { matrixTable, type ColumnOrder, type MatrixSortKey } from './matrixTable';

/** Rows drawn at first and added by each "more": a network's matrix can have 10,000 clusters. */
const PAGE_SIZE = 50;

interface BodyProps {
  readonly grouping: MatrixGrouping;
  readonly sort: SortState<MatrixSortKey>;
  readonly onSort: (key: MatrixSortKey) => void;
  readonly columnOrder: ColumnOrder;
  readonly onColumnOrder: (order: ColumnOrder) => void;
}

/** The matrix unfolded: its choices, its legend, and the table (paged). */
export function MatrixBody({ grouping, sort, onSort, columnOrder, onColumnOrder }: BodyProps) {
  const { t } = useTranslation();
  const id = useId();
  const index = useDatasetIndex();
  const visibility = useVisibility();
  const language = useDashboard((s) => s.language);
  const domainFilter = useDashboard((s) => s.filters.domains);
  const setMatrix = useDashboard((s) => s.setMatrix);
  const showMatrixCell = useDashboard((s) => s.showMatrixCell);
  const select = useDashboard((s) => s.select);
  const [shown, setShown] = useState(PAGE_SIZE);
  const matrix = useMemo(() => coverageMatrix(index, visibility, grouping, domainFilter), [index, visibility, grouping, domainFilter]);
  const table = useMemo(() => matrixTable(index, matrix, sort, columnOrder, language, t), [index, matrix, sort, columnOrder, language, t]);
  const shades = useMemo(() => matrixShades(matrix.maxCount), [matrix.maxCount]);

  const showCell = (rowKey: string, domainId: string) => {
    showMatrixCell(grouping, rowKey, domainId);
    // The answer is in the views: take the reader there (and a keyboard or screen reader user's focus with them).
    document.getElementById('views')?.focus();
  };
  const radios = <T extends string>(name: string, label: string, options: readonly T[], value: T, set: (value: T) => void, words: (option: T) => string) => (
    <RadioChoices name={`${id}-${name}`} label={label} shownLabel={t('matrix.labelled', { label })} className="matrix-choice" options={options} value={value} onChange={set} words={words} />
  );
  const sortHeader = (key: MatrixSortKey, label: string, title?: string) => (
    <SortHeader key={key} label={label} title={title} direction={sort.key === key ? sort.direction : null} onSort={() => onSort(key)} sortLabel={t('matrix.sortBy', { column: label })} />
  );
  const rows = table.rows.slice(0, shown);
  const grouped = table.clusterCountHeader !== null;

  return (
    <div className="matrix-body">
      <div className="matrix-controls">
        {radios('rows', t('matrix.rows'), MATRIX_GROUPINGS, grouping, setMatrix, (option) => t(`matrix.rows_${option}`))}
        {radios('columns', t('matrix.columnOrder'), ['study', 'acting'] as const, columnOrder, onColumnOrder, (option) => t(`matrix.columnOrder_${option}`))}
      </div>
      <MatrixLegend shades={shades} />
      {table.rows.length === 0 ? (
        <p className="detail-note">{t('matrix.noRows')}</p>
      ) : (
        <SidewaysScroll hint={t('tables.scrollHint')} regionLabel={t('tables.scrollRegion')}>
          <table className="data-table matrix-table" data-testid="coverage-matrix">
            <caption>{t(`matrix.caption_${grouping}`)}</caption>
            <thead>
              <tr>
                {sortHeader('label', table.corner)}
                {grouped && sortHeader('clusters', table.clusterCountHeader as string)}
                {table.columns.map((column) => sortHeader(`domain:${column.id}`, column.header, dataText(index.domainById.get(column.id)?.label, language)))}
                {sortHeader('total', table.totalHeader)}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {grouping === 'cluster' ? (
                      <button type="button" className="link-button" onClick={() => select({ kind: 'cluster', id: row.key })}>
                        {row.label}
                      </button>
                    ) : (
                      row.label
                    )}
                  </th>
                  {grouped && <td className="matrix-number">{row.clusterCount}</td>}
                  {row.counts.map((count, c) => {
                    const column = table.columns[c] as MatrixTable['columns'][number];
                    const domain = dataText(index.domainById.get(column.id)?.label, language) ?? column.header;
                    const shade = shadeOf(count, shades);
                    return count === 0 ? (
                      <td key={column.id} className="matrix-cell is-empty" style={{ background: shade.fill, color: shade.ink }}>
                        <span aria-hidden="true">0</span>
                        <span className="visually-hidden">{t('matrix.emptyCell', { row: row.label, domain })}</span>
                      </td>
                    ) : (
                      <td key={column.id} className="matrix-cell" style={{ background: shade.fill, color: shade.ink }}>
                        <button type="button" onClick={() => showCell(row.key, column.id)} aria-label={t('matrix.cellAction', { row: row.label, domain, count })}>
                          {count}
                        </button>
                      </td>
                    );
                  })}
                  <td className="matrix-number">{row.total}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{table.actingLabel}</th>
                {grouped && <td />}
                {table.acting.map((count, c) => (
                  <td key={table.columns[c]?.id} className="matrix-number">
                    {count}
                  </td>
                ))}
                <td />
              </tr>
            </tfoot>
          </table>
        </SidewaysScroll>
      )}
      {table.rows.length > rows.length && (
        <MoreRows
          showing={t('tables.showing', { shown: rows.length, total: table.rows.length })}
          more={t('tables.showMore', { count: Math.min(PAGE_SIZE, table.rows.length - rows.length) })}
          onMore={() => setShown((n) => n + PAGE_SIZE)}
          note={t('tables.allInCsv')}
        />
      )}
    </div>
  );
}

/** The shading in words: a swatch per step, « 0 » first. */
function MatrixLegend({ shades }: { readonly shades: readonly MatrixShade[] }) {
  const { t } = useTranslation();
  const steps = [EMPTY_CELL_SHADE, ...shades];
  return (
    <p className="matrix-legend">
      <span>{t('matrix.labelled', { label: t('matrix.legend') })}</span>
      {steps.map((shade) => (
        <span key={shade.from} className="matrix-swatch">
          <span className="matrix-swatch-fill" style={{ background: shade.fill }} aria-hidden="true" />
          {shade.from === shade.to ? shade.from : `${shade.from}–${shade.to}`}
        </span>
      ))}
    </p>
  );
}
