import { symbol, symbolsFill } from 'd3';
import { describe, expect, it } from 'vitest';
import { bulkMarkLayers, markPaths, relativeSymbol } from '../../../../src/domain/chart/bulkMarks';
import type { ChartMark } from '../../../../src/domain/chart/chartModel';

/** The points a path visits, in absolute coordinates (enough of SVG's path grammar for symbols). */
function visitedPoints(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  for (const [, command, args] of d.matchAll(/([MmLlHhVvAaZz])([^MmLlHhVvAaZz]*)/g)) {
    const n = (args ?? '').split(/[\s,]+/).filter(Boolean).map(Number);
    switch (command) {
      case 'M': [x, y] = [n[0] ?? 0, n[1] ?? 0]; [startX, startY] = [x, y]; break;
      case 'm': x += n[0] ?? 0; y += n[1] ?? 0; [startX, startY] = [x, y]; break;
      case 'L': [x, y] = [n[0] ?? 0, n[1] ?? 0]; break;
      case 'l': x += n[0] ?? 0; y += n[1] ?? 0; break;
      case 'h': x += n[0] ?? 0; break;
      case 'v': y += n[0] ?? 0; break;
      case 'A': [x, y] = [n[5] ?? 0, n[6] ?? 0]; break;
      case 'a': x += n[5] ?? 0; y += n[6] ?? 0; break;
      case 'Z': case 'z': [x, y] = [startX, startY]; break;
    }
    points.push([x, y]);
  }
  return points;
}

const mark = (id: string, x: number, y: number, domainOrder: number, caseStudy: number | null = null): ChartMark => ({
  id, x, y, r: 8, domainId: `d${domainOrder}`, domainOrder, color: '#123456', symbolPath: '', caseStudy, label: id,
});

describe('bulk marks', () => {
  it.each(symbolsFill.map((type, i) => [i, type] as const))('places symbol %i where d3 draws it', (_, type) => {
    const { startX, startY, steps } = relativeSymbol(type, 90);
    const placed = visitedPoints(`M${120 + startX},${45 + startY}${steps}`);
    const reference = visitedPoints(symbol(type, 90).context(null)() ?? '').map(([px, py]): [number, number] => [px + 120, py + 45]);
    // d3 draws the circle as one full arc; the relative path as two half-turns ending at the same point.
    const last = (points: [number, number][]): [number, number] => points[points.length - 1] ?? [NaN, NaN];
    expect(placed[0]?.[0]).toBeCloseTo(reference[0]?.[0] ?? NaN, 0);
    expect(placed[0]?.[1]).toBeCloseTo(reference[0]?.[1] ?? NaN, 0);
    expect(last(placed)[0]).toBeCloseTo(last(reference)[0], 0);
    expect(last(placed)[1]).toBeCloseTo(last(reference)[1], 0);
    if (!steps.includes('a')) expect(placed.map(([px, py]) => [Math.round(px), Math.round(py)])).toEqual(reference.map(([px, py]) => [Math.round(px), Math.round(py)]));
  });

  it('writes one path per domain and emphasis, what the filters leave out first, every mark once', () => {
    const marks = [mark('a', 10, 10, 1), mark('b', 20, 20, 1, 3), mark('c', 30, 30, 2), mark('d', 40, 40, 2)];
    const emphasis: Record<string, 'normal' | 'faded'> = { a: 'normal', b: 'normal', c: 'faded', d: 'normal' };
    const layers = bulkMarkLayers(marks, markPaths(marks), (m) => emphasis[m.id] ?? 'normal');
    expect(layers.map((l) => [l.emphasis, l.key, l.count])).toEqual([
      ['faded', 'faded|d2', 1],
      ['normal', 'normal|d1', 2],
      ['normal', 'normal|d2', 1],
    ]);
    expect(layers.reduce((sum, l) => sum + (l.symbols.match(/M/g)?.length ?? 0), 0)).toBe(4);
    expect(layers.find((l) => l.key === 'normal|d1')?.rings).toMatch(/^M28,20a8,8/);
  });
});
