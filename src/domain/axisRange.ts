/** A closed interval within [0, 1] on one of Figure 1's axes. */
export type AxisRange = readonly [number, number];

export const FULL_RANGE: AxisRange = [0, 1];

export function isFullRange(range: AxisRange): boolean {
  return range[0] <= 0 && range[1] >= 1;
}

/** Orders and clamps a range to [0, 1]. */
export function normalizeRange(a: number, b: number): AxisRange {
  const low = Math.max(0, Math.min(1, Math.min(a, b)));
  const high = Math.max(0, Math.min(1, Math.max(a, b)));
  return [low, high];
}
