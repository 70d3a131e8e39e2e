import { binPoints, groupRadius, mergeOverlapping, type Cell, type ProjectedPoints, type Viewport } from './binning';

/** Side of a grouping cell, in screen pixels: groups' discs (up to 52 px) rarely touch. */
export const GROUP_CELL_SIZE = 48;
/** A lone headquarters' shape, and a shape linked to the selection (drawn larger, on top). */
export const SINGLE_SIZE = 16;
export const LINKED_SIZE = 22;

/** What the grouped map shows, from the filters and the selection. Masks are indexed by cluster position. */
export interface GroupedState {
  readonly visible: Uint8Array;
  /** Clusters linked to the selection (drawn one by one, on top), by position. */
  readonly linked: readonly number[];
  /** Position of the selected cluster, or -1. */
  readonly selected: number;
  readonly selectionActive: boolean;
}

/** A shape on the picture and where it answers the pointer (screen pixels in the map container). */
export interface DrawnTarget {
  readonly kind: 'cluster' | 'group';
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Cluster position (for a single cluster), else -1. */
  readonly cluster: number;
  readonly count: number;
  /** The grid cells a group gathers (empty for a single cluster). */
  readonly cells: readonly Cell[];
}

/**
 * The grouped map as a list of things to draw, back to front: the faint dots
 * of cells the filters empty, then lone headquarters and groups (dimmed while
 * something is selected), then the selection's clusters one by one. Pure, so
 * the picture is tested without a canvas; `paintGroupedPicture` draws it.
 */
export interface GroupedPicture {
  readonly faded: readonly { readonly x: number; readonly y: number }[];
  readonly dimmed: boolean;
  readonly singles: readonly { readonly position: number; readonly x: number; readonly y: number }[];
  readonly groups: readonly { readonly x: number; readonly y: number; readonly radius: number; readonly count: number }[];
  readonly linked: readonly { readonly position: number; readonly x: number; readonly y: number; readonly faded: boolean; readonly selected: boolean }[];
  /** What answers the pointer and the keyboard, topmost last. */
  readonly targets: readonly DrawnTarget[];
  /** Visible headquarters the singles and groups account for. */
  readonly drawnClusters: number;
}

/** Lays out the grouped map for one view: one pass over the grid cells of the headquarters in it. */
export function groupedPicture(points: ProjectedPoints, state: GroupedState, view: Viewport): GroupedPicture {
  const bins = binPoints(points, state.visible, view, GROUP_CELL_SIZE);
  const faded = bins.filter((bin) => bin.visible === 0).map((bin) => ({ x: bin.x, y: bin.y }));
  const singles: { position: number; x: number; y: number }[] = [];
  const groups: { x: number; y: number; radius: number; count: number }[] = [];
  const targets: DrawnTarget[] = [];
  let drawnClusters = 0;
  // A lone headquarters keeps its shape; its radius counts as the shape's, so it joins a group it would touch.
  const radiusOf = (count: number) => (count === 1 ? SINGLE_SIZE / 2 : groupRadius(count));
  for (const group of mergeOverlapping(bins, radiusOf)) {
    drawnClusters += group.visible;
    if (group.visible === 1) {
      singles.push({ position: group.first, x: group.x, y: group.y });
      targets.push({ kind: 'cluster', x: group.x, y: group.y, radius: SINGLE_SIZE / 2 + 3, cluster: group.first, count: 1, cells: [] });
    } else {
      const radius = groupRadius(group.visible);
      groups.push({ x: group.x, y: group.y, radius, count: group.visible });
      targets.push({ kind: 'group', x: group.x, y: group.y, radius, cluster: -1, count: group.visible, cells: group.cells });
    }
  }
  const linked: GroupedPicture['linked'][number][] = [];
  for (const position of state.linked) {
    const k = pointIndexOf(points, position);
    if (k < 0) continue;
    const x = (points.x[k] as number) * view.scale - view.left;
    const y = (points.y[k] as number) * view.scale - view.top;
    if (x < -LINKED_SIZE || y < -LINKED_SIZE || x > view.width + LINKED_SIZE || y > view.height + LINKED_SIZE) continue;
    linked.push({ position, x, y, faded: state.visible[position] !== 1, selected: position === state.selected });
    targets.push({ kind: 'cluster', x, y, radius: LINKED_SIZE / 2 + 3, cluster: position, count: 1, cells: [] });
  }
  return { faded, dimmed: state.selectionActive, singles, groups, linked, targets, drawnClusters };
}

/** The topmost target under a point, if any. */
export function targetAt(targets: readonly DrawnTarget[], x: number, y: number): DrawnTarget | null {
  for (let i = targets.length - 1; i >= 0; i -= 1) {
    const target = targets[i] as DrawnTarget;
    if (Math.hypot(target.x - x, target.y - y) <= target.radius) return target;
  }
  return null;
}

/** The target nearest a point within `reach` px of its edge (at least 12 px of radius): what Enter opens at the map's centre. */
export function nearestTarget(targets: readonly DrawnTarget[], x: number, y: number, reach: number): DrawnTarget | null {
  let nearest: DrawnTarget | null = null;
  let best = Infinity;
  for (const target of targets) {
    const distance = Math.hypot(target.x - x, target.y - y);
    if (distance <= Math.max(target.radius, 12) + reach && distance < best) {
      nearest = target;
      best = distance;
    }
  }
  return nearest;
}

/** Index in the projected points of a cluster position (points are in dataset order), or -1 when it has no place. */
export function pointIndexOf(points: ProjectedPoints, position: number): number {
  const { cluster } = points;
  let low = 0;
  let high = cluster.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = cluster[mid] as number;
    if (value === position) return mid;
    if (value < position) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
