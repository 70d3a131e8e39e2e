import { boxesOverlap, boxInside, boxOverlapsCircle, type Box, type Circle } from './geometry';
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
const RINGS = [0, 10, 22, 36, 54, 76];

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
  // Greedy placement depends on order: when labels are left out, they go first in another
  // pass (a few at most); the pass that hides the fewest wins.
  let best = placeInOrder(requests, bounds, obstacles, style, measure);
  let boosted = new Set<string>();
  // At a network's scale labels are a sample anyway: one pass, without retries.
  const passes = requests.length <= MANY_LABELS ? 4 : 0;
  for (let pass = 0; pass < passes && best.hidden.length > 0; pass += 1) {
    boosted = new Set([...boosted, ...best.hidden]);
    const reordered = requests.map((r) => (boosted.has(r.id) ? { ...r, priority: r.priority + 1000 } : r));
    const attempt = placeInOrder(reordered, bounds, obstacles, style, measure);
    if (attempt.hidden.length < best.hidden.length) best = attempt;
  }
  return best;
}

function placeInOrder(
  requests: readonly LabelRequest[],
  bounds: Box,
  obstacles: { readonly boxes: readonly Box[]; readonly circles: readonly Circle[] },
  style: LabelStyle,
  measure: MeasureText,
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
    // Fullest wording first; shorter ones only where the full one cannot fit. With many
    // labels, only one short line close to its mark: what does not fit is shown on focus.
    const variants = many
      ? [wrapText(request.text, style.maxWidth, 1, measure)]
      : [
          wrapText(request.text, style.maxWidth, style.maxLines, measure),
          wrapText(request.text, style.maxWidth * 1.35, Math.max(1, style.maxLines - 1), measure),
          wrapText(request.text, style.maxWidth * 0.7, style.maxLines + 1, measure),
          wrapText(request.text, style.maxWidth, 1, measure),
        ];
    const attempts: { variant: number; ring: number }[] = [];
    for (const ringGroup of many ? [[0, 1]] : [[0, 1], [2, 3], [4, 5]]) {
      for (let variant = 0; variant < variants.length; variant += 1) {
        for (const ring of ringGroup) attempts.push({ variant, ring });
      }
    }

    let result: PlacedLabel | null = null;
    search: for (const { variant, ring } of attempts) {
      const wrapped = variants[variant];
      if (!wrapped) continue;
      const width = Math.ceil(Math.max(...wrapped.lines.map(measure)));
      const height = wrapped.lines.length * style.lineHeight;
      for (const direction of DIRECTIONS) {
        const distance = style.gap + (RINGS[ring] ?? 0);
        const { box, anchor } = candidateBox(request, direction, distance, width, height);
        if (!boxInside(box, bounds)) continue;
        if (taken.some(box, style.padding, (other) => boxesOverlap(box, other, style.padding))) continue;
        if (marks.some(box, style.padding, (mark) => boxOverlapsCircle(box, mark, style.padding))) continue;
        const end = nearestPointOnBox(box, request.x, request.y);
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
