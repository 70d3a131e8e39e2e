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

/**
 * The part of an index that takes time at the scale of a network (folded
 * search texts, typed columns, links): plain strings and typed arrays, so an
 * import works it out in its worker and hands it over (typed arrays move
 * without a copy). The rest of the index is lookups of the records themselves.
 */
export interface PreparedIndex {
  /** Today's regions of the headquarters, sorted. */
  readonly regions: readonly string[];
  readonly columns: FilterColumns;
}

export function prepareIndex(dataset: Dataset): PreparedIndex {
  const { domains, initiatives, clusters } = dataset;
  const clusterPosition = new Map(clusters.map((c, position) => [c.id, position]));
  const runsOfCluster: number[][] = clusters.map(() => []);
  const clustersOfInitiative = initiatives.map((initiative, i) => {
    const positions: number[] = [];
    for (const clusterId of initiative.clusters) {
      const c = clusterPosition.get(clusterId);
      if (c === undefined) continue;
      positions.push(c);
      runsOfCluster[c]?.push(i);
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
  return { regions, columns };
}

const RUNS_NOTHING: readonly Initiative[] = Object.freeze([]);

/**
 * Builds the lookups of an index as the dataset's records arrive: `catchUp`
 * indexes the initiatives and clusters added to the dataset's arrays since
 * its last call (all the initiatives before any cluster: a cluster's list of
 * initiatives is read from them), so a network handed over in slices is
 * indexed slice by slice, never in one long task. `finish` checks that every
 * record the prepared columns count has arrived.
 */
export function indexBuilder(dataset: Dataset, prepared: PreparedIndex): { catchUp(): void; finish(): DatasetIndex } {
  const { initiatives, clusters } = dataset;
  const { columns } = prepared;
  const initiativeCount = columns.initiativeDomain.length;
  const clusterCount = columns.clusterType.length;
  const initiativeById = new Map<string, Initiative>();
  const initiativePosition = new Map<string, number>();
  const initiativeIds: string[] = [];
  const clusterById = new Map<string, Cluster>();
  const clusterPosition = new Map<string, number>();
  const clusterIds: string[] = [];
  const initiativesByCluster = new Map<string, readonly Initiative[]>();
  const { offsets, items } = columns.initiativesOfCluster;

  const catchUp = () => {
    for (let i = initiativeIds.length; i < initiatives.length; i += 1) {
      const initiative = initiatives[i] as Initiative;
      initiativeById.set(initiative.id, initiative);
      initiativePosition.set(initiative.id, i);
      initiativeIds.push(initiative.id);
    }
    if (clusters.length > clusterIds.length && initiativeIds.length < initiativeCount) {
      throw new Error('indexBuilder: clusters arrived before all the initiatives');
    }
    for (let c = clusterIds.length; c < clusters.length; c += 1) {
      const cluster = clusters[c] as Cluster;
      clusterById.set(cluster.id, cluster);
      clusterPosition.set(cluster.id, c);
      clusterIds.push(cluster.id);
      const from = offsets[c] ?? 0;
      const to = offsets[c + 1] ?? 0;
      // Most clusters of a network run none: they share one empty list (up to 100,000 fewer objects to make).
      if (from === to) {
        initiativesByCluster.set(cluster.id, RUNS_NOTHING);
        continue;
      }
      const runs: Initiative[] = [];
      for (let k = from; k < to; k += 1) runs.push(initiatives[items[k] ?? 0] as Initiative);
      initiativesByCluster.set(cluster.id, runs);
    }
  };

  return {
    catchUp,
    finish() {
      catchUp();
      if (initiatives.length !== initiativeCount || clusters.length !== clusterCount) {
        throw new Error(`indexBuilder: ${initiatives.length} of ${initiativeCount} initiatives and ${clusters.length} of ${clusterCount} clusters arrived`);
      }
      return {
        dataset,
        domainById: new Map(dataset.domains.map((d) => [d.id, d])),
        initiativeById,
        clusterById,
        caseStudyByNumber: new Map(dataset.caseStudies.map((c) => [c.number, c])),
        initiativePosition,
        clusterPosition,
        initiativeIds,
        clusterIds,
        initiativesByCluster,
        regions: prepared.regions,
        columns,
        clusterSearch: new TextSearch(columns.clusterSearchText),
        initiativeSearch: new TextSearch(columns.initiativeSearchText),
      };
    },
  };
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  return indexBuilder(dataset, prepareIndex(dataset)).finish();
}
