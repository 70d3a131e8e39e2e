import { dataText } from '../../domain/language';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { audienceBand, horizonBand } from '../../domain/format';
import type { Cluster, Initiative } from '../../domain/schema';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { useVisibility } from '../../state/selectors';
import { SidewaysScroll } from '../../ui/tableParts';
import { SortableTable, type Column, type SortableTableProps } from './SortableTable';
import { seatPlaceWithCode } from '../../i18n/placeWords';

/**
 * The text alternative of both views: what the chart and the map show, as
 * two sortable tables kept in step with the filters.
 */
export function DataTables() {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const select = useDashboard((s) => s.select);
  const index = useDatasetIndex();
  const visibility = useVisibility();
  // Rows are only gathered when a table is unfolded; folded, the summaries only need counts.
  const initiativeRows = useCallback(
    () => index.dataset.initiatives.filter((_, position) => visibility.initiativeIds.mask[position] === 1),
    [index, visibility],
  );
  const clusterRows = useCallback(
    () => index.dataset.clusters.filter((_, position) => visibility.clusterIds.mask[position] === 1),
    [index, visibility],
  );
  const sortLabel = (header: string) => t('tables.sortBy', { column: header });

  // Columns change with the language and the dataset, not with filters.
  const { initiativeColumns, clusterColumns } = useMemo(() => {
    const initiativeColumns: Column<Initiative, 'label' | 'domain' | 'audience' | 'horizon' | 'caseStudy' | 'clusters'>[] = [
      {
        key: 'label',
        header: t('tables.initiative'),
        value: (i) => dataText(i.label, language),
        render: (i) => (
          <button type="button" className="link-button" onClick={() => select({ kind: 'initiative', id: i.id })}>
            {dataText(i.label, language)}
          </button>
        ),
      },
      { key: 'domain', header: t('detail.domain'), value: (i) => dataText(index.domainById.get(i.domain)?.shortLabel, language) ?? i.domain },
      { key: 'audience', header: t('filters.audience'), value: (i) => i.audience, render: (i) => t(`detail.audience_${audienceBand(i.audience)}`) },
      { key: 'horizon', header: t('filters.horizon'), value: (i) => i.horizon, render: (i) => t(`detail.horizon_${horizonBand(i.horizon)}`) },
      { key: 'caseStudy', header: t('tables.caseStudy'), value: (i) => i.caseStudy },
      { key: 'clusters', header: t('detail.clusters'), value: (i) => i.clusters.map((id) => index.clusterById.get(id)?.name ?? id).join(', ') || null },
    ];
    const clusterColumns: Column<Cluster, 'name' | 'type' | 'interviewed' | 'place' | 'region' | 'initiatives'>[] = [
      {
        key: 'name',
        header: t('tables.cluster'),
        value: (c) => c.name,
        render: (c) => (
          <button type="button" className="link-button" onClick={() => select({ kind: 'cluster', id: c.id })}>
            {c.name}
          </button>
        ),
      },
      { key: 'type', header: t('detail.type'), value: (c) => t(`clusterType.${c.type}`) },
      { key: 'interviewed', header: t('tables.interviewed'), value: (c) => (c.interviewed ? t('tables.yes') : t('tables.no')) },
      { key: 'place', header: t('detail.headquarters'), value: (c) => seatPlaceWithCode(c.hq, t) },
      { key: 'region', header: t('detail.region'), value: (c) => c.hq.region?.today ?? null },
      { key: 'initiatives', header: t('tables.initiativeCount'), value: (c) => index.initiativesByCluster.get(c.id)?.length ?? 0 },
    ];
    return { initiativeColumns, clusterColumns };
  }, [t, language, index, select]);

  return (
    <section className="panel data-tables" aria-labelledby="tables-heading" id="data-tables">
      <h2 id="tables-heading">{t('tables.heading')}</h2>
      <p className="detail-note">{t('tables.intro')}</p>
      <FoldedTable
        summary={t('tables.initiativesSummary', { count: visibility.initiativeIds.size })}
        caption={t('tables.initiativesCaption')}
        columns={initiativeColumns}
        getRows={initiativeRows}
        rowKey={(i) => i.id}
        initialSort={{ key: 'domain', direction: 'ascending' }}
        sortLabel={sortLabel}
        testId="initiatives-table"
      />
      <FoldedTable
        summary={t('tables.clustersSummary', { count: visibility.clusterIds.size })}
        caption={t('tables.clustersCaption')}
        columns={clusterColumns}
        getRows={clusterRows}
        rowKey={(c) => c.id}
        initialSort={{ key: 'name', direction: 'ascending' }}
        sortLabel={sortLabel}
        testId="clusters-table"
      />
    </section>
  );
}

/**
 * A table under a disclosure. Folded, it is not rendered: every filter change
 * would otherwise rebuild rows nobody sees.
 */
function FoldedTable<Row, Key extends string>({
  summary,
  getRows,
  ...table
}: Omit<SortableTableProps<Row, Key>, 'rows'> & { readonly summary: string; readonly getRows: () => readonly Row[] }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && <UnfoldedTable getRows={getRows} table={table} />}
    </details>
  );
}

function UnfoldedTable<Row, Key extends string>({
  getRows,
  table,
}: {
  readonly getRows: () => readonly Row[];
  readonly table: Omit<SortableTableProps<Row, Key>, 'rows'>;
}) {
  const { t } = useTranslation();
  const rows = useMemo(() => getRows(), [getRows]);
  return (
    <SidewaysScroll hint={t('tables.scrollHint')} regionLabel={t('tables.scrollRegion')}>
      <SortableTable {...table} rows={rows} />
    </SidewaysScroll>
  );
}
