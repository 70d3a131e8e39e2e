/**
 * Grouping headquarters that cannot be told apart on screen: the map is cut
 * into square cells of a fixed size in world pixels (Web Mercator, the
 * projection Leaflet uses), and each cell shows one group with its count.
 * Cells are anchored to the world, not to the viewport, so panning never
 * reshuffles the groups. One pass over typed arrays per redraw: at 100,000
 * points that is a few milliseconds, well inside a frame.
 */

/** Side of a 256-pixel tile at zoom 0, as in Leaflet's EPSG:3857. */
const TILE = 256;
const MAX_LATITUDE = 85.0511287798;

/** Web Mercator position at zoom 0, in pixels (multiply by 2^zoom for another zoom). */
export function projectToWorld(lat: number, lon: number): { x: number; y: number } {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  const sin = Math.sin((clamped * Math.PI) / 180);
  return {
    x: (TILE * (lon + 180)) / 360,
    y: TILE * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)),
  };
}

/** The headquarters that have coordinates, projected once per dataset. */
export interface ProjectedPoints {
  /** Position in the dataset's clusters of each point. */
  readonly cluster: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

export function projectPoints(coordinates: readonly { readonly lat: number | null; readonly lon: number | null }[]): ProjectedPoints {
  const placed: number[] = [];
  coordinates.forEach((c, position) => {
    if (c.lat !== null && c.lon !== null) placed.push(position);
  });
  const x = new Float64Array(placed.length);
  const y = new Float64Array(placed.length);
  placed.forEach((position, k) => {
    const c = coordinates[position] as { lat: number; lon: number };
    const p = projectToWorld(c.lat, c.lon);
    x[k] = p.x;
    y[k] = p.y;
  });
  return { cluster: Int32Array.from(placed), x, y };
}

/** The part of the world on screen, in world pixels at the current zoom. */
export interface Viewport {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  /** 2^zoom: world pixels at this zoom per world pixel at zoom 0. */
  readonly scale: number;
}

/** One cell's content. Positions are in screen pixels from the viewport's top-left corner. */
export interface Bin {
  /** Key of the cell in the world grid at this zoom (for finding its members again). */
  readonly cellX: number;
  readonly cellY: number;
  /** Headquarters the filters leave visible in the cell, and their mean position. */
  readonly visible: number;
  readonly x: number;
  readonly y: number;
  /** Cluster position of the first visible member (the one drawn when it is alone). */
  readonly first: number;
  /** All headquarters in the cell, visible or not; `visible === 0` cells are drawn faded. */
  readonly total: number;
}

/**
 * Counts the points in each cell of the viewport (with a margin of one cell so
 * groups straddling the edge are drawn whole). `visible` is indexed by cluster
 * position (the filters' mask).
 */
export function binPoints(points: ProjectedPoints, visible: Uint8Array, view: Viewport, cellSize: number): Bin[] {
  const firstCellX = Math.floor(view.left / cellSize) - 1;
  const firstCellY = Math.floor(view.top / cellSize) - 1;
  const columns = Math.ceil(view.width / cellSize) + 3;
  const rows = Math.ceil(view.height / cellSize) + 3;
  const cells = columns * rows;
  const visibleCount = new Int32Array(cells);
  const totalCount = new Int32Array(cells);
  const sumX = new Float64Array(cells);
  const sumY = new Float64Array(cells);
  const fadedX = new Float64Array(cells);
  const fadedY = new Float64Array(cells);
  const first = new Int32Array(cells).fill(-1);

  const { scale } = view;
  for (let k = 0; k < points.x.length; k += 1) {
    const wx = (points.x[k] as number) * scale;
    const wy = (points.y[k] as number) * scale;
    const column = Math.floor(wx / cellSize) - firstCellX;
    const row = Math.floor(wy / cellSize) - firstCellY;
    if (column < 0 || row < 0 || column >= columns || row >= rows) continue;
    const cell = row * columns + column;
    const cluster = points.cluster[k] as number;
    totalCount[cell] = (totalCount[cell] as number) + 1;
    if (visible[cluster] === 1) {
      visibleCount[cell] = (visibleCount[cell] as number) + 1;
      sumX[cell] = (sumX[cell] as number) + wx;
      sumY[cell] = (sumY[cell] as number) + wy;
      if (first[cell] === -1) first[cell] = cluster;
    } else {
      fadedX[cell] = (fadedX[cell] as number) + wx;
      fadedY[cell] = (fadedY[cell] as number) + wy;
    }
  }

  const bins: Bin[] = [];
  for (let cell = 0; cell < cells; cell += 1) {
    const total = totalCount[cell] as number;
    if (total === 0) continue;
    const count = visibleCount[cell] as number;
    const faded = total - count;
    const x = count > 0 ? (sumX[cell] as number) / count : (fadedX[cell] as number) / faded;
    const y = count > 0 ? (sumY[cell] as number) / count : (fadedY[cell] as number) / faded;
    bins.push({
      cellX: (cell % columns) + firstCellX,
      cellY: Math.floor(cell / columns) + firstCellY,
      visible: count,
      x: x - view.left,
      y: y - view.top,
      first: first[cell] as number,
      total,
    });
  }
  return bins;
}

/** A cell of the world grid at one zoom. */
export type Cell = readonly [cellX: number, cellY: number];

/** What is drawn for the visible headquarters: one disc (or one shape, when alone) per group of cells. */
export interface Group {
  readonly x: number;
  readonly y: number;
  readonly visible: number;
  /** Cluster position of the first member of the first cell (drawn when the group holds one headquarters). */
  readonly first: number;
  readonly cells: readonly Cell[];
}

/**
 * Merges cells whose discs would overlap on screen, biggest first, so no
 * count hides another: a cell whose disc touches a kept group joins it (the
 * group's centre moves to the weighted mean). One greedy pass, quadratic in
 * the number of drawn cells (a few hundred at most).
 */
export function mergeOverlapping(bins: readonly Bin[], radiusOf: (count: number) => number, gap = 2): Group[] {
  const kept: { x: number; y: number; visible: number; first: number; cells: Cell[] }[] = [];
  const visible = bins.filter((b) => b.visible > 0).sort((a, b) => b.visible - a.visible || a.cellY - b.cellY || a.cellX - b.cellX);
  for (const bin of visible) {
    const host = kept.find((g) => Math.hypot(g.x - bin.x, g.y - bin.y) < radiusOf(g.visible) + radiusOf(bin.visible) + gap);
    if (!host) {
      kept.push({ x: bin.x, y: bin.y, visible: bin.visible, first: bin.first, cells: [[bin.cellX, bin.cellY]] });
      continue;
    }
    const total = host.visible + bin.visible;
    host.x = (host.x * host.visible + bin.x * bin.visible) / total;
    host.y = (host.y * host.visible + bin.y * bin.visible) / total;
    host.visible = total;
    host.cells.push([bin.cellX, bin.cellY]);
  }
  return kept;
}

/** The cluster positions of the visible members of some cells, in dataset order. */
export function membersOfCells(points: ProjectedPoints, visible: Uint8Array, scale: number, cellSize: number, cells: readonly Cell[]): number[] {
  const wanted = new Set(cells.map(([x, y]) => `${x},${y}`));
  const members: number[] = [];
  for (let k = 0; k < points.x.length; k += 1) {
    const cluster = points.cluster[k] as number;
    if (visible[cluster] !== 1) continue;
    const cellX = Math.floor(((points.x[k] as number) * scale) / cellSize);
    const cellY = Math.floor(((points.y[k] as number) * scale) / cellSize);
    if (wanted.has(`${cellX},${cellY}`)) members.push(cluster);
  }
  return members;
}

/** Radius of a group's disc: grows with the logarithm of its count, so 10 and 10,000 both stay readable. */
export function groupRadius(count: number): number {
  return Math.min(26, 10 + 4 * Math.log10(Math.max(1, count)));
}
