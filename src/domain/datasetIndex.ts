import type { CaseStudy, Cluster, Dataset, Domain, Initiative } from './schema';
import { foldForSearch } from './text';

/**
 * Lookups built once per dataset so that filtering never scans strings or
 * searches arrays by id on the hot path.
 */
export interface DatasetIndex {
  readonly dataset: Dataset;
  readonly domainById: ReadonlyMap<string, Domain>;
  readonly initiativeById: ReadonlyMap<string, Initiative>;
  readonly clusterById: ReadonlyMap<string, Cluster>;
  readonly caseStudyByNumber: ReadonlyMap<number, CaseStudy>;
  /** Initiatives each cluster runs, from `initiative.clusters`. */
  readonly initiativesByCluster: ReadonlyMap<string, readonly Initiative[]>;
  /** Folded search text per initiative id (labels in both languages, domain). */
  readonly initiativeSearchText: ReadonlyMap<string, string>;
  /** Folded search text per cluster id (name, sector, commune, department, region). */
  readonly clusterSearchText: ReadonlyMap<string, string>;
  /** Today's regions of the headquarters, sorted. */
  readonly regions: readonly string[];
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const domainById = new Map(dataset.domains.map((d) => [d.id, d]));
  const initiativeById = new Map(dataset.initiatives.map((i) => [i.id, i]));
  const clusterById = new Map(dataset.clusters.map((c) => [c.id, c]));
  const caseStudyByNumber = new Map(dataset.caseStudies.map((c) => [c.number, c]));

  const initiativesByCluster = new Map<string, Initiative[]>(dataset.clusters.map((c) => [c.id, []]));
  for (const initiative of dataset.initiatives) {
    for (const clusterId of initiative.clusters) initiativesByCluster.get(clusterId)?.push(initiative);
  }

  const initiativeSearchText = new Map(
    dataset.initiatives.map((i) => [i.id, foldForSearch([i.label.fr, i.label.en].join(' '))]),
  );
  const clusterSearchText = new Map(
    dataset.clusters.map((c) => [
      c.id,
      foldForSearch(
        [c.name, c.sector.fr, c.sector.en, c.hq.commune ?? '', c.hq.departmentName ?? '', c.hq.region?.today ?? ''].join(' '),
      ),
    ]),
  );
  const regions = [...new Set(dataset.clusters.flatMap((c) => (c.hq.region ? [c.hq.region.today] : [])))].sort((a, b) =>
    a.localeCompare(b, 'fr'),
  );

  return {
    dataset,
    domainById,
    initiativeById,
    clusterById,
    caseStudyByNumber,
    initiativesByCluster,
    initiativeSearchText,
    clusterSearchText,
    regions,
  };
}
