import { INK, PAPER } from './designTokens';
import { CLUSTER_TYPES } from './clusterTypes';
import type { DatasetIndex } from './datasetIndex';
import type { Visibility } from './visibility';

/** What a row of the matrix stands for: one cluster, or every visible cluster of a region or of a type. */
export type MatrixGrouping = 'cluster' | 'region' | 'type';
export const MATRIX_GROUPINGS: readonly MatrixGrouping[] = ['cluster', 'region', 'type'];

/** The key of a region row for headquarters with no known region. */
export const UNKNOWN_REGION = '';

export interface MatrixRow {
  /** A cluster id, a region name (UNKNOWN_REGION when unknown) or a cluster type. */
  readonly key: string;
  /** How many visible clusters the row stands for (1 for a cluster row). */
  readonly clusterCount: number;
  /** Per column: how many of that domain's visible initiatives the row's clusters run (each counted once). */
  readonly counts: readonly number[];
  /** Distinct visible initiatives the row's clusters run, all columns together. */
  readonly total: number;
}

export interface CoverageMatrix {
  readonly grouping: MatrixGrouping;
  /** The columns: the dataset's domains in order, only those the domain filter lets through. */
  readonly domainIds: readonly string[];
  readonly rows: readonly MatrixRow[];
  /** Per column: how many rows act in that domain (a count above 0). */
  readonly rowsActing: readonly number[];
  /** Per column: that domain's visible initiatives that at least one visible cluster runs. */
  readonly initiativesCovered: readonly number[];
  /** The largest count of any cell, for the shading scale (at least 1). */
  readonly maxCount: number;
}

/**
 * Who covers what: for every visible cluster (or region, or type), how many
 * of each domain's visible initiatives it runs. Follows the filters through
 * `visibility`, so "grappes in Bretagne" is a filter away. One pass over the
 * links with typed arrays: 10,000 clusters take a few milliseconds.
 *
 * In a grouped row an initiative run by several of the group's clusters is
 * counted once: the cell says how many different initiatives the group runs.
 */
export function coverageMatrix(
  index: DatasetIndex,
  visibility: Visibility,
  grouping: MatrixGrouping,
  domainFilter: readonly string[] = [],
): CoverageMatrix {
  const { dataset, columns } = index;
  const columnOfDomain = new Int32Array(dataset.domains.length).fill(-1);
  const domainIds: string[] = [];
  dataset.domains.forEach((domain, position) => {
    if (domainFilter.length > 0 && !domainFilter.includes(domain.id)) return;
    columnOfDomain[position] = domainIds.length;
    domainIds.push(domain.id);
  });
  const width = domainIds.length;
  const clusterMask = visibility.clusterIds.mask;
  const initiativeMask = visibility.initiativeIds.mask;

  // Row of each visible cluster: its own, or its group's.
  const rowKeys: string[] = [];
  const rowOfKey = new Map<string, number>();
  const rowOfCluster = new Int32Array(dataset.clusters.length).fill(-1);
  const clusterCounts: number[] = [];
  for (let c = 0; c < dataset.clusters.length; c += 1) {
    if (clusterMask[c] !== 1) continue;
    const key = groupKey(index, c, grouping);
    let row = rowOfKey.get(key);
    if (row === undefined) {
      row = rowKeys.length;
      rowOfKey.set(key, row);
      rowKeys.push(key);
      clusterCounts.push(0);
    }
    rowOfCluster[c] = row;
    clusterCounts[row] = (clusterCounts[row] ?? 0) + 1;
  }

  const counts = new Int32Array(rowKeys.length * width);
  const totals = new Int32Array(rowKeys.length);
  const covered = new Int32Array(width);
  // Stamped with the initiative being counted: a group counts an initiative once, however many of its clusters run it.
  const countedFor = new Int32Array(rowKeys.length).fill(-1);
  const { offsets, items } = columns.clustersOfInitiative;
  for (let i = 0; i < dataset.initiatives.length; i += 1) {
    if (initiativeMask[i] !== 1) continue;
    const domain = columns.initiativeDomain[i] as number;
    const column = domain >= 0 ? (columnOfDomain[domain] as number) : -1;
    if (column < 0) continue;
    let runByVisibleCluster = false;
    const end = offsets[i + 1] as number;
    for (let k = offsets[i] as number; k < end; k += 1) {
      const row = rowOfCluster[items[k] as number] as number;
      if (row < 0) continue;
      runByVisibleCluster = true;
      if (countedFor[row] === i) continue;
      countedFor[row] = i;
      counts[row * width + column] = (counts[row * width + column] as number) + 1;
      totals[row] = (totals[row] as number) + 1;
    }
    if (runByVisibleCluster) covered[column] = (covered[column] as number) + 1;
  }

  const rowsActing = new Array<number>(width).fill(0);
  let maxCount = 1;
  const rows: MatrixRow[] = rowKeys.map((key, row) => {
    const cells = Array.from(counts.subarray(row * width, (row + 1) * width));
    cells.forEach((count, column) => {
      if (count > 0) rowsActing[column] = (rowsActing[column] as number) + 1;
      if (count > maxCount) maxCount = count;
    });
    return { key, clusterCount: clusterCounts[row] as number, counts: cells, total: totals[row] as number };
  });
  return { grouping, domainIds, rows, rowsActing, initiativesCovered: Array.from(covered), maxCount };
}

function groupKey(index: DatasetIndex, clusterPosition: number, grouping: MatrixGrouping): string {
  if (grouping === 'cluster') return index.clusterIds[clusterPosition] as string;
  if (grouping === 'type') return CLUSTER_TYPES[index.columns.clusterType[clusterPosition] as number] as string;
  const region = index.columns.clusterRegion[clusterPosition] as number;
  return region >= 0 ? (index.regions[region] as string) : UNKNOWN_REGION;
}

/** A step of the matrix's shading: the counts it covers, its fill and the ink that reads on it. */
export interface MatrixShade {
  readonly from: number;
  readonly to: number;
  readonly fill: string;
  readonly ink: string;
}

/** An empty cell: near white, so the eye reads the shaded ones first. */
export const EMPTY_CELL_SHADE: MatrixShade = { from: 0, to: 0, fill: '#f4f5f7', ink: '#5b6570' };

// One hue from light to dark (ColorBrewer "Blues"): read by lightness alone, so every kind of colour vision
// orders it the same way; the count is also written in every cell.
const FILLS = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'] as const;
const INKS = [INK, INK, PAPER, PAPER] as const;

/**
 * The shading steps for counts 1…maxCount: one per count up to four, else
 * four ranges of about equal width (1–2, 3–4, 5–6, 7–8 for a maximum of 8).
 */
export function matrixShades(maxCount: number): MatrixShade[] {
  const max = Math.max(1, Math.floor(maxCount));
  const steps = Math.min(FILLS.length, max);
  const shades: MatrixShade[] = [];
  for (let s = 0; s < steps; s += 1) {
    const from = Math.floor((s * max) / steps) + 1;
    const to = Math.floor(((s + 1) * max) / steps);
    // With fewer steps than fills, use the darker end too, so that the largest count is always the darkest.
    const tone = steps === FILLS.length ? s : Math.round((s * (FILLS.length - 1)) / Math.max(1, steps - 1));
    shades.push({ from, to, fill: FILLS[tone] as string, ink: INKS[tone] as string });
  }
  return shades;
}

/** The shade of a count among `shades` (EMPTY_CELL_SHADE for 0). */
export function shadeOf(count: number, shades: readonly MatrixShade[]): MatrixShade {
  if (count <= 0) return EMPTY_CELL_SHADE;
  return shades.find((shade) => count <= shade.to) ?? (shades[shades.length - 1] as MatrixShade);
}

/** The columns in the study's order, or by how many rows act in them (most first; the study's order breaks ties). */
export function matrixColumnOrder(matrix: Pick<CoverageMatrix, 'domainIds' | 'rowsActing'>, order: 'study' | 'acting'): number[] {
  const columns = matrix.domainIds.map((_, column) => column);
  if (order === 'study') return columns;
  return columns.sort((a, b) => (matrix.rowsActing[b] as number) - (matrix.rowsActing[a] as number) || a - b);
}
