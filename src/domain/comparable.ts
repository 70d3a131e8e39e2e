import type { DatasetIndex } from './datasetIndex';
import type { Cluster, Initiative } from './schema';
import { foldForSearch } from './text';
import { dataText, type Language } from './language';

/** What makes two clusters comparable: the user's to choose. */
export type Comparability = 'type' | 'region' | 'sector' | 'all';
export const COMPARABILITIES: readonly Comparability[] = ['type', 'region', 'sector', 'all'];
/**
 * Same type by default. Measured on the study's 15 interviewed clusters: same type finds 9 comparable clusters and
 * 11 suggestions on average and leaves none without; same region (2.5 comparable) leaves 5 without, same sector
 * family 9; "all" suggests 27 of the 31 initiatives, which is a list, not advice.
 */
export const DEFAULT_COMPARABILITY: Comparability = 'type';

export interface Suggestion {
  readonly initiative: Initiative;
  /** Comparable clusters that run it, the closest in Figure 1 first. */
  readonly runBy: readonly Cluster[];
  /** How far it sits, in Figure 1, from the nearest of the cluster's own initiatives (0–√2; null when it runs none). */
  readonly distance: number | null;
}

/** Words of a sector worth matching: « Mécanique, métallurgie » → mecanique, metallurgie (short words and « et » left out). */
function sectorWords(cluster: Cluster): Set<string> {
  return new Set(
    foldForSearch(cluster.sector.fr)
      .split(/[^a-z0-9]+/)
      .filter((word) => word.length >= 5),
  );
}

function isComparable(a: Cluster, b: Cluster, by: Comparability, aWords: Set<string>): boolean {
  switch (by) {
    case 'type':
      return a.type === b.type;
    case 'region':
      return a.hq.region !== null && a.hq.region.today === b.hq.region?.today;
    case 'sector':
      return [...sectorWords(b)].some((word) => aWords.has(word));
    case 'all':
      return true;
  }
}

/** The other clusters comparable to this one. */
export function comparableClusters(cluster: Cluster, clusters: readonly Cluster[], by: Comparability): Cluster[] {
  const words = sectorWords(cluster);
  return clusters.filter((other) => other.id !== cluster.id && isComparable(cluster, other, by, words));
}

/**
 * What comparable clusters do that this one does not: every initiative a
 * comparable cluster runs and this one does not, ranked by how many
 * comparable clusters run it, then by how close it sits in Figure 1 to what
 * the cluster already does (a next step rather than a leap), then by name.
 * Work grows with the comparable clusters' initiatives, not the network's.
 */
export function suggestInitiatives(cluster: Cluster, index: DatasetIndex, by: Comparability, language: Language = 'fr'): Suggestion[] {
  const own = index.initiativesByCluster.get(cluster.id) ?? [];
  const ownIds = new Set(own.map((initiative) => initiative.id));
  const runBy = new Map<string, Cluster[]>();
  for (const other of comparableClusters(cluster, index.dataset.clusters, by)) {
    for (const initiative of index.initiativesByCluster.get(other.id) ?? []) {
      if (ownIds.has(initiative.id)) continue;
      const list = runBy.get(initiative.id);
      if (list) list.push(other);
      else runBy.set(initiative.id, [other]);
    }
  }
  const distanceTo = (initiative: Initiative) =>
    own.length === 0 ? null : Math.min(...own.map((mine) => Math.hypot(mine.audience - initiative.audience, mine.horizon - initiative.horizon)));
  const suggestions = [...runBy.entries()].flatMap(([id, clusters]) => {
    const initiative = index.initiativeById.get(id);
    return initiative ? [{ initiative, runBy: clusters, distance: distanceTo(initiative) }] : [];
  });
  return suggestions.sort(
    (a, b) =>
      b.runBy.length - a.runBy.length ||
      (a.distance ?? 0) - (b.distance ?? 0) ||
      dataText(a.initiative.label, language).localeCompare(dataText(b.initiative.label, language), language),
  );
}
