import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../../src/domain/parseDataset';
import { generateNetwork } from '../../bench/generateNetwork';

describe('generateNetwork (benchmark data)', () => {
  it('makes a valid dataset of the requested size, the same for the same seed', () => {
    const network = generateNetwork(500, 120, 7);
    const result = parseDataset(network);
    expect(result.ok).toBe(true);
    expect(network.clusters).toHaveLength(500);
    expect(network.initiatives).toHaveLength(120);
    expect(generateNetwork(500, 120, 7)).toEqual(network);
    expect(generateNetwork(500, 120, 8).clusters[0]?.hq.lat).not.toBe(network.clusters[0]?.hq.lat);
  });
});
