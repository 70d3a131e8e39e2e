import { forceCollide, forceSimulation, forceX, forceY, randomLcg, type SimulationNodeDatum } from 'd3';
import type { ClusterType } from '../schema';

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
  const fill = interviewed ? color : '#ffffff';
  const stroke = interviewed ? '#ffffff' : color;
  const width = interviewed ? 1.5 : 2.5;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true"><path d="${markerShapePath(shape, size)}" fill="${fill}" stroke="${stroke}" stroke-width="${width}"/></svg>`;
}

export interface ScreenPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

interface SpreadNode extends SimulationNodeDatum {
  readonly id: string;
  readonly homeX: number;
  readonly homeY: number;
}

/**
 * Offsets (px) that pull apart markers drawn closer than `minDistance` at the
 * current zoom, moving each as little as it can: markers repel each other as
 * discs while a spring pulls each back to its true point (d3-force, run to
 * rest synchronously). Markers with room keep a zero offset; identical points
 * (two clusters in one town) are separated too. Deterministic: d3-force's
 * random jiggle is seeded.
 */
export function spreadCrowdedMarkers(points: readonly ScreenPoint[], minDistance: number): Map<string, { dx: number; dy: number }> {
  // Sorted by id so the result does not depend on the order points come in.
  const nodes: SpreadNode[] = [...points]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((p) => ({ id: p.id, homeX: p.x, homeY: p.y, x: p.x, y: p.y }));
  const simulation = forceSimulation(nodes)
    .randomSource(randomLcg(0.42))
    .force('home-x', forceX<SpreadNode>((d) => d.homeX).strength(0.08))
    .force('home-y', forceY<SpreadNode>((d) => d.homeY).strength(0.08))
    .force('collide', forceCollide<SpreadNode>(minDistance / 2).strength(1).iterations(4))
    .alphaDecay(0.01)
    .stop();
  simulation.tick(Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay())));
  // The springs can leave a crowded group slightly squeezed: finish with collisions alone.
  simulation.force('home-x', null).force('home-y', null).alpha(0.3).tick(60);
  const offsets = new Map<string, { dx: number; dy: number }>();
  for (const node of nodes) {
    const dx = Math.round(((node.x ?? node.homeX) - node.homeX) * 10) / 10;
    const dy = Math.round(((node.y ?? node.homeY) - node.homeY) * 10) / 10;
    // Sub-pixel drifts of markers that had room are noise: keep them on their point.
    offsets.set(node.id, Math.hypot(dx, dy) < 0.5 ? { dx: 0, dy: 0 } : { dx, dy });
  }
  return offsets;
}

/** The legend's drawing of the dashed halo round a seat the study locates by its department only (its main town). */
export const APPROXIMATE_LEGEND_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="-8 -8 16 16"><circle r="4" fill="#8a939c"/><circle r="7" fill="none" stroke="#505a66" stroke-width="1.2" stroke-dasharray="2 2"/></svg>';
