import type { DatasetIndex, LinkRows } from './datasetIndex';
import { filterEntries, hasClusterFilters, hasInitiativeFilters, type Filters } from './filters';
import { IdSubset } from './idSubset';
import { foldForSearch } from './text';

/** What the filters leave visible; everything else fades. */
export interface Visibility {
  readonly initiativeIds: IdSubset;
  readonly clusterIds: IdSubset;
}

/** 1 for each cluster (or initiative) that every active filter of the table judging it lets through. */
function passingOwnFilters(index: DatasetIndex, filters: Filters, items: 'clusters' | 'initiatives', count: number): Uint8Array {
  const own = new Uint8Array(count).fill(1);
  for (const [key, declaration] of filterEntries()) {
    const { restricts } = declaration;
    if (restricts.items !== items || !declaration.isActive(filters[key])) continue;
    const passes = restricts.passes(index, filters[key]);
    for (let i = 0; i < count; i += 1) own[i]! &= passes[i]!;
  }
  return own;
}

function matchText(texts: readonly string[], query: string): Uint8Array {
  const matches = new Uint8Array(texts.length);
  for (let i = 0; i < texts.length; i += 1) if ((texts[i] as string).includes(query)) matches[i] = 1;
  return matches;
}

/** Whether row r links to at least one item where `a` (and `b`, when given) is set. */
function linksTo(rows: LinkRows, r: number, a: Uint8Array, b?: Uint8Array): boolean {
  const end = rows.offsets[r + 1] as number;
  for (let k = rows.offsets[r] as number; k < end; k += 1) {
    const item = rows.items[k] as number;
    if (a[item] === 1 && (b === undefined || b[item] === 1)) return true;
  }
  return false;
}

/**
 * Applies the filters to both views at once, linking them:
 * - initiative filters (domain, axes, case study) narrow the clusters to those
 *   that run a matching initiative;
 * - cluster filters (type, interviewed, region) narrow the initiatives to those
 *   that a matching cluster runs;
 * - the search matches an item by its own text or through a linked item, so
 *   searching a cluster's name shows the cluster and the initiatives it runs.
 *
 * Works on the index's typed columns: one pass per active filter, one per view
 * and the links, with no per-item allocation, so that it stays a few milliseconds at 100,000 clusters.
 */
export function computeVisibility(index: DatasetIndex, filters: Filters): Visibility {
  const { columns: col, dataset } = index;
  const clusterCount = dataset.clusters.length;
  const initiativeCount = dataset.initiatives.length;
  const query = foldForSearch(filters.query);

  const clusterOwn = passingOwnFilters(index, filters, 'clusters', clusterCount);
  const initiativeOwn = passingOwnFilters(index, filters, 'initiatives', initiativeCount);

  const searching = query !== '';
  const clusterQuery = searching ? matchText(col.clusterSearchText, query) : null;
  const initiativeQuery = searching ? matchText(col.initiativeSearchText, query) : null;
  const clusterFiltersActive = hasClusterFilters(filters);
  const initiativeFiltersActive = hasInitiativeFilters(filters);

  const initiativeVisible = new Uint8Array(initiativeCount);
  for (let i = 0; i < initiativeCount; i += 1) {
    if (initiativeOwn[i] !== 1) continue;
    if (clusterFiltersActive && !linksTo(col.clustersOfInitiative, i, clusterOwn)) continue;
    if (clusterQuery && initiativeQuery?.[i] !== 1 && !linksTo(col.clustersOfInitiative, i, clusterQuery, clusterOwn)) continue;
    initiativeVisible[i] = 1;
  }

  const clusterVisible = new Uint8Array(clusterCount);
  for (let c = 0; c < clusterCount; c += 1) {
    if (clusterOwn[c] !== 1) continue;
    if (initiativeFiltersActive && !linksTo(col.initiativesOfCluster, c, initiativeOwn)) continue;
    if (initiativeQuery && clusterQuery?.[c] !== 1 && !linksTo(col.initiativesOfCluster, c, initiativeQuery, initiativeOwn)) continue;
    clusterVisible[c] = 1;
  }

  return {
    initiativeIds: new IdSubset(initiativeVisible, index.initiativeIds, index.initiativePosition),
    clusterIds: new IdSubset(clusterVisible, index.clusterIds, index.clusterPosition),
  };
}
