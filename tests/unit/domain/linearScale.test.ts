import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { linearScale } from '../../../src/domain/chart/linearScale';

describe('linearScale', () => {
  it('places every value where d3’s scaleLinear does, to the last bit', () => {
    for (const [domain, range] of [
      [[0, 1], [37.25, 612.5]],
      [[0, 1], [588.4, 31.7]],
      [[0, 100], [0, 180]],
      [[-3, 7.5], [1e-3, 1e6]],
    ] as const) {
      const ours = linearScale(domain, range);
      const d3s = scaleLinear(domain, range);
      for (let i = -20; i <= 120; i += 1) {
        const value = domain[0] + ((domain[1] - domain[0]) * i) / 100 + i * 1e-7;
        expect(ours(value)).toBe(d3s(value));
      }
    }
  });

  it('gives the range’s midpoint for an empty domain, as d3 does', () => {
    expect(linearScale([2, 2], [10, 30])(5)).toBe(scaleLinear([2, 2], [10, 30])(5));
  });
});
