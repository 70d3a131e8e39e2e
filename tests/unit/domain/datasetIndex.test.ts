import { describe, expect, it } from 'vitest';
import { buildDatasetIndex, indexBuilder, prepareIndex } from '../../../src/domain/datasetIndex';
import type { Dataset } from '../../../src/domain/schema';
import { generateNetwork } from '../../bench/generateNetwork';
import { studyDataset } from '../../helpers/dashboard';

/** The dataset as an import's worker hands it over: the rest first, then its records in slices. */
function inSlices(dataset: Dataset, size: number) {
  const arriving: Dataset = { ...dataset, initiatives: [], clusters: [] };
  // Through structuredClone, as postMessage copies them: the typed arrays must survive the trip.
  const builder = indexBuilder(arriving, structuredClone(prepareIndex(dataset)));
  for (const list of ['initiatives', 'clusters'] as const) {
    for (let start = 0; start < dataset[list].length; start += size) {
      (arriving[list] as unknown[]).push(...dataset[list].slice(start, start + size));
      builder.catchUp();
    }
  }
  return { arriving, builder };
}

describe('an index built as the records arrive', () => {
  it('is the index built at once, for the study and for a network', () => {
    for (const dataset of [studyDataset(), generateNetwork(2500, 300, 5)]) {
      const { builder } = inSlices(dataset, 400);
      expect(builder.finish()).toEqual(buildDatasetIndex(dataset));
    }
  });

  it('refuses to finish before every record has arrived, and clusters before the initiatives they run', () => {
    const dataset = generateNetwork(50, 20, 3);
    const arriving: Dataset = { ...dataset, initiatives: dataset.initiatives.slice(0, 5), clusters: [] };
    const builder = indexBuilder(arriving, prepareIndex(dataset));
    expect(() => builder.finish()).toThrow(/5 of 20 initiatives and 0 of 50 clusters/);
    arriving.clusters.push(dataset.clusters[0]!);
    expect(() => builder.catchUp()).toThrow(/before all the initiatives/);
  });

  it('keeps the dataset it was given (the store hands that object to every view)', () => {
    const dataset = studyDataset();
    expect(buildDatasetIndex(dataset).dataset).toBe(dataset);
  });
});
