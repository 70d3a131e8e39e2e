import { describe, expect, it } from 'vitest';
import { groupByLocation, ringOffsets, spreadCrowdedMarkers } from '../../../src/domain/map/markerLayout';

describe('ringOffsets', () => {
  it('leaves a lone marker on its point', () => {
    expect(ringOffsets(1)).toEqual([{ dx: 0, dy: 0 }]);
  });

  it('spreads markers sharing a point at least a marker apart', () => {
    for (const count of [2, 3, 5, 9]) {
      const offsets = ringOffsets(count, 18);
      for (const [i, a] of offsets.entries()) {
        for (const b of offsets.slice(i + 1)) expect(Math.hypot(a.dx - b.dx, a.dy - b.dy)).toBeGreaterThanOrEqual(18);
      }
    }
  });
});

describe('groupByLocation', () => {
  it('groups clusters whose headquarters share a town', () => {
    const groups = groupByLocation([
      { id: 'a', lat: 48.71451, lon: 2.24571 },
      { id: 'b', lat: 48.71452, lon: 2.24569 },
      { id: 'c', lat: 47.75, lon: -3.37 },
    ]);
    expect([...groups.values()].map((g) => g.map((x) => x.id))).toEqual([['a', 'b'], ['c']]);
  });
});

describe('spreadCrowdedMarkers', () => {
  const place = (points: { id: string; x: number; y: number }[], min: number) => {
    const offsets = spreadCrowdedMarkers(points, min);
    return points.map((p) => ({ id: p.id, x: p.x + (offsets.get(p.id)?.dx ?? 0), y: p.y + (offsets.get(p.id)?.dy ?? 0) }));
  };

  it('leaves markers with room where they are', () => {
    const offsets = spreadCrowdedMarkers([{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 50, y: 0 }], 20);
    expect(offsets.get('a')).toEqual({ dx: 0, dy: 0 });
    expect(offsets.get('b')).toEqual({ dx: 0, dy: 0 });
  });

  it('pulls apart markers that would cover each other, including identical points', () => {
    const points = [
      { id: 'nantes', x: 100, y: 100 },
      { id: 'saint-nazaire', x: 92, y: 98 },
      { id: 'palaiseau-1', x: 300, y: 50 },
      { id: 'palaiseau-2', x: 300, y: 50 },
      { id: 'palaiseau-3', x: 300, y: 50 },
    ];
    const placed = place(points, 20);
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(19.9);
    }
    // Each marker stays near its own place.
    for (const [i, p] of placed.entries()) expect(Math.hypot(p.x - points[i]!.x, p.y - points[i]!.y)).toBeLessThan(25);
  });

  it('is deterministic', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 3, y: 4 },
      { id: 'c', x: 6, y: 0 },
    ];
    expect(spreadCrowdedMarkers(points, 18)).toEqual(spreadCrowdedMarkers([...points].reverse(), 18));
  });
});
