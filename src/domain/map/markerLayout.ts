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

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Places closer than about 10 m are the same spot (the same town's centre in the study). */
export function locationKey({ lat, lon }: LatLon): string {
  return `${lat.toFixed(4)},${lon.toFixed(4)}`;
}

/** Groups ids by shared location, keeping their order. */
export function groupByLocation<T extends { readonly id: string } & LatLon>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = locationKey(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/**
 * Pixel offsets that spread `count` markers sharing one point on a ring
 * around it (the first at the top, then clockwise), so each stays visible
 * and clickable. A lone marker stays on its point.
 */
export function ringOffsets(count: number, markerSize = 18): { dx: number; dy: number }[] {
  if (count <= 1) return [{ dx: 0, dy: 0 }];
  // The ring grows with the count so neighbours keep a marker's width apart.
  const radius = Math.max(markerSize * 0.8, (markerSize * 1.15 * count) / (2 * Math.PI));
  return Array.from({ length: count }, (_, k) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * k) / count;
    return { dx: Math.round(radius * Math.cos(angle) * 10) / 10, dy: Math.round(radius * Math.sin(angle) * 10) / 10 };
  });
}

export interface ScreenPoint {
  readonly id: string;
  readonly x: number;
  readonly y: number;
}

/**
 * Offsets (px) that pull apart markers drawn closer than `minDistance` at the
 * current zoom: markers within reach of each other (transitively) form a
 * group, spread on a ring around the group's centre. Markers with room keep
 * a zero offset. Deterministic: the same points give the same offsets.
 */
export function spreadCrowdedMarkers(points: readonly ScreenPoint[], minDistance: number): Map<string, { dx: number; dy: number }> {
  const parent = points.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (let i = 0; i < points.length; i += 1) {
    for (let j = i + 1; j < points.length; j += 1) {
      const a = points[i];
      const b = points[j];
      if (a && b && Math.hypot(a.x - b.x, a.y - b.y) < minDistance) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, ScreenPoint[]>();
  points.forEach((point, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(point);
    else groups.set(root, [point]);
  });
  const offsets = new Map<string, { dx: number; dy: number }>();
  for (const group of groups.values()) {
    if (group.length === 1) {
      const only = group[0];
      if (only) offsets.set(only.id, { dx: 0, dy: 0 });
      continue;
    }
    const cx = group.reduce((sum, p) => sum + p.x, 0) / group.length;
    const cy = group.reduce((sum, p) => sum + p.y, 0) / group.length;
    // Around the ring in angular order from the centre, so each marker moves the least.
    const ordered = [...group].sort((a, b) => Math.atan2(a.y - cy, a.x - cx) - Math.atan2(b.y - cy, b.x - cx) || a.id.localeCompare(b.id));
    const ring = ringOffsets(ordered.length, minDistance);
    const start = Math.atan2((ordered[0]?.y ?? cy) - cy, (ordered[0]?.x ?? cx) - cx) + Math.PI / 2;
    ordered.forEach((point, k) => {
      const slot = ring[k] ?? { dx: 0, dy: 0 };
      // Rotate the ring so its first slot points towards the first marker's own direction.
      const cos = Math.cos(start);
      const sin = Math.sin(start);
      const rx = slot.dx * cos - slot.dy * sin;
      const ry = slot.dx * sin + slot.dy * cos;
      offsets.set(point.id, { dx: Math.round((cx + rx - point.x) * 10) / 10, dy: Math.round((cy + ry - point.y) * 10) / 10 });
    });
  }
  return offsets;
}
