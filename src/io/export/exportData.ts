import type { Cluster, Dataset, Initiative } from '../../domain/schema';
import { CLUSTER_COLUMNS, clusterRows, INITIATIVE_COLUMNS, initiativeRows, toCsv, type CsvDelimiter } from './tables';

export function initiativesCsv(initiatives: readonly Initiative[], delimiter: CsvDelimiter): Blob {
  return new Blob([toCsv(INITIATIVE_COLUMNS, initiativeRows(initiatives), delimiter)], { type: 'text/csv;charset=utf-8' });
}

export function clustersCsv(clusters: readonly Cluster[], delimiter: CsvDelimiter): Blob {
  return new Blob([toCsv(CLUSTER_COLUMNS, clusterRows(clusters), delimiter)], { type: 'text/csv;charset=utf-8' });
}

export interface FilteredJson {
  readonly source: string;
  readonly dataset: { readonly title: string; readonly version: string };
  readonly exportedAt: string;
  readonly permalink: string;
  readonly filters: readonly string[];
  readonly initiatives: readonly Initiative[];
  readonly clusters: readonly Cluster[];
}

/** The filtered initiatives and clusters as full records, with where they come from and how they were chosen. */
export function filteredJson(
  dataset: Dataset,
  visible: { readonly initiatives: readonly Initiative[]; readonly clusters: readonly Cluster[] },
  context: { readonly source: string; readonly permalink: string; readonly filters: readonly string[]; readonly now: Date },
): Blob {
  const payload: FilteredJson = {
    source: context.source,
    dataset: { title: dataset.meta.title, version: dataset.meta.datasetVersion },
    exportedAt: context.now.toISOString(),
    permalink: context.permalink,
    filters: context.filters,
    initiatives: visible.initiatives,
    clusters: visible.clusters,
  };
  return new Blob([`${JSON.stringify(payload, null, 2)}\n`], { type: 'application/json' });
}
