import type { ClusterType } from '../schema';
import { INK_MUTED, markerPaint } from '../designTokens';

export type MarkerShape = 'circle' | 'square' | 'diamond' | 'triangle';

/**
 * Each cluster type has its own shape and colour, so the map never relies on
 * colour alone. Colours reach at least 4.5:1 on white.
 */
export const CLUSTER_TYPE_STYLE: Readonly<Record<ClusterType, { readonly color: string; readonly shape: MarkerShape }>> = {
  'pole-competitivite': { color: '#1f4e99', shape: 'circle' },
  'grappe-entreprises': { color: '#a0307a', shape: 'square' },
  'cluster-regional': { color: '#1b7a5a', shape: 'diamond' },
  ptce: { color: '#b34a00', shape: 'triangle' },
};

/**
 * The outline of a marker shape as an SVG path in a size × size box, so the
 * map, its legend and exports draw the same shapes.
 */
export function markerShapePath(shape: MarkerShape, size: number): string {
  const half = size / 2;
  const r = half - 2.5;
  const f = (n: number) => Math.round(n * 100) / 100;
  switch (shape) {
    case 'circle':
      return `M${f(half - r)},${f(half)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0z`;
    case 'square':
      return `M${f(half - r * 0.88)},${f(half - r * 0.88)}h${f(r * 1.76)}v${f(r * 1.76)}h${f(-r * 1.76)}z`;
    case 'diamond':
      return `M${f(half)},${f(half - r * 1.1)}L${f(half + r * 1.1)},${f(half)}L${f(half)},${f(half + r * 1.1)}L${f(half - r * 1.1)},${f(half)}z`;
    case 'triangle':
      return `M${f(half)},${f(half - r * 1.1)}L${f(half + r * 1.05)},${f(half + r * 0.8)}L${f(half - r * 1.05)},${f(half + r * 0.8)}z`;
  }
}

/** The full marker drawing as standalone SVG markup: filled for interviewed clusters, hollow for clusters only cited. */
export function markerSvgMarkup(type: ClusterType, interviewed: boolean, size: number): string {
  const { color, shape } = CLUSTER_TYPE_STYLE[type];
  const { fill, stroke, strokeWidth: width } = markerPaint(color, interviewed);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true"><path d="${markerShapePath(shape, size)}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/></svg>`;
}

export interface ScreenPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/** Rounds of springs and collisions, then rounds of collisions alone (what d3-force's run to rest amounted to). */
const SPRING_ROUNDS = 300;
const COLLISION_ROUNDS = 60;
const SPRING_STRENGTH = 0.1;

/**
 * Offsets (px) that pull apart markers drawn closer than `minDistance` at the
 * current zoom, moving each as little as it can: overlapping markers push
 * each other apart while a spring, weakening round after round, pulls each
 * back to its true point; the last rounds are collisions alone, so no two end
 * closer than `minDistance`. Markers with room keep a zero offset; identical
 * points (two clusters in one town) are separated too. Deterministic and
 * independent of the order points come in.
 *
 * Hand-written over typed arrays rather than a d3-force simulation: that cost
 * the study's first screen 70–110 ms for 32 markers (it rebuilds a quadtree four
 * times a tick); this takes about a millisecond.
 */
export function spreadCrowdedMarkers(points: readonly ScreenPoint[], minDistance: number): Map<string, { dx: number; dy: number }> {
  const sorted = [...points].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const homeX = Float64Array.from(sorted, (p) => p.x);
  const homeY = Float64Array.from(sorted, (p) => p.y);
  const x = homeX.slice();
  const y = homeY.slice();
  separateIdentical(x, y);
  if (collide(x, y, minDistance) > 0) {
    for (let round = 0; round < SPRING_ROUNDS; round += 1) {
      const pull = SPRING_STRENGTH * (1 - round / SPRING_ROUNDS);
      for (let i = 0; i < x.length; i += 1) {
        x[i] = (x[i] as number) + ((homeX[i] as number) - (x[i] as number)) * pull;
        y[i] = (y[i] as number) + ((homeY[i] as number) - (y[i] as number)) * pull;
      }
      collide(x, y, minDistance);
    }
    for (let round = 0; round < COLLISION_ROUNDS && collide(x, y, minDistance) > 0; round += 1);
  }
  const offsets = new Map<string, { dx: number; dy: number }>();
  sorted.forEach((point, i) => {
    const dx = Math.round(((x[i] as number) - (homeX[i] as number)) * 10) / 10;
    const dy = Math.round(((y[i] as number) - (homeY[i] as number)) * 10) / 10;
    // Sub-pixel drifts of markers that had room are noise: keep them on their point.
    offsets.set(point.id, Math.hypot(dx, dy) < 0.5 ? { dx: 0, dy: 0 } : { dx, dy });
  });
  return offsets;
}

/** Points on the very same spot start on a tiny circle around it (golden angle), so collisions can tell them apart. */
function separateIdentical(x: Float64Array, y: Float64Array): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < x.length; i += 1) {
    const key = `${x[i]},${y[i]}`;
    const rank = seen.get(key) ?? 0;
    seen.set(key, rank + 1);
    if (rank === 0) continue;
    const angle = rank * 2.399963;
    x[i] = (x[i] as number) + 0.5 * Math.cos(angle);
    y[i] = (y[i] as number) + 0.5 * Math.sin(angle);
  }
}

/**
 * One round of collisions, in place: every pair closer than `minDistance`
 * is pushed apart along its axis, each by half the overlap (plus a hair, so a
 * round ends clear). Pairs are found by a sweep over x. Returns the largest
 * overlap met (0 when none).
 */
function collide(x: Float64Array, y: Float64Array, minDistance: number): number {
  const order = Array.from(x.keys()).sort((a, b) => (x[a] as number) - (x[b] as number) || a - b);
  let worst = 0;
  for (let a = 0; a < order.length; a += 1) {
    const i = order[a] as number;
    for (let b = a + 1; b < order.length; b += 1) {
      const j = order[b] as number;
      const dx = (x[j] as number) - (x[i] as number);
      if (dx >= minDistance) break;
      const dy = (y[j] as number) - (y[i] as number);
      const distance = Math.hypot(dx, dy);
      if (distance >= minDistance) continue;
      const overlap = minDistance - distance;
      worst = Math.max(worst, overlap);
      // Points still on one spot part along a direction of their own (their indices), the same every run.
      const [ux, uy] = distance > 1e-9 ? [dx / distance, dy / distance] : [Math.cos(i + j), Math.sin(i + j)];
      const push = overlap / 2 + 0.01;
      x[i] = (x[i] as number) - ux * push;
      y[i] = (y[i] as number) - uy * push;
      x[j] = (x[j] as number) + ux * push;
      y[j] = (y[j] as number) + uy * push;
    }
  }
  return worst;
}

/** The legend's drawing of the dashed halo round a seat the study locates by its department only (its main town). */
export const APPROXIMATE_LEGEND_SVG =
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="-8 -8 16 16"><circle r="4" fill="#8a939c"/><circle r="7" fill="none" stroke="${INK_MUTED}" stroke-width="1.2" stroke-dasharray="2 2"/></svg>`;
