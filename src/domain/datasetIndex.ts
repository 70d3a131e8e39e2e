import { LANGUAGES, type DataText } from './language';
import { CLUSTER_TYPES } from './clusterTypes';
import type { CaseStudy, Cluster, Dataset, Domain, Initiative } from './schema';
import { foldForSearch } from './text';
import { TextSearch } from './textSearch';

/**
 * A many-to-many link in compressed rows: the items linked to row r are
 * `items[offsets[r]] … items[offsets[r + 1] - 1]` (positions in dataset order).
 */
/** A data text in all its languages, for the search: a reader finds an item by its name in any of them. */
function inEveryLanguage(text: DataText): string {
  return LANGUAGES.map((language) => text[language] ?? '').join(' ');
}

export interface LinkRows {
  readonly offsets: Int32Array;
  readonly items: Int32Array;
}

/**
 * The attributes filters test, one typed array per attribute in dataset order,
 * so that filtering a network of 100,000 clusters is a few tight loops.
 */
export interface FilterColumns {
  /** Position of the cluster's type in CLUSTER_TYPES. */
  readonly clusterType: Uint8Array;
  readonly clusterInterviewed: Uint8Array;
  /** Position of the headquarters' region in `regions`, or -1 when unknown. */
  readonly clusterRegion: Int32Array;
  /** Position of the initiative's domain in `dataset.domains`, or -1. */
  readonly initiativeDomain: Int32Array;
  readonly initiativeAudience: Float64Array;
  readonly initiativeHorizon: Float64Array;
  readonly initiativeHasCaseStudy: Uint8Array;
  /** The clusters each initiative names, and the initiatives each cluster runs. */
  readonly clustersOfInitiative: LinkRows;
  readonly initiativesOfCluster: LinkRows;
  /** Folded search text, in dataset order (initiatives: labels in both languages; clusters: name, sector, place). */
  readonly initiativeSearchText: readonly string[];
  readonly clusterSearchText: readonly string[];
}

/**
 * Lookups built once per dataset so that filtering never searches arrays by
 * id on the hot path.
 */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly domainById: ReadonlyMap<string, Domain>;
  readonly initiativeById: ReadonlyMap<string, Initiative>;
  readonly clusterById: ReadonlyMap<string, Cluster>;
  readonly caseStudyByNumber: ReadonlyMap<number, CaseStudy>;
  /** Position of each item in its dataset array. */
  readonly initiativePosition: ReadonlyMap<string, number>;
  readonly clusterPosition: ReadonlyMap<string, number>;
  readonly initiativeIds: readonly string[];
  readonly clusterIds: readonly string[];
  /** Initiatives each cluster runs, from `initiative.clusters`. */
  readonly initiativesByCluster: ReadonlyMap<string, readonly Initiative[]>;
  /** Today's regions of the headquarters, sorted. */
  readonly regions: readonly string[];
  readonly columns: FilterColumns;
  /** The search over `columns.clusterSearchText` and `initiativeSearchText`, remembering recent queries. */
  readonly clusterSearch: TextSearch;
  readonly initiativeSearch: TextSearch;
}

/** Turns lists of linked positions into compressed rows. */
function toLinkRows(lists: readonly (readonly number[])[]): LinkRows {
  const offsets = new Int32Array(lists.length + 1);
  for (let r = 0; r < lists.length; r += 1) offsets[r + 1] = (offsets[r] ?? 0) + (lists[r]?.length ?? 0);
  const items = new Int32Array(offsets[lists.length] ?? 0);
  lists.forEach((list, r) => items.set(list, offsets[r] ?? 0));
  return { offsets, items };
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const { domains, initiatives, clusters } = dataset;
  const domainById = new Map(domains.map((d) => [d.id, d]));
  const initiativeById = new Map(initiatives.map((i) => [i.id, i]));
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const caseStudyByNumber = new Map(dataset.caseStudies.map((c) => [c.number, c]));
  const initiativePosition = new Map(initiatives.map((i, position) => [i.id, position]));
  const clusterPosition = new Map(clusters.map((c, position) => [c.id, position]));

  const initiativesByCluster = new Map<string, Initiative[]>(clusters.map((c) => [c.id, []]));
  const runsOfCluster: number[][] = clusters.map(() => []);
  const clustersOfInitiative = initiatives.map((initiative, i) => {
    const positions: number[] = [];
    for (const clusterId of initiative.clusters) {
      const c = clusterPosition.get(clusterId);
      if (c === undefined) continue;
      positions.push(c);
      runsOfCluster[c]?.push(i);
      initiativesByCluster.get(clusterId)?.push(initiative);
    }
    return positions;
  });

  const regions = [...new Set(clusters.flatMap((c) => (c.hq.region ? [c.hq.region.today] : [])))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );
  const regionPosition = new Map(regions.map((r, position) => [r, position]));
  const domainPosition = new Map(domains.map((d, position) => [d.id, position]));

  const columns: FilterColumns = {
    clusterType: Uint8Array.from(clusters, (c) => CLUSTER_TYPES.indexOf(c.type)),
    clusterInterviewed: Uint8Array.from(clusters, (c) => (c.interviewed ? 1 : 0)),
    clusterRegion: Int32Array.from(clusters, (c) => (c.hq.region ? (regionPosition.get(c.hq.region.today) ?? -1) : -1)),
    initiativeDomain: Int32Array.from(initiatives, (i) => domainPosition.get(i.domain) ?? -1),
    initiativeAudience: Float64Array.from(initiatives, (i) => i.audience),
    initiativeHorizon: Float64Array.from(initiatives, (i) => i.horizon),
    initiativeHasCaseStudy: Uint8Array.from(initiatives, (i) => (i.caseStudy !== null ? 1 : 0)),
    clustersOfInitiative: toLinkRows(clustersOfInitiative),
    initiativesOfCluster: toLinkRows(runsOfCluster),
    initiativeSearchText: initiatives.map((i) => foldForSearch(inEveryLanguage(i.label))),
    clusterSearchText: clusters.map((c) =>
      foldForSearch(
        [c.name, inEveryLanguage(c.sector), c.hq.commune ?? '', c.hq.departmentName ?? '', c.hq.region?.today ?? ''].join(' '),
      ),
    ),
  };

  return {
    dataset,
    domainById,
    initiativeById,
    clusterById,
    caseStudyByNumber,
    initiativePosition,
    clusterPosition,
    initiativeIds: initiatives.map((i) => i.id),
    clusterIds: clusters.map((c) => c.id),
    initiativesByCluster,
    regions,
    columns,
    clusterSearch: new TextSearch(columns.clusterSearchText),
    initiativeSearch: new TextSearch(columns.initiativeSearchText),
  };
}
