import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { coverageMatrix, type MatrixGrouping } from '../../domain/coverageMatrix';
import { nextSort, type SortState } from '../../domain/sortRows';
import { useViewHandles } from '../../io/export/viewHandles';
import { selectVisibility, useVisibility } from '../../state/selectors';
import { useDashboard, useDashboardApi, useDatasetIndex } from '../../state/StoreContext';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PartFailed } from '../../ui/PartFailed';
import type { ColumnOrder, MatrixSortKey } from './matrixTable';

// The table and its maths load when the matrix is first unfolded: most visits never open it.
const MatrixBody = lazy(() => import('./MatrixBody').then((m) => ({ default: m.MatrixBody })));

/** Sorted by total first: the matrix is read to see who does most and where nobody acts. */
const DEFAULT_MATRIX_SORT: SortState<MatrixSortKey> = { key: 'total', direction: 'descending' };
/** Above this many visible clusters, the matrix opens with a row per region. */
const CLUSTER_ROWS_UP_TO = 200;

/**
 * Who covers what: a row per visible cluster (or region, or type), a column
 * per domain, each cell the number of the domain's initiatives the row runs,
 * shaded and written. Folded until asked for (kept in the link as `mx=`);
 * a cell shows its domain, and its cluster, region or type, in both views.
 */
export function CoverageMatrix() {
  const { t, i18n } = useTranslation();
  const index = useDatasetIndex();
  const api = useDashboardApi();
  const handles = useViewHandles();
  const grouping = useDashboard((s) => s.matrix);
  const setMatrix = useDashboard((s) => s.setMatrix);
  const visibleClusters = useVisibility().clusterIds.size;
  const domainFilter = useDashboard((s) => s.filters.domains);
  const columnCount = domainFilter.length > 0 ? domainFilter.length : index.dataset.domains.length;
  const [sort, setSort] = useState<SortState<MatrixSortKey>>(DEFAULT_MATRIX_SORT);
  const [columnOrder, setColumnOrder] = useState<ColumnOrder>('study');

  // The export asks for the matrix as the reader has it (rows, order, words), folded or not.
  useEffect(() => {
    handles.setMatrix({
      table: async () => {
        const { matrixTable } = await import('./matrixTable');
        const state = api.getState();
        const matrix = coverageMatrix(index, selectVisibility(index, state.filters), state.matrix ?? 'cluster', state.filters.domains);
        return matrixTable(index, matrix, sort, columnOrder, state.language, i18n.t);
      },
    });
    return () => handles.setMatrix(null);
  }, [handles, api, index, i18n, sort, columnOrder]);

  const defaultGrouping: MatrixGrouping = visibleClusters > CLUSTER_ROWS_UP_TO ? 'region' : 'cluster';
  return (
    <section className="panel coverage-matrix" aria-labelledby="matrix-heading" id="matrix">
      <h2 id="matrix-heading">{t('matrix.heading')}</h2>
      <p className="detail-note">{t('matrix.intro')}</p>
      <details open={grouping !== null} onToggle={(event) => setMatrix(event.currentTarget.open ? (api.getState().matrix ?? defaultGrouping) : null)}>
        <summary>{t('matrix.summary', { count: visibleClusters, columns: columnCount })}</summary>
        {grouping !== null && (
          <LoadBoundary fallback={<PartFailed message={t('matrix.loadFailed')} reloadLabel={t('app.reload')} />}>
            <Suspense fallback={<p className="detail-note">{t('app.loading')}</p>}>
              <MatrixBody
                grouping={grouping}
                sort={sort}
                onSort={(key) => setSort((current) => (current.key === key ? nextSort(current, key) : { key, direction: key === 'label' ? 'ascending' : 'descending' }))}
                columnOrder={columnOrder}
                onColumnOrder={setColumnOrder}
              />
            </Suspense>
          </LoadBoundary>
        )}
      </details>
    </section>
  );
}

