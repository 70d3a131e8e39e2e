import { describe, expect, it } from 'vitest';
import { binPoints, groupRadius, membersOfCells, mergeOverlapping, projectPoints, projectToWorld, type Bin } from '../../../../src/domain/map/binning';

describe('projectToWorld', () => {
  it('puts 0°, 0° at the centre of the 256-pixel world, as Leaflet does', () => {
    expect(projectToWorld(0, 0)).toEqual({ x: 128, y: 128 });
    expect(projectToWorld(0, 180).x).toBe(256);
    const paris = projectToWorld(48.8566, 2.3522);
    expect(paris.x).toBeCloseTo(129.6727, 3);
    expect(paris.y).toBeCloseTo(88.0713, 3);
  });
});

describe('binPoints', () => {
  // Three seats in Nantes, one in Paris, one without coordinates.
  const seats = [
    { lat: 47.2184, lon: -1.5536 },
    { lat: 47.219, lon: -1.554 },
    { lat: 47.22, lon: -1.55 },
    { lat: 48.8566, lon: 2.3522 },
    { lat: null, lon: null },
  ];
  const points = projectPoints(seats);
  const scale = 2 ** 6;
  const view = { left: 120 * scale, top: 80 * scale, width: 20 * scale, height: 15 * scale, scale };

  it('groups nearby seats, keeps a lone one apart, and leaves out seats without coordinates', () => {
    const bins = binPoints(points, Uint8Array.from([1, 1, 1, 1, 1]), view, 48);
    expect(bins.map((b) => b.visible).sort()).toEqual([1, 3]);
    expect(bins.reduce((sum, b) => sum + b.total, 0)).toBe(4);
    expect(bins.find((b) => b.visible === 1)?.first).toBe(3);
  });

  it('counts only what the filters leave, and keeps a faded cell where everything is filtered out', () => {
    const bins = binPoints(points, Uint8Array.from([1, 0, 0, 0, 1]), view, 48);
    const nantes = bins.find((b) => b.total === 3);
    expect(nantes?.visible).toBe(1);
    expect(nantes?.first).toBe(0);
    expect(bins.find((b) => b.total === 1)?.visible).toBe(0);
  });

  it('finds a group’s members again from its cell', () => {
    const visible = Uint8Array.from([1, 1, 1, 1, 1]);
    const group = binPoints(points, visible, view, 48).find((b) => b.visible === 3);
    expect(group && membersOfCells(points, visible, scale, 48, [[group.cellX, group.cellY]])).toEqual([0, 1, 2]);
  });

  it('skips what is outside the view', () => {
    const elsewhere = { ...view, left: 0, top: 0 };
    expect(binPoints(points, Uint8Array.from([1, 1, 1, 1, 1]), elsewhere, 48)).toEqual([]);
  });
});

describe('mergeOverlapping', () => {
  const bin = (cellX: number, x: number, visible: number, first: number): Bin => ({ cellX, cellY: 0, x, y: 50, visible, first, total: visible });
  const radius = (count: number) => (count === 1 ? 8 : 10 + count);

  it('folds a disc that would touch a bigger one into it, at the weighted centre', () => {
    const groups = mergeOverlapping([bin(0, 15, 2, 0), bin(1, 40, 6, 5), bin(2, 200, 1, 9)], radius);
    expect(groups).toHaveLength(2);
    const merged = groups.find((g) => g.visible === 8);
    expect(merged?.x).toBeCloseTo((15 * 2 + 40 * 6) / 8, 6);
    expect(merged?.cells).toEqual([
      [1, 0],
      [0, 0],
    ]);
    expect(groups.find((g) => g.visible === 1)?.first).toBe(9);
  });

  it('leaves discs that do not touch, and ignores cells with nothing visible', () => {
    const groups = mergeOverlapping([bin(0, 10, 2, 0), bin(1, 100, 3, 4), { ...bin(2, 20, 0, -1), total: 7 }], radius);
    expect(groups.map((g) => g.visible).sort()).toEqual([2, 3]);
  });
});

describe('groupRadius', () => {
  it('grows with the count, but slowly enough for 100,000 to stay on screen', () => {
    expect(groupRadius(2)).toBeLessThan(groupRadius(100));
    expect(groupRadius(100_000)).toBeLessThanOrEqual(26);
  });
});
