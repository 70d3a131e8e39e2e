import { describe, expect, it } from 'vitest';
import { COMPARABILITIES, comparableClusters, suggestInitiatives } from '../../../src/domain/comparable';
import { buildDatasetIndex } from '../../../src/domain/datasetIndex';
import { Dataset } from '../../../src/domain/schema';
import study from '../../../data/study.json';

const dataset = Dataset.parse(study);
const index = buildDatasetIndex(dataset);
const cluster = (id: string) => dataset.clusters.find((c) => c.id === id)!;

describe('what comparable clusters do', () => {
  it('compares by type, region, sector words, or with everyone, never with the cluster itself', () => {
    const mecabourg = cluster('mecabourg');
    for (const by of COMPARABILITIES) expect(comparableClusters(mecabourg, dataset.clusters, by).map((c) => c.id)).not.toContain('mecabourg');
    expect(comparableClusters(mecabourg, dataset.clusters, 'type').every((c) => c.type === mecabourg.type)).toBe(true);
    expect(comparableClusters(mecabourg, dataset.clusters, 'region').every((c) => c.hq.region?.today === mecabourg.hq.region?.today)).toBe(true);
    expect(comparableClusters(mecabourg, dataset.clusters, 'all')).toHaveLength(dataset.clusters.length - 1);
  });

  it('suggests only initiatives the cluster does not run, each with the comparable clusters that run it', () => {
    for (const c of dataset.clusters.filter((x) => x.interviewed)) {
      const own = new Set((index.initiativesByCluster.get(c.id) ?? []).map((i) => i.id));
      const comparable = new Set(comparableClusters(c, dataset.clusters, 'type').map((x) => x.id));
      for (const suggestion of suggestInitiatives(c, index, 'type')) {
        expect(own.has(suggestion.initiative.id)).toBe(false);
        expect(suggestion.runBy.length).toBeGreaterThan(0);
        for (const runner of suggestion.runBy) {
          expect(comparable.has(runner.id)).toBe(true);
          expect(suggestion.initiative.clusters).toContain(runner.id);
        }
      }
    }
  });

  it('ranks the most widely run first, then the closest in Figure 1 to what the cluster already does', () => {
    const suggestions = suggestInitiatives(cluster('mecabourg'), index, 'all');
    for (let i = 1; i < suggestions.length; i += 1) {
      const [a, b] = [suggestions[i - 1]!, suggestions[i]!];
      expect(a.runBy.length).toBeGreaterThanOrEqual(b.runBy.length);
      if (a.runBy.length === b.runBy.length) expect(a.distance!).toBeLessThanOrEqual(b.distance!);
    }
  });

  it('leaves no interviewed cluster of the study without a suggestion by default (same type)', () => {
    for (const c of dataset.clusters.filter((x) => x.interviewed)) expect(suggestInitiatives(c, index, 'type').length, c.id).toBeGreaterThan(0);
  });
});
