import { describe, expect, it } from 'vitest';
import { GridIndex } from '../../../../src/domain/chart/gridIndex';

describe('GridIndex', () => {
  it('finds items whose boxes are near, across cell borders, and not far ones', () => {
    const grid = new GridIndex<string>(50);
    grid.insert({ x: 45, y: 45, width: 10, height: 10 }, 'straddles four cells');
    grid.insert({ x: 400, y: 400, width: 5, height: 5 }, 'far');
    const seen: string[] = [];
    expect(grid.some({ x: 52, y: 52, width: 2, height: 2 }, 0, (item) => (seen.push(item), false))).toBe(false);
    expect(seen).toEqual(['straddles four cells']);
    expect(grid.some({ x: 0, y: 0, width: 10, height: 10 }, 0, (item) => item === 'far')).toBe(false);
    expect(grid.some({ x: 380, y: 380, width: 10, height: 10 }, 12, (item) => item === 'far')).toBe(true);
  });
});
