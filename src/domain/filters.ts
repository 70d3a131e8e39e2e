import type { ClusterType } from './schema';

/** Interviewed clusters (Tableau 1), clusters only cited as examples, or both. */
export type InterviewedFilter = 'all' | 'interviewed' | 'cited';

/** A closed interval within [0, 1] on one of Figure 1's axes. */
export type AxisRange = readonly [number, number];

/**
 * What the user chose to see. An empty list means "no restriction"
 * (every domain, every type, every region), never "nothing".
 */
export interface Filters {
  readonly domains: readonly string[];
  readonly clusterTypes: readonly ClusterType[];
  readonly interviewed: InterviewedFilter;
  /** Today's region names of the headquarters. */
  readonly regions: readonly string[];
  readonly audience: AxisRange;
  readonly horizon: AxisRange;
  readonly caseStudyOnly: boolean;
  readonly query: string;
}

export const FULL_RANGE: AxisRange = [0, 1];

export const DEFAULT_FILTERS: Filters = {
  domains: [],
  clusterTypes: [],
  interviewed: 'all',
  regions: [],
  audience: FULL_RANGE,
  horizon: FULL_RANGE,
  caseStudyOnly: false,
  query: '',
};

export function isFullRange(range: AxisRange): boolean {
  return range[0] <= 0 && range[1] >= 1;
}

export function inRange(value: number, range: AxisRange): boolean {
  return value >= range[0] && value <= range[1];
}

/** Filters that restrict initiatives by their own attributes. */
export function hasInitiativeFilters(filters: Filters): boolean {
  return (
    filters.domains.length > 0 ||
    !isFullRange(filters.audience) ||
    !isFullRange(filters.horizon) ||
    filters.caseStudyOnly
  );
}

/** Filters that restrict clusters by their own attributes. */
export function hasClusterFilters(filters: Filters): boolean {
  return filters.clusterTypes.length > 0 || filters.interviewed !== 'all' || filters.regions.length > 0;
}

export function hasAnyFilter(filters: Filters): boolean {
  return hasInitiativeFilters(filters) || hasClusterFilters(filters) || filters.query.trim() !== '';
}

/** Adds the value when absent, removes it when present; keeps a stable order. */
export function toggleIn<T>(list: readonly T[], value: T): readonly T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** Orders and clamps a range to [0, 1]. */
export function normalizeRange(a: number, b: number): AxisRange {
  const low = Math.max(0, Math.min(1, Math.min(a, b)));
  const high = Math.max(0, Math.min(1, Math.max(a, b)));
  return [low, high];
}
