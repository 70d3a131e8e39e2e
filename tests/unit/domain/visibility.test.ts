import { describe, expect, it } from 'vitest';
import { buildDatasetIndex, type DatasetIndex } from '../../../src/domain/datasetIndex';
import { DEFAULT_FILTERS, hasClusterFilters, hasInitiativeFilters, inRange, type Filters } from '../../../src/domain/filters';
import type { Cluster, Initiative } from '../../../src/domain/schema';
import { foldForSearch } from '../../../src/domain/text';
import { computeVisibility } from '../../../src/domain/visibility';
import { generateNetwork } from '../../bench/generateNetwork';
import { makeMiniDataset } from '../../fixtures/miniDataset';

const index = buildDatasetIndex(makeMiniDataset());
const visible = (change: Partial<Filters>) => {
  const v = computeVisibility(index, { ...DEFAULT_FILTERS, ...change });
  return { initiatives: [...v.initiativeIds].sort(), clusters: [...v.clusterIds].sort() };
};

describe('computeVisibility', () => {
  it('shows everything by default, including initiatives no cluster is named for', () => {
    expect(visible({})).toEqual({
      initiatives: ['bourse', 'enquetes', 'matrice', 'salon-emploi', 'visites'],
      clusters: ['mecabourg', 'optique', 'pole-naval', 'systeme'],
    });
  });

  it('narrows the clusters to those running an initiative of the chosen domain', () => {
    expect(visible({ domains: ['recruter'] })).toEqual({
      initiatives: ['bourse', 'salon-emploi'],
      clusters: ['optique', 'pole-naval'],
    });
  });

  it('narrows the initiatives to those a cluster of the chosen type runs', () => {
    expect(visible({ clusterTypes: ['pole-competitivite'] })).toEqual({ initiatives: ['visites'], clusters: ['systeme'] });
  });

  it('combines initiative and cluster filters', () => {
    expect(visible({ domains: ['recruter'], interviewed: 'cited' })).toEqual({
      initiatives: ['salon-emploi'],
      clusters: ['pole-naval'],
    });
    expect(visible({ domains: ['analyser'], interviewed: 'cited' })).toEqual({ initiatives: [], clusters: [] });
  });

  it('finds a cluster by name without accents, with the initiatives it runs', () => {
    expect(visible({ query: 'mecabourg' })).toEqual({ initiatives: ['matrice'], clusters: ['mecabourg'] });
    expect(visible({ query: '  MÉCABOURG ' })).toEqual({ initiatives: ['matrice'], clusters: ['mecabourg'] });
  });

  it('finds initiatives by label in either language, with the clusters that run them', () => {
    expect(visible({ query: 'salon de l emploi' })).toEqual({
      initiatives: ['salon-emploi'],
      clusters: ['optique', 'pole-naval'],
    });
    expect(visible({ query: 'job fair' }).initiatives).toEqual(['salon-emploi']);
  });

  it('filters on both axes and on case studies', () => {
    expect(visible({ audience: [0.6, 1], horizon: [0, 0.2] }).initiatives).toEqual(['salon-emploi']);
    expect(visible({ caseStudyOnly: true })).toEqual({ initiatives: ['matrice'], clusters: ['mecabourg'] });
  });

  it('filters clusters by region', () => {
    expect(visible({ regions: ['Bretagne'] })).toEqual({ initiatives: ['salon-emploi'], clusters: ['pole-naval'] });
  });
});

/** The rule in its plainest form (sets of ids, one item at a time), to check the typed implementation against. */
function referenceVisibility(index: DatasetIndex, filters: Filters) {
  const { initiatives, clusters } = index.dataset;
  const query = foldForSearch(filters.query);
  const clusterText = (c: Cluster) =>
    foldForSearch([c.name, c.sector.fr, c.sector.en, c.hq.commune ?? '', c.hq.departmentName ?? '', c.hq.region?.today ?? ''].join(' '));
  const ownCluster = (c: Cluster) =>
    (filters.clusterTypes.length === 0 || filters.clusterTypes.includes(c.type)) &&
    (filters.interviewed === 'all' || c.interviewed === (filters.interviewed === 'interviewed')) &&
    (filters.regions.length === 0 || (c.hq.region !== null && filters.regions.includes(c.hq.region.today)));
  const ownInitiative = (i: Initiative) =>
    (filters.domains.length === 0 || filters.domains.includes(i.domain)) &&
    inRange(i.audience, filters.audience) &&
    inRange(i.horizon, filters.horizon) &&
    (!filters.caseStudyOnly || i.caseStudy !== null);
  const clusterMatches = (c: Cluster) => query !== '' && clusterText(c).includes(query);
  const initiativeMatches = (i: Initiative) => query !== '' && foldForSearch(`${i.label.fr} ${i.label.en}`).includes(query);
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const runnersOf = (i: Initiative) => i.clusters.flatMap((id) => byId.get(id) ?? []);
  const runsOf = (c: Cluster) => initiatives.filter((i) => i.clusters.includes(c.id));

  const visibleInitiatives = initiatives.filter(
    (i) =>
      ownInitiative(i) &&
      (!hasClusterFilters(filters) || runnersOf(i).some(ownCluster)) &&
      (query === '' || initiativeMatches(i) || runnersOf(i).some((c) => clusterMatches(c) && ownCluster(c))),
  );
  const visibleClusters = clusters.filter(
    (c) =>
      ownCluster(c) &&
      (!hasInitiativeFilters(filters) || runsOf(c).some(ownInitiative)) &&
      (query === '' || clusterMatches(c) || runsOf(c).some((i) => initiativeMatches(i) && ownInitiative(i))),
  );
  return { initiatives: visibleInitiatives.map((i) => i.id).sort(), clusters: visibleClusters.map((c) => c.id).sort() };
}

describe('computeVisibility on a generated network', () => {
  const network = buildDatasetIndex(generateNetwork(600, 150, 7));
  const combinations: Partial<Filters>[] = [
    {},
    { domains: ['aider-recruter'] },
    { clusterTypes: ['ptce', 'cluster-regional'] },
    { interviewed: 'interviewed', audience: [0.2, 0.7] },
    { regions: ['Bretagne', 'Occitanie'], horizon: [0, 0.4] },
    { query: 'cluster 12' },
    { query: 'initiative 3', domains: ['contribuer-formations'] },
    { clusterTypes: ['pole-competitivite'], domains: ['promouvoir-metiers', 'accompagner-rh'], query: 'secteur 1' },
    { query: 'bretagne', interviewed: 'cited' },
    { caseStudyOnly: true },
  ];

  it.each(combinations)('shows the same items as the plain rule for %o', (change) => {
    const filters = { ...DEFAULT_FILTERS, ...change };
    const typed = computeVisibility(network, filters);
    const expected = referenceVisibility(network, filters);
    expect({ initiatives: [...typed.initiativeIds].sort(), clusters: [...typed.clusterIds].sort() }).toEqual(expected);
    expect(typed.clusterIds.size).toBe(expected.clusters.length);
  });

  it('answers membership by id', () => {
    const typed = computeVisibility(network, { ...DEFAULT_FILTERS, query: 'cluster 12' });
    expect(typed.clusterIds.has('cluster-12')).toBe(true);
    expect(typed.clusterIds.has('cluster-13')).toBe(false);
    expect(typed.clusterIds.has('no-such-cluster')).toBe(false);
  });
});
