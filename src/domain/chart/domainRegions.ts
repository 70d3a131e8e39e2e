import { polygonHull } from 'd3';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/**
 * A convex region around a group of marks, kept `padding` px away from each.
 * Each point is first spread into a small circle of points, so the hull is
 * rounded and exists even for one or two marks (where d3.polygonHull alone
 * returns null).
 */
export function paddedHull(points: readonly Point[], padding: number, steps = 20): [number, number][] {
  const spread: [number, number][] = [];
  for (const p of points) {
    for (let k = 0; k < steps; k += 1) {
      const angle = (2 * Math.PI * k) / steps;
      spread.push([p.x + padding * Math.cos(angle), p.y + padding * Math.sin(angle)]);
    }
  }
  return polygonHull(spread) ?? spread;
}

export function polygonPath(polygon: readonly (readonly [number, number])[]): string {
  if (polygon.length === 0) return '';
  return `M${polygon.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join('L')}Z`;
}
