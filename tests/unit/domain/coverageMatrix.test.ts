import { describe, expect, it } from 'vitest';
import { coverageMatrix, EMPTY_CELL_SHADE, matrixColumnOrder, matrixShades, shadeOf } from '../../../src/domain/coverageMatrix';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { DEFAULT_FILTERS, type Filters } from '../../../src/domain/filters';
import { Dataset } from '../../../src/domain/schema';
import { computeVisibility } from '../../../src/domain/visibility';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { generateNetwork } from '../../bench/generateNetwork';
import study from '../../../data/study.json';

const mini = buildDatasetIndex(makeMiniDataset());
const matrixOf = (index = mini, filters: Partial<Filters> = {}, grouping: 'cluster' | 'region' | 'type' = 'cluster') => {
  const all = { ...DEFAULT_FILTERS, ...filters };
  return coverageMatrix(index, computeVisibility(index, all), grouping, all.domains);
};
const cellsByKey = (matrix: ReturnType<typeof matrixOf>) => Object.fromEntries(matrix.rows.map((r) => [r.key, r.counts]));

describe('the coverage matrix (who covers what)', () => {
  it('counts, per cluster and domain, the initiatives the cluster runs', () => {
    const matrix = matrixOf();
    expect(matrix.domainIds).toEqual(['analyser', 'recruter', 'promouvoir']);
    expect(cellsByKey(matrix)).toEqual({
      mecabourg: [1, 0, 0],
      optique: [0, 2, 0],
      systeme: [0, 0, 1],
      'pole-naval': [0, 1, 0],
    });
    expect(matrix.rows.find((r) => r.key === 'optique')?.total).toBe(2);
    expect(matrix.rowsActing).toEqual([1, 2, 1]);
    // « enquêtes » is run by nobody: it is not covered.
    expect(matrix.initiativesCovered).toEqual([1, 2, 1]);
    expect(matrix.maxCount).toBe(2);
  });

  it('follows the filters: rows are the visible clusters, columns the domains the filter lets through', () => {
    const matrix = matrixOf(mini, { domains: ['recruter'] });
    expect(matrix.domainIds).toEqual(['recruter']);
    expect(cellsByKey(matrix)).toEqual({ optique: [2], 'pole-naval': [1] });
    // An axis filter leaves out the job fair (audience 0.7): Optique keeps one initiative, Pôle Naval goes.
    expect(cellsByKey(matrixOf(mini, { audience: [0, 0.5] }))).toEqual({ mecabourg: [1, 0, 0], optique: [0, 1, 0] });
  });

  it('counts an initiative once in a group, however many of its clusters run it', () => {
    const byRegion = matrixOf(mini, {}, 'region');
    // Optique and Système share Île-de-France; Pôle Naval shares the job fair with Optique but is in Bretagne.
    expect(cellsByKey(byRegion)).toEqual({
      'Auvergne-Rhône-Alpes': [1, 0, 0],
      'Île-de-France': [0, 2, 1],
      Bretagne: [0, 1, 0],
    });
    expect(byRegion.rows.find((r) => r.key === 'Île-de-France')?.clusterCount).toBe(2);
    const byType = matrixOf(mini, {}, 'type');
    expect(cellsByKey(byType)['grappe-entreprises']).toEqual([1, 2, 0]);
  });

  it('on the study, adds up to the links of Figure 1 and leaves no visible cluster out', () => {
    const index = buildDatasetIndex(Dataset.parse(study));
    const matrix = matrixOf(index);
    const links = index.dataset.initiatives.reduce((sum, i) => sum + i.clusters.length, 0);
    expect(matrix.rows.reduce((sum, r) => sum + r.total, 0)).toBe(links);
    const visibleClusters = computeVisibility(index, DEFAULT_FILTERS).clusterIds.size;
    expect(matrix.rows.length).toBe(visibleClusters);
    // Grouped by region, no cell exceeds the domain's initiatives.
    const perDomain = index.dataset.domains.map((d) => index.dataset.initiatives.filter((i) => i.domain === d.id).length);
    for (const row of matrixOf(index, {}, 'region').rows) row.counts.forEach((count, column) => expect(count).toBeLessThanOrEqual(perDomain[column] as number));
  });

  it('groups a network of 10,000 clusters into its regions and types', () => {
    const index = buildDatasetIndex(generateNetwork(10_000, 2_000, 7));
    const byRegion = matrixOf(index, {}, 'region');
    expect(byRegion.rows.length).toBeLessThanOrEqual(index.regions.length + 1);
    expect(byRegion.rows.reduce((sum, r) => sum + r.clusterCount, 0)).toBe(computeVisibility(index, DEFAULT_FILTERS).clusterIds.size);
  });
});

describe('the matrix’s shading', () => {
  it('gives each count one shade up to four, darker for more, and the largest count the darkest', () => {
    const shades = matrixShades(2);
    expect(shades.map((s) => [s.from, s.to])).toEqual([[1, 1], [2, 2]]);
    expect(shadeOf(2, shades).fill).toBe(matrixShades(8).at(-1)?.fill);
    expect(shadeOf(0, shades)).toBe(EMPTY_CELL_SHADE);
  });

  it('splits larger counts into four ranges that cover every count once', () => {
    const shades = matrixShades(9);
    expect(shades).toHaveLength(4);
    expect(shades[0]?.from).toBe(1);
    expect(shades.at(-1)?.to).toBe(9);
    for (let i = 1; i < shades.length; i += 1) expect(shades[i]?.from).toBe((shades[i - 1]?.to as number) + 1);
    // Lightness only: each step darker than the one before (relative luminance falls).
    const luminance = (hex: string) => [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    for (let i = 1; i < shades.length; i += 1) expect(luminance(shades[i]!.fill)).toBeLessThan(luminance(shades[i - 1]!.fill));
  });

  it('orders columns by how many clusters act in them when asked', () => {
    const matrix = matrixOf();
    expect(matrixColumnOrder(matrix, 'study')).toEqual([0, 1, 2]);
    expect(matrixColumnOrder(matrix, 'acting')).toEqual([1, 0, 2]);
  });
});
