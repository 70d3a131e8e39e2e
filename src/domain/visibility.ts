import type { DatasetIndex } from './datasetIndex';
import { hasClusterFilters, hasInitiativeFilters, inRange, type Filters } from './filters';
import type { Cluster, Initiative } from './schema';
import { foldForSearch } from './text';

/** What the filters leave visible; everything else fades. */
export interface Visibility {
  readonly initiativeIds: ReadonlySet<string>;
  readonly clusterIds: ReadonlySet<string>;
}

function matchesInitiativeAttributes(initiative: Initiative, filters: Filters): boolean {
  return (
    (filters.domains.length === 0 || filters.domains.includes(initiative.domain)) &&
    inRange(initiative.audience, filters.audience) &&
    inRange(initiative.horizon, filters.horizon) &&
    (!filters.caseStudyOnly || initiative.caseStudy !== null)
  );
}

function matchesClusterAttributes(cluster: Cluster, filters: Filters): boolean {
  return (
    (filters.clusterTypes.length === 0 || filters.clusterTypes.includes(cluster.type)) &&
    (filters.interviewed === 'all' || cluster.interviewed === (filters.interviewed === 'interviewed')) &&
    (filters.regions.length === 0 || (cluster.hq.region !== null && filters.regions.includes(cluster.hq.region.today)))
  );
}

/**
 * Applies the filters to both views at once, linking them:
 * - initiative filters (domain, axes, case study) narrow the clusters to those
 *   that run a matching initiative;
 * - cluster filters (type, interviewed, region) narrow the initiatives to those
 *   that a matching cluster runs;
 * - the search matches an item by its own text or through a linked item, so
 *   searching a cluster's name shows the cluster and the initiatives it runs.
 */
export function computeVisibility(index: DatasetIndex, filters: Filters): Visibility {
  const { initiatives, clusters } = index.dataset;
  const query = foldForSearch(filters.query);

  const clusterOwn = new Set(clusters.filter((c) => matchesClusterAttributes(c, filters)).map((c) => c.id));
  const initiativeOwn = new Set(
    initiatives.filter((i) => matchesInitiativeAttributes(i, filters)).map((i) => i.id),
  );
  const clusterQuery = new Set<string>();
  const initiativeQuery = new Set<string>();
  if (query !== '') {
    for (const [id, text] of index.clusterSearchText) if (text.includes(query)) clusterQuery.add(id);
    for (const [id, text] of index.initiativeSearchText) if (text.includes(query)) initiativeQuery.add(id);
  }

  const clusterFiltersActive = hasClusterFilters(filters);
  const initiativeFiltersActive = hasInitiativeFilters(filters);

  const initiativeIds = new Set<string>();
  for (const initiative of initiatives) {
    if (!initiativeOwn.has(initiative.id)) continue;
    if (clusterFiltersActive && !initiative.clusters.some((id) => clusterOwn.has(id))) continue;
    if (
      query !== '' &&
      !initiativeQuery.has(initiative.id) &&
      !initiative.clusters.some((id) => clusterQuery.has(id) && clusterOwn.has(id))
    ) {
      continue;
    }
    initiativeIds.add(initiative.id);
  }

  const clusterIds = new Set<string>();
  for (const cluster of clusters) {
    if (!clusterOwn.has(cluster.id)) continue;
    const runs = index.initiativesByCluster.get(cluster.id) ?? [];
    if (initiativeFiltersActive && !runs.some((i) => initiativeOwn.has(i.id))) continue;
    if (
      query !== '' &&
      !clusterQuery.has(cluster.id) &&
      !runs.some((i) => initiativeQuery.has(i.id) && initiativeOwn.has(i.id))
    ) {
      continue;
    }
    clusterIds.add(cluster.id);
  }

  return { initiativeIds, clusterIds };
}
