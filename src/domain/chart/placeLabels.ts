import { boxesOverlap, boxInside, boxOverlapsCircle, segmentBox, segmentMeetsCircle, type Box, type Circle } from './geometry';
import { GridIndex } from './gridIndex';
import { wrapText, type MeasureText } from './wrapText';

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
): LabelLayout {
  // Greedy placement depends on order: when labels are left out or cut, they go first in
  // another pass (a few at most); the pass that hides the fewest, then cuts the fewest, wins.
  // Each label's wordings and their sizes are the same in every pass: worked out once.
  const wordings = new Map(requests.map((request) => [request.id, labelWordings(request, style, measure, requests.length > MANY_LABELS)]));
  let best = placeInOrder(requests, bounds, obstacles, style, wordings);
  let latest = best;
  let boosted = new Set<string>();
  // At a network's scale labels are a sample anyway: one pass, without retries.
  const passes = requests.length <= MANY_LABELS ? 6 : 0;
  for (let pass = 0; pass < passes && shortfall(best) > 0; pass += 1) {
    // What the last pass hid goes first next time; once it hid none, what it cut.
    const worse = latest.hidden.length > 0 ? latest.hidden : latest.placed.filter((label) => label.truncated).map((label) => label.id);
    if (worse.every((id) => boosted.has(id))) break;
    boosted = new Set([...boosted, ...worse]);
    const reordered = requests.map((r) => (boosted.has(r.id) ? { ...r, priority: r.priority + 1000 } : r));
    latest = placeInOrder(reordered, bounds, obstacles, style, wordings);
    if (shortfall(latest) < shortfall(best)) best = latest;
  }
  return best;
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
  wordings: ReadonlyMap<string, readonly Wording[]>,
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

  const ordered = [...requests].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const request of ordered) {
    // Whole wordings first, on every ring (a leader line costs less than a cut label); a cut
    // wording only where no whole one fits anywhere.
    const variants = wordings.get(request.id) ?? [];
    const ringGroups = many ? [[0, 1]] : [[0, 1], [2, 3], [4, 5], [6, 7]];
    const attempts: { variant: number; ring: number }[] = [];
    for (const whole of [true, false]) {
      for (const ringGroup of ringGroups) {
        for (let variant = 0; variant < variants.length; variant += 1) {
          if (variants[variant]!.truncated === whole) continue;
          for (const ring of ringGroup) attempts.push({ variant, ring });
        }
      }
    }

    let result: PlacedLabel | null = null;
    search: for (const { variant, ring } of attempts) {
      const wrapped = variants[variant];
      if (!wrapped) continue;
      const { width, height } = wrapped;
      for (const direction of DIRECTIONS) {
        const distance = style.gap + (RINGS[ring] ?? 0);
        const { box, anchor } = candidateBox(request, direction, distance, width, height);
        if (!boxInside(box, bounds)) continue;
        if (taken.some(box, style.padding, (other) => boxesOverlap(box, other, style.padding))) continue;
        if (marks.some(box, style.padding, (mark) => boxOverlapsCircle(box, mark, style.padding))) continue;
        const end = nearestPointOnBox(box, request.x, request.y);
        // A leader may not run through another mark: it would point the reader to the wrong one.
        if (ring > 0) {
          const leader = { x1: request.x, y1: request.y, x2: end.x, y2: end.y };
          const span = segmentBox(leader);
          const own = (mark: Circle) => mark.x === request.x && mark.y === request.y;
          if (marks.some(span, 0, (mark) => !own(mark) && segmentMeetsCircle(leader, mark, 1))) continue;
        }
        result = {
          id: request.id,
          lines: wrapped.lines,
          truncated: wrapped.truncated,
          box,
          anchor,
          leader: ring > 0 ? { x1: request.x, y1: request.y, x2: end.x, y2: end.y } : null,
        };
        break search;
      }
    }
    if (result) {
      placed.push(result);
      taken.insert(result.box, result.box);
    } else {
      hidden.push(request.id);
    }
  }
  return { placed, hidden };
}
