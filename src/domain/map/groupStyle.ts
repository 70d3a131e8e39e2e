import { EMPTY_CELL_DOT_OPACITY } from '../designTokens';
/**
 * How the grouped map (large networks) draws, shared by its canvas, its
 * legend and the exported legend so the three always agree.
 */

/**
 * Up to this many mapped headquarters, each is a keyboard-reachable marker
 * kept clear of its neighbours; above it, nearby ones are grouped on a canvas
 * (DOM markers cost seconds per change by the thousand; see the README's
 * benchmark).
 */
export const GROUPING_THRESHOLD = 400;

export const GROUP_FILL = '#26394d';
export const FADED_FILL = '#6b7580';

export function mappedCount(headquarters: readonly { readonly hq: { readonly lat: number | null; readonly lon: number | null } }[]): number {
  let count = 0;
  for (const { hq } of headquarters) if (hq.lat !== null && hq.lon !== null) count += 1;
  return count;
}

/** Whether a dataset's map groups nearby headquarters. */
export function isGroupedMap(headquarters: readonly { readonly hq: { readonly lat: number | null; readonly lon: number | null } }[]): boolean {
  return mappedCount(headquarters) > GROUPING_THRESHOLD;
}

/** A 16 × 16 legend drawing of a group (a disc with a count) or of a headquarters the filters leave out (a faint dot). */
export function groupLegendSvgMarkup(faded: boolean): string {
  const body = faded
    ? `<circle cx="8" cy="8" r="3" fill="${FADED_FILL}" fill-opacity="${EMPTY_CELL_DOT_OPACITY}"/>`
    : `<circle cx="8" cy="8" r="7.2" fill="${GROUP_FILL}" stroke="#ffffff" stroke-width="1"/><text x="8" y="8.5" text-anchor="middle" dominant-baseline="middle" font-size="7" font-weight="600" font-family="Inter, sans-serif" fill="#ffffff">12</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">${body}</svg>`;
}
