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

/** Whether row r links to at least one item where `a` (and `b`, when given) is set. */
function linksTo(rows: LinkRows, r: number, a: Uint8Array, b?: Uint8Array): boolean {
  const end = rows.offsets[r + 1] as number;
  for (let k = rows.offsets[r] as number; k < end; k += 1) {
    const item = rows.items[k] as number;
    if (a[item] === 1 && (b === undefined || b[item] === 1)) return true;
  }
  return false;
}

/** The items passing their own filters, kept while the filters judging them do not change. */
interface OwnMasks {
  readonly filters: Filters;
  readonly clusters: Uint8Array;
  readonly initiatives: Uint8Array;
}

/** Values of a filter compared as the user sees them: lists and ranges item by item. */
const sameValue = (a: unknown, b: unknown) => a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((value, k) => value === b[k]));

/** Whether every filter of the table judging `items` has the same value in both. */
function sameOwnFilters(a: Filters, b: Filters, items: 'clusters' | 'initiatives'): boolean {
  return filterEntries().every(([key, declaration]) => declaration.restricts.items !== items || sameValue(a[key], b[key]));
}

/** The visible masks for `filters`, given the masks of items passing their own filters. */
function visibleMasks(index: DatasetIndex, filters: Filters, own: OwnMasks): { initiatives: Uint8Array; clusters: Uint8Array } {
  const { columns: col, dataset } = index;
  const clusterCount = dataset.clusters.length;
  const initiativeCount = dataset.initiatives.length;
  const { clusters: clusterOwn, initiatives: initiativeOwn } = own;
  const query = foldForSearch(filters.query);
  const searching = query !== '';
  const clusterQuery = searching ? index.clusterSearch.matches(query) : null;
  const initiativeQuery = searching ? index.initiativeSearch.matches(query) : null;
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
  return { initiatives: initiativeVisible, clusters: clusterVisible };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `computeVisibility` with a memory of its last call, for the views: filters
 * that did not change are not applied again (a keystroke only changes the
 * search), and a visibility equal to the last one is returned as the same
 * object, so that views depending on it skip their work (typing "clu" after
 * "cl" often shows the same items).
 */
export function createVisibilitySelector(): (index: DatasetIndex, filters: Filters) => Visibility {
  // One memory per dataset, so that readers of two datasets (one leaving the page, one arriving) do not undo each other's.
  const lastOf = new WeakMap<DatasetIndex, { filters: Filters; own: OwnMasks; visibility: Visibility }>();
  return function selectVisibility(index, filters) {
    const before = lastOf.get(index);
    if (before?.filters === filters) return before.visibility;
    const own: OwnMasks = {
      filters,
      clusters:
        before && sameOwnFilters(before.own.filters, filters, 'clusters') ? before.own.clusters : passingOwnFilters(index, filters, 'clusters', index.dataset.clusters.length),
      initiatives:
        before && sameOwnFilters(before.own.filters, filters, 'initiatives')
          ? before.own.initiatives
          : passingOwnFilters(index, filters, 'initiatives', index.dataset.initiatives.length),
    };
    const masks = visibleMasks(index, filters, own);
    const previous = before?.visibility;
    const initiativeIds =
      previous && sameBytes(previous.initiativeIds.mask, masks.initiatives)
        ? previous.initiativeIds
        : new IdSubset(masks.initiatives, index.initiativeIds, index.initiativePosition);
    const clusterIds =
      previous && sameBytes(previous.clusterIds.mask, masks.clusters) ? previous.clusterIds : new IdSubset(masks.clusters, index.clusterIds, index.clusterPosition);
    const visibility = previous?.initiativeIds === initiativeIds && previous.clusterIds === clusterIds ? previous : { initiativeIds, clusterIds };
    lastOf.set(index, { filters, own, visibility });
    return visibility;
  };
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
 * and the links, with no per-item allocation, so that it stays a few
 * milliseconds at 100,000 clusters. The text search remembers recent queries (`TextSearch`), so that a keystroke
 * that extends the query only tests what the query matched before.
 */
export function computeVisibility(index: DatasetIndex, filters: Filters): Visibility {
  return createVisibilitySelector()(index, filters);
}
