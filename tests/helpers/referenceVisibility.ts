import { hasClusterFilters, hasInitiativeFilters, type Filters } from '../../src/domain/filters';

const inRange = (value: number, [low, high]: readonly [number, number]) => value >= low && value <= high;
import type { Cluster, Dataset, Initiative } from '../../src/domain/schema';
import { foldForSearch } from '../../src/domain/text';

interface Plain {
  readonly clusterText: ReadonlyMap<Cluster, string>;
  readonly initiativeText: ReadonlyMap<Initiative, string>;
  readonly runnersOf: ReadonlyMap<Initiative, readonly Cluster[]>;
  readonly runsOf: ReadonlyMap<Cluster, readonly Initiative[]>;
}

const plainOf = new WeakMap<Dataset, Plain>();

/** Texts and links of a dataset in plain maps, worked out once per dataset so that many queries stay quick. */
function plain(dataset: Dataset): Plain {
  const known = plainOf.get(dataset);
  if (known) return known;
  const { initiatives, clusters } = dataset;
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const made: Plain = {
    clusterText: new Map(
      clusters.map((c) => [
        c,
        foldForSearch([c.name, c.sector.fr, c.sector.en, c.hq.commune ?? '', c.hq.departmentName ?? '', c.hq.region?.today ?? ''].join(' ')),
      ]),
    ),
    initiativeText: new Map(initiatives.map((i) => [i, foldForSearch(`${i.label.fr} ${i.label.en}`)])),
    runnersOf: new Map(initiatives.map((i) => [i, i.clusters.flatMap((id) => byId.get(id) ?? [])])),
    runsOf: new Map(clusters.map((c) => [c, initiatives.filter((i) => i.clusters.includes(c.id))])),
  };
  plainOf.set(dataset, made);
  return made;
}

/**
 * The visibility rule in its plainest form (one item at a time, every text
 * tested with `includes`), to check the typed and remembering implementation
 * against. Returns sorted ids.
 */
export function referenceVisibility(dataset: Dataset, filters: Filters): { initiatives: string[]; clusters: string[] } {
  const { initiatives, clusters } = dataset;
  const { clusterText, initiativeText, runnersOf, runsOf } = plain(dataset);
  const query = foldForSearch(filters.query);
  const ownCluster = (c: Cluster) =>
    (filters.clusterTypes.length === 0 || filters.clusterTypes.includes(c.type)) &&
    (filters.interviewed === 'all' || c.interviewed === (filters.interviewed === 'interviewed')) &&
    (filters.regions.length === 0 || (c.hq.region !== null && filters.regions.includes(c.hq.region.today)));
  const ownInitiative = (i: Initiative) =>
    (filters.domains.length === 0 || filters.domains.includes(i.domain)) &&
    inRange(i.audience, filters.audience) &&
    inRange(i.horizon, filters.horizon) &&
    (!filters.caseStudyOnly || i.caseStudy !== null);
  const clusterMatches = (c: Cluster) => query !== '' && (clusterText.get(c) as string).includes(query);
  const initiativeMatches = (i: Initiative) => query !== '' && (initiativeText.get(i) as string).includes(query);

  const visibleInitiatives = initiatives.filter(
    (i) =>
      ownInitiative(i) &&
      (!hasClusterFilters(filters) || (runnersOf.get(i) ?? []).some(ownCluster)) &&
      (query === '' || initiativeMatches(i) || (runnersOf.get(i) ?? []).some((c) => clusterMatches(c) && ownCluster(c))),
  );
  const visibleClusters = clusters.filter(
    (c) =>
      ownCluster(c) &&
      (!hasInitiativeFilters(filters) || (runsOf.get(c) ?? []).some(ownInitiative)) &&
      (query === '' || clusterMatches(c) || (runsOf.get(c) ?? []).some((i) => initiativeMatches(i) && ownInitiative(i))),
  );
  return { initiatives: visibleInitiatives.map((i) => i.id).sort(), clusters: visibleClusters.map((c) => c.id).sort() };
}
