import { describe, expect, it } from 'vitest';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { describeFilters } from '../../../src/domain/describeFilters';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { makeMiniDataset } from '../../fixtures/miniDataset';

const index = buildDatasetIndex(makeMiniDataset());

describe('describeFilters', () => {
  it('says nothing of the default view', () => {
    expect(describeFilters(DEFAULT_FILTERS, index, 'fr')).toEqual([]);
  });

  it('lists the active filters in a fixed order, with data labels in the language asked', () => {
    const parts = describeFilters(
      { ...DEFAULT_FILTERS, query: ' salon ', domains: ['recruter', 'analyser'], interviewed: 'cited', horizon: [0, 0.5] },
      index,
      'en',
    );
    expect(parts).toEqual([
      { key: 'filterWords.domains', values: { count: 2, values: ['Domaine analyser', 'Domaine recruter'] } },
      { key: 'filterWords.interviewed_cited' },
      { key: 'filterWords.horizon', values: { from: '0 %', to: '50 %' } },
      { key: 'filterWords.query', values: { text: 'salon' } },
    ]);
  });

  it('skips domain ids the dataset does not know', () => {
    expect(describeFilters({ ...DEFAULT_FILTERS, domains: ['ghost'] }, index, 'fr')).toEqual([]);
  });
});
