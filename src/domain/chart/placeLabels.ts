import { boxesOverlap, boxInside, boxOverlapsCircle, segmentBox, segmentMeetsCircle, type Box, type Circle } from './geometry';
import { GridIndex } from './gridIndex';
import { ELLIPSIS, wrapText, type MeasureText } from './wrapText';

/** Grid cell (px) of the collision index: about a label's width, so a query looks at a handful of cells. */
const GRID_CELL = 96;
/** Above this many labels, placement samples: one wording, near rings, no retry pass. */
const MANY_LABELS = 200;

export interface LabelRequest {
  readonly id: string;
  /** Centre of the mark the label belongs to. */
  readonly x: number;
  readonly y: number;
  /** Radius of the mark. */
  readonly r: number;
  readonly text: string;
  /** Higher goes first and gets the best spot. */
  readonly priority: number;
}

export interface LabelStyle {
  readonly lineHeight: number;
  /** Widest a label line may be. */
  readonly maxWidth: number;
  readonly maxLines: number;
  /** Space between a mark's edge and its label. */
  readonly gap: number;
  /** Space kept between two labels, and between a label and a mark. */
  readonly padding: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  readonly id: string;
  readonly lines: readonly string[];
  readonly truncated: boolean;
  /** The box the lines occupy (their widest line by their line count). */
  readonly box: Box;
  readonly anchor: TextAnchor;
  /** A line from the mark to a label set further away than its nearest ring. */
  readonly leader: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | null;
}

export interface LabelLayout {
  readonly placed: readonly PlacedLabel[];
  /** Labels that found no free spot: their text is still shown on hover and focus. */
  readonly hidden: readonly string[];
}

// Directions, in order of preference: beside the mark reads best, then diagonals, then above/below.
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
  // Then the directions in between, for crowded spots.
  [1, -0.5],
  [1, 0.5],
  [-1, -0.5],
  [-1, 0.5],
  [0.5, -1],
  [-0.5, -1],
  [0.5, 1],
  [-0.5, 1],
];
// Extra distance (px) of each ring of candidates; rings beyond the first draw a leader line.
const RINGS = [0, 10, 22, 36, 54, 76, 100, 128];

function candidateBox(
  request: LabelRequest,
  [dx, dy]: readonly [number, number],
  distance: number,
  width: number,
  height: number,
): { box: Box; anchor: TextAnchor } {
  const reach = request.r + distance;
  const length = Math.hypot(dx, dy);
  const cx = request.x + (dx / length) * reach;
  const cy = request.y + (dy / length) * reach;
  const x = dx > 0 ? cx : dx < 0 ? cx - width : cx - width / 2;
  const y = dy > 0 ? cy : dy < 0 ? cy - height : cy - height / 2;
  const anchor: TextAnchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  return { box: { x, y, width, height }, anchor };
}

function nearestPointOnBox(box: Box, x: number, y: number): { x: number; y: number } {
  return {
    x: Math.max(box.x, Math.min(x, box.x + box.width)),
    y: Math.max(box.y, Math.min(y, box.y + box.height)),
  };
}

/**
 * Greedy candidate placement: each label, most important first, takes the
 * first free spot among sixteen directions on widening rings, in its fullest
 * wording that fits (wrapped, then shorter). A spot is free when it stays in
 * the bounds and touches no mark, no obstacle and no label already placed.
 * Measured faster and tidier than force layouts for tens of labels
 * (research/tech.md §3).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: { readonly boxes: readonly Box[]; readonly circles: readonly Circle[] },
  style: LabelStyle,
  measure: MeasureText,
  /**
   * `tryEach`: without the pre-checks of crowded spots below, every label's wording is worked out and tried at every
   * spot. The same layout, slower: what the tests hold the pre-checks to.
   */
  options: { readonly tryEach?: boolean } = {},
): LabelLayout {
  const many = requests.length > MANY_LABELS;
  // Each label's wordings and their sizes are the same in every pass: worked out once, when first needed.
  const known = new Map<string, readonly Wording[]>();
  const wordingsOf = (request: LabelRequest) => {
    let wordings = known.get(request.id);
    if (!wordings) {
      wordings = labelWordings(request, style, measure, many);
      known.set(request.id, wordings);
    }
    return wordings;
  };
  // At a network's scale most marks are too crowded for any label (5 of 2,000 find room): those are
  // told by a box narrower than any of their wordings, without wrapping and measuring their text.
  const narrowest = many && !options.tryEach ? (request: LabelRequest) => Math.min(measure(ELLIPSIS), measure(firstCharacter(request.text))) : null;
  const probe = !options.tryEach;
  let best = placeInOrder(requests, bounds, obstacles, style, wordingsOf, narrowest, probe);
  let latest = best;
  let boosted = new Set<string>();
  // Greedy placement depends on order: when labels are left out or cut, they go first in
  // another pass (a few at most); the pass that hides the fewest, then cuts the fewest, wins.
  // At a network's scale labels are a sample anyway: one pass, without retries.
  const passes = many ? 0 : 6;
  for (let pass = 0; pass < passes && shortfall(best) > 0; pass += 1) {
    // What the last pass hid goes first next time; once it hid none, what it cut.
    const worse = latest.hidden.length > 0 ? latest.hidden : latest.placed.filter((label) => label.truncated).map((label) => label.id);
    if (worse.every((id) => boosted.has(id))) break;
    boosted = new Set([...boosted, ...worse]);
    const reordered = requests.map((r) => (boosted.has(r.id) ? { ...r, priority: r.priority + 1000 } : r));
    latest = placeInOrder(reordered, bounds, obstacles, style, wordingsOf, null, probe);
    if (shortfall(latest) < shortfall(best)) best = latest;
  }
  return best;
}

/** The text's first character, whole (a character outside the BMP is two UTF-16 units). */
function firstCharacter(text: string): string {
  const first = text.codePointAt(0);
  return first === undefined ? '' : String.fromCodePoint(first);
}

/** How far a layout falls short: a hidden label weighs more than any number of cut ones. */
function shortfall(layout: LabelLayout): number {
  return layout.hidden.length * 1000 + layout.placed.filter((label) => label.truncated).length;
}

/** A wording of a label: its lines, whether it is cut, and the box they need. */
interface Wording {
  readonly lines: readonly string[];
  readonly truncated: boolean;
  readonly width: number;
  readonly height: number;
}

/**
 * The wordings a label may take, fullest first: wrapped to the usual width,
 * wider on fewer lines, narrower on more, and on one line. With many labels,
 * only one short line close to its mark: what does not fit is shown on focus.
 */
function labelWordings(request: LabelRequest, style: LabelStyle, measure: MeasureText, many: boolean): Wording[] {
  const wrapped = many
    ? [wrapText(request.text, style.maxWidth, 1, measure)]
    : [
        wrapText(request.text, style.maxWidth, style.maxLines, measure),
        wrapText(request.text, style.maxWidth * 1.35, Math.max(1, style.maxLines - 1), measure),
        wrapText(request.text, style.maxWidth * 0.7, style.maxLines + 1, measure),
        wrapText(request.text, style.maxWidth * 1.2, style.maxLines, measure),
        wrapText(request.text, style.maxWidth, 1, measure),
      ];
  return wrapped.map(({ lines, truncated }) => ({
    lines,
    truncated,
    width: Math.ceil(Math.max(...lines.map(measure))),
    height: lines.length * style.lineHeight,
  }));
}

function placeInOrder(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: { readonly boxes: readonly Box[]; readonly circles: readonly Circle[] },
  style: LabelStyle,
  wordingsOf: (request: LabelRequest) => readonly Wording[],
  /** With many labels: a width no wording of the label is narrower than (see `placeSampling`). */
  narrowest: ((request: LabelRequest) => number) | null,
  /** Pass over spots where the label's smallest wording does not fit (see `placeTryingEach`). */
  probe: boolean,
): LabelLayout {
  const taken = new GridIndex<Box>(GRID_CELL);
  for (const box of obstacles.boxes) taken.insert(box, box);
  const marks = new GridIndex<Circle>(GRID_CELL);
  for (const mark of [...obstacles.circles, ...requests.map((r) => ({ x: r.x, y: r.y, r: r.r }))]) {
    marks.insert({ x: mark.x - mark.r, y: mark.y - mark.r, width: 2 * mark.r, height: 2 * mark.r }, mark);
  }
  const placed: PlacedLabel[] = [];
  const hidden: string[] = [];
  const many = requests.length > MANY_LABELS;
  const ringGroups = many ? [[0, 1]] : [[0, 1], [2, 3], [4, 5], [6, 7]];
  /** Whether a box of `width` × `height` at this spot stays in bounds and clear of placed labels, obstacles and marks. */
  const clear = (request: LabelRequest, direction: readonly [number, number], ring: number, width: number, height: number) => {
    const { box } = candidateBox(request, direction, style.gap + (RINGS[ring] ?? 0), width, height);
    return (
      boxInside(box, bounds) &&
      !taken.some(box, style.padding, (other) => boxesOverlap(box, other, style.padding)) &&
      !marks.some(box, style.padding, (mark) => boxOverlapsCircle(box, mark, style.padding))
    );
  };
  /** The label in this wording at this spot, if the spot is free (and a leader to it crosses no other mark). */
  const spotFor = (request: LabelRequest, wording: Wording, direction: readonly [number, number], ring: number): PlacedLabel | null => {
    if (!clear(request, direction, ring, wording.width, wording.height)) return null;
    const { box, anchor } = candidateBox(request, direction, style.gap + (RINGS[ring] ?? 0), wording.width, wording.height);
    const end = nearestPointOnBox(box, request.x, request.y);
    const leader = ring > 0 ? { x1: request.x, y1: request.y, x2: end.x, y2: end.y } : null;
    // A leader may not run through another mark: it would point the reader to the wrong one.
    if (leader) {
      const own = (mark: Circle) => mark.x === request.x && mark.y === request.y;
      if (marks.some(segmentBox(leader), 0, (mark) => !own(mark) && segmentMeetsCircle(leader, mark, 1))) return null;
    }
    return { id: request.id, lines: wording.lines, truncated: wording.truncated, box, anchor, leader };
  };

  /**
   * Whole wordings first, on every ring (a leader line costs less than a cut label); a cut wording only where no
   * whole one fits anywhere. Up to 2 × 8 × 5 × 16 tries: a spot where a box as small as the label's smallest wording
   * is not clear is passed over for every wording (each wording's box there contains it, see `candidateBox`), so a
   * crowded mark's search costs one look per spot rather than one per wording (what the `tryEach` option skips).
   */
  const placeTryingEach = (request: LabelRequest): PlacedLabel | null => {
    const variants = wordingsOf(request);
    const measurable = probe && variants.length > 0 && variants.every((w) => Number.isFinite(w.width) && w.height > 0);
    const smallest = measurable ? { width: Math.min(...variants.map((w) => w.width)), height: Math.min(...variants.map((w) => w.height)) } : null;
    // Per spot (ring × direction): undefined until looked at, then whether the smallest box is clear there.
    const open: (boolean | undefined)[] = [];
    const mayFit = (ring: number, d: number) => {
      if (!smallest) return true;
      const at = ring * DIRECTIONS.length + d;
      return (open[at] ??= clear(request, DIRECTIONS[d]!, ring, smallest.width, smallest.height));
    };
    for (const whole of [true, false]) {
      for (const ringGroup of ringGroups) {
        for (const wording of variants) {
          if (wording.truncated === whole) continue;
          for (const ring of ringGroup) {
            for (let d = 0; d < DIRECTIONS.length; d += 1) {
              if (!mayFit(ring, d)) continue;
              const spot = spotFor(request, wording, DIRECTIONS[d]!, ring);
              if (spot) return spot;
            }
          }
        }
      }
    }
    return null;
  };

  /**
   * With many labels each has one wording (one line), tried on the nearest rings, in the same order. A box
   * `narrowest` wide and one line high, set at the same side of the mark, lies inside the wording's box at
   * every spot: where it is not clear, the wording is not either. The wording is worked out at the first spot
   * where it is, so a mark with no room anywhere costs no wrapping and no measuring of its text.
   */
  const placeSampling = (request: LabelRequest, narrowest: number): PlacedLabel | null => {
    let wording: Wording | undefined;
    for (const ring of ringGroups.flat()) {
      for (const direction of DIRECTIONS) {
        if (!clear(request, direction, ring, narrowest, style.lineHeight)) continue;
        wording ??= wordingsOf(request)[0];
        if (!wording) return null;
        const spot = spotFor(request, wording, direction, ring);
        if (spot) return spot;
      }
    }
    return null;
  };

  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const request of ordered) {
    const label = narrowest ? placeSampling(request, narrowest(request)) : placeTryingEach(request);
    if (label) {
      placed.push(label);
      taken.insert(label.box, label.box);
    } else {
      hidden.push(request.id);
    }
  }
  return { placed, hidden };
}
