import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { computeVisibility, createVisibilitySelector, type Visibility } from '../../../src/domain/visibility';
import { generateNetwork } from '../../bench/generateNetwork';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { studyDataset } from '../../helpers/dashboard';
import { searchBoxSession } from '../../helpers/querySequences';
import { referenceVisibility } from '../../helpers/referenceVisibility';

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
    const expected = referenceVisibility(network.dataset, filters);
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

describe('createVisibilitySelector over search-box sessions', () => {
  const networkDataset = generateNetwork(10_000, 2_000, 5);
  /** Filters a session switches on and off between keystrokes: own masks are kept while they do not change. */
  const otherFilters: Partial<Filters>[] = [{}, { domains: ['aider-recruter'] }, { interviewed: 'cited', regions: ['Bretagne'] }, { horizon: [0, 0.5] }];
  const ids = (v: Visibility) => ({ initiatives: [...v.initiativeIds].sort(), clusters: [...v.clusterIds].sort() });

  describe.each([
    ['the study', studyDataset()],
    ['a generated network of 10,000 clusters', networkDataset],
  ])('on %s', (_, dataset) => {
    const sources = [
      ...dataset.clusters.flatMap((c) => [c.name, c.sector.fr, c.hq.commune ?? '', c.hq.departmentName ?? '']),
      ...dataset.initiatives.map((i) => i.label.fr),
    ].filter((text) => text !== '');

    it.each([1, 2])('shows what the plain rule shows after every edit, and the same object when nothing changed (seed %i)', (seed) => {
      const index = buildDatasetIndex(dataset);
      const select = createVisibilitySelector();
      let others: Partial<Filters> = {};
      let previous: { visibility: Visibility; expected: ReturnType<typeof referenceVisibility> } | null = null;
      searchBoxSession(sources, 150, seed).forEach((query, k) => {
        if (k % 37 === 36) others = otherFilters[Math.floor(k / 37) % otherFilters.length] ?? {};
        const filters = { ...DEFAULT_FILTERS, ...others, query };
        const visibility = select(index, filters);
        const expected = referenceVisibility(dataset, filters);
        expect(ids(visibility), `after typing "${query}"`).toEqual(expected);
        expect([visibility.initiativeIds.size, visibility.clusterIds.size]).toEqual([expected.initiatives.length, expected.clusters.length]);
        if (previous) {
          const same = JSON.stringify(previous.expected) === JSON.stringify(expected);
          expect(visibility === previous.visibility, `the same object after "${query}"`).toBe(same);
        }
        expect(select(index, filters)).toBe(visibility);
        previous = { visibility, expected };
      });
    });
  });

  it('keeps one memory per dataset', () => {
    const select = createVisibilitySelector();
    const study = buildDatasetIndex(studyDataset());
    const other = buildDatasetIndex(networkDataset);
    const filters = { ...DEFAULT_FILTERS, query: 'cluster 1' };
    const first = select(study, filters);
    expect(select(other, filters).clusterIds.size).toBe(referenceVisibility(networkDataset, filters).clusters.length);
    expect(select(study, filters)).toBe(first);
  });
});
