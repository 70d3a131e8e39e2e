import { describe, expect, it } from 'vitest';
import { placeNames, type NamedPoint } from '../../../../src/domain/map/placeNames';

const R = 10;
const H = 16;
const frame = { width: 600, height: 400 };

function boxes(points: readonly NamedPoint[], placed: ReturnType<typeof placeNames>) {
  return placed.map((p) => ({ id: p.id, left: p.x, right: p.x + p.width, top: p.y - H / 2, bottom: p.y + H / 2, point: points.find((q) => q.id === p.id)! }));
}

describe('placeNames', () => {
  it('puts a lone name to the right of its marker, vertically centred', () => {
    const [placed] = placeNames([{ id: 'a', x: 100, y: 100, width: 80 }], R, H, frame);
    expect(placed!.x).toBeGreaterThan(100 + R);
    expect(placed!.x).toBeLessThan(100 + R + 6);
    expect(placed!.y).toBe(100);
  });

  it('turns a name inward at the right edge of the frame', () => {
    const [placed] = placeNames([{ id: 'a', x: 580, y: 100, width: 80 }], R, H, frame);
    expect(placed!.x + placed!.width).toBeLessThanOrEqual(580 - R);
  });

  it('never lets names cover each other or any marker, among twenty crowded headquarters', () => {
    const points: NamedPoint[] = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, x: 150 + (i % 5) * 60, y: 80 + Math.floor(i / 5) * 50, width: 40 + ((i * 37) % 60) }));
    const placed = boxes(points, placeNames(points, R, H, frame));
    expect(placed.length).toBeGreaterThan(10);
    for (const a of placed) {
      expect(a.left).toBeGreaterThanOrEqual(0);
      expect(a.right).toBeLessThanOrEqual(frame.width);
      for (const b of placed) {
        if (a.id === b.id) continue;
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${a.id} over ${b.id}`).toBe(false);
      }
      for (const p of points) {
        const covers = a.left < p.x + R && p.x - R < a.right && a.top < p.y + R && p.y - R < a.bottom;
        expect(covers, `${a.id} over the marker of ${p.id}`).toBe(false);
      }
    }
  });

  it('leaves a name out rather than draw it over another, and is the same every time', () => {
    const points: NamedPoint[] = [
      { id: 'a', x: 20, y: 20, width: 500 },
      { id: 'b', x: 30, y: 30, width: 500 },
    ];
    const first = placeNames(points, R, H, { width: 560, height: 60 });
    expect(first).toHaveLength(1);
    expect(placeNames(points, R, H, { width: 560, height: 60 })).toEqual(first);
  });
});
