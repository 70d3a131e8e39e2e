import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { computeVisibility } from '../../../src/domain/visibility';
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
