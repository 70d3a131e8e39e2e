import type { TFunction } from 'i18next';
import { matrixColumnOrder, UNKNOWN_REGION, type CoverageMatrix, type MatrixRow } from '../../domain/coverageMatrix';
import type { DatasetIndex } from '../../domain/datasetIndex';
import { sortRows, type SortState } from '../../domain/sortRows';
import type { MatrixTable } from '../../io/export/matrixExport';
import { dataText, type Language } from '../../domain/language';

/** What the rows can be sorted by: their label, their group size, their total, or one domain's count. */
export type MatrixSortKey = 'label' | 'clusters' | 'total' | `domain:${string}`;
export type ColumnOrder = 'study' | 'acting';

/** A row's words: the cluster's name, the region's, or the type's. */
export function matrixRowLabel(index: DatasetIndex, matrix: Pick<CoverageMatrix, 'grouping'>, key: string, t: TFunction): string {
  if (matrix.grouping === 'cluster') return index.clusterById.get(key)?.name ?? key;
  if (matrix.grouping === 'type') return t(`clusterType.${key}`);
  return key === UNKNOWN_REGION ? t('matrix.unknownRegion') : key;
}

/**
 * The matrix in words and in the reader's order: columns in the study's order
 * or by coverage, rows sorted (ties in alphabetical order). The screen, the
 * CSV, the workbook and the picture are all made from it.
 */
export function matrixTable(
  index: DatasetIndex,
  matrix: CoverageMatrix,
  sort: SortState<MatrixSortKey>,
  columnOrder: ColumnOrder,
  language: Language,
  t: TFunction,
): MatrixTable {
  const order = matrixColumnOrder(matrix, columnOrder);
  const labelled = matrix.rows.map((row) => ({ row, label: matrixRowLabel(index, matrix, row.key, t) }));
  const alphabetical = sortRows(labelled, { key: 'label', direction: 'ascending' }, (entry) => entry.label);
  const sorted = sortRows(alphabetical, sort, (entry, key) => sortValue(entry.row, entry.label, key, matrix));
  return {
    corner: t(`matrix.corner_${matrix.grouping}`),
    clusterCountHeader: matrix.grouping === 'cluster' ? null : t('matrix.clusterCount'),
    columns: order.map((column) => {
      const id = matrix.domainIds[column] as string;
      return { id, header: dataText(index.domainById.get(id)?.shortLabel, language) ?? id };
    }),
    totalHeader: t('matrix.total'),
    rows: sorted.map(({ row, label }) => ({
      key: row.key,
      label,
      clusterCount: row.clusterCount,
      counts: order.map((column) => row.counts[column] as number),
      total: row.total,
    })),
    actingLabel: t(`matrix.acting_${matrix.grouping}`),
    acting: order.map((column) => matrix.rowsActing[column] as number),
    maxCount: matrix.maxCount,
  };
}

function sortValue(row: MatrixRow, label: string, key: MatrixSortKey, matrix: CoverageMatrix): string | number {
  if (key === 'label') return label;
  if (key === 'clusters') return row.clusterCount;
  if (key === 'total') return row.total;
  const column = matrix.domainIds.indexOf(key.slice('domain:'.length));
  return column >= 0 ? (row.counts[column] as number) : 0;
}
