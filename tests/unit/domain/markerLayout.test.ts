import { describe, expect, it } from 'vitest';
import { spreadCrowdedMarkers } from '../../../src/domain/map/markerLayout';

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
      for (const b of placed.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(19.5);
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

describe('spreadCrowdedMarkers on a chain of towns', () => {
  it('leaves no two markers overlapping even when a spread group lands near another town', () => {
    const points = [
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 0, y: 0 },
      { id: 'c', x: 0, y: 0 },
      { id: 'd', x: 30, y: 0 },
      { id: 'e', x: 52, y: 6 },
      { id: 'f', x: -28, y: 14 },
    ];
    const offsets = spreadCrowdedMarkers(points, 27);
    const placed = points.map((p) => ({ x: p.x + offsets.get(p.id)!.dx, y: p.y + offsets.get(p.id)!.dy }));
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(26.5);
    }
  });
});
