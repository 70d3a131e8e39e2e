/**
 * Names beside a few map markers without overlaps: each name tries eight
 * places around its marker (right first, as maps usually do), and takes the
 * first that stays inside the frame and covers neither a marker nor a name
 * already placed. A name with no free place is left out rather than drawn
 * over something (its marker stays).
 */

export interface NamedPoint {
  readonly id: string;
  /** Marker centre, px. */
  readonly x: number;
  readonly y: number;
  /** Text width at the font used, px. */
  readonly width: number;
}

export interface PlacedName {
  readonly id: string;
  /** Where the text starts (left) and its baseline's middle line (vertical centre), px. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * @param markerRadius half the marker's drawn size, px
 * @param textHeight the text's line height, px
 * @param frame the drawable area, px
 */
export function placeNames(
  points: readonly NamedPoint[],
  markerRadius: number,
  textHeight: number,
  frame: { readonly width: number; readonly height: number },
): PlacedName[] {
  const gap = Math.max(2, markerRadius * 0.3);
  const markers: Rect[] = points.map((p) => ({ left: p.x - markerRadius, top: p.y - markerRadius, right: p.x + markerRadius, bottom: p.y + markerRadius }));
  const taken: Rect[] = [];
  const placed: PlacedName[] = [];
  // Top to bottom, then left to right: a stable order, so the same view always gives the same names.
  const order = [...points].sort((a, b) => a.y - b.y || a.x - b.x);
  for (const point of order) {
    const h = textHeight;
    const w = point.width;
    const reach = markerRadius + gap;
    const candidates: readonly (readonly [number, number])[] = [
      [point.x + reach, point.y - h / 2],
      [point.x - reach - w, point.y - h / 2],
      [point.x - w / 2, point.y - reach - h],
      [point.x - w / 2, point.y + reach],
      [point.x + reach * 0.7, point.y - reach * 0.7 - h],
      [point.x + reach * 0.7, point.y + reach * 0.7],
      [point.x - reach * 0.7 - w, point.y - reach * 0.7 - h],
      [point.x - reach * 0.7 - w, point.y + reach * 0.7],
      // Above or below, starting or ending at the marker: near the frame's edge a centred name does not fit.
      [point.x - markerRadius, point.y + reach],
      [point.x - markerRadius, point.y - reach - h],
      [point.x + markerRadius - w, point.y + reach],
      [point.x + markerRadius - w, point.y - reach - h],
    ];
    for (const [left, top] of candidates) {
      const rect = { left, top, right: left + w, bottom: top + h };
      if (rect.left < 0 || rect.top < 0 || rect.right > frame.width || rect.bottom > frame.height) continue;
      if (markers.some((m) => overlaps(m, rect)) || taken.some((t) => overlaps(t, rect))) continue;
      taken.push(rect);
      placed.push({ id: point.id, x: left, y: top + h / 2, width: w });
      break;
    }
  }
  return placed;
}

export interface MarkerOnMap {
  readonly id: string;
  readonly emphasis: string;
  /** Whether its centre lies inside the map's frame. */
  readonly inView: boolean;
}

/**
 * Whose names the map writes: the highlighted headquarters (a selection's) when
 * there are at most `max` of them, else every headquarters the filters keep in
 * view when there are at most `max`; else none (names over a full map hide it).
 */
export function headquartersToName(markers: readonly MarkerOnMap[], max: number): string[] {
  const inView = markers.filter((m) => m.inView && m.emphasis !== 'faded');
  const highlighted = inView.filter((m) => m.emphasis === 'highlighted');
  if (highlighted.length > 0) return highlighted.length <= max ? highlighted.map((m) => m.id) : [];
  return inView.length <= max ? inView.map((m) => m.id) : [];
}
