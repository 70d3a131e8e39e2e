import { audienceBand, horizonBand, type AudienceBand, type HorizonBand } from './format';
import type { Box } from './chart/geometry';
import { GridIndex } from './chart/gridIndex';
import type { Initiative } from './schema';

/** One cell of the study's grid: an audience category by a horizon category, and what falls in it. */
export interface WhiteSpaceCell {
  readonly audience: AudienceBand;
  readonly horizon: HorizonBand;
  readonly initiatives: readonly Initiative[];
}

const AUDIENCES: readonly AudienceBand[] = ['members', 'mixed', 'wider'];
const HORIZONS: readonly HorizonBand[] = ['long', 'medium', 'short'];

/**
 * Where nobody acts: the study's two axes in their three categories each
 * (members / members and beyond / a wider public × short / medium / long
 * term), and the initiatives that fall in each of the nine cells — the
 * same thirds the filters' steps and the words of a position use. Long term
 * first, as Figure 1 reads from the top.
 */
export function whiteSpaceCells(initiatives: readonly Initiative[]): WhiteSpaceCell[] {
  const cells = new Map<string, Initiative[]>();
  for (const initiative of initiatives) {
    const key = `${audienceBand(initiative.audience)}|${horizonBand(initiative.horizon)}`;
    const list = cells.get(key);
    if (list) list.push(initiative);
    else cells.set(key, [initiative]);
  }
  return HORIZONS.flatMap((horizon) => AUDIENCES.map((audience) => ({ audience, horizon, initiatives: cells.get(`${audience}|${horizon}`) ?? [] })));
}

/** Where a cell's count is written: its text's anchor point (the baseline's start or end). */
export interface CountPlace {
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
}

/**
 * Where a cell of the grid writes its count: in the first of its corners (top
 * left, top right, bottom left, bottom right), then of the spots along its top
 * and bottom edges, then row by row across it, where a box of `text`'s size,
 * `inset` from the cell's edges, overlaps nothing (`overlapOf` gives the area a
 * box shares with Figure 1's labels, marks and domain names: a count written
 * over a label's word reads as part of it, « Implan5tation »); where none is
 * free, the spot it overlaps least.
 */
export function placeCellCount(
  cell: Box,
  text: { readonly width: number; readonly height: number },
  overlapOf: (box: Box) => number,
  inset = 4,
): CountPlace {
  const left = cell.x + inset;
  const right = cell.x + cell.width - inset;
  const top = cell.y + inset;
  const bottom = cell.y + cell.height - inset - text.height;
  const spots: { x: number; y: number; anchor: 'start' | 'end' }[] = [
    { x: left, y: top, anchor: 'start' },
    { x: right, y: top, anchor: 'end' },
    { x: left, y: bottom, anchor: 'start' },
    { x: right, y: bottom, anchor: 'end' },
  ];
  // Then along the top and bottom edges, an eighth of the cell at a time; then row by row in between.
  const step = Math.max(8, (right - left - text.width) / 8);
  const across = (y: number) => {
    for (let x = left + step; x + text.width < right; x += step) spots.push({ x, y, anchor: 'start' });
  };
  across(top);
  across(bottom);
  for (let y = top + text.height; y < bottom; y += text.height) {
    spots.push({ x: left, y, anchor: 'start' }, { x: right, y, anchor: 'end' });
    across(y);
  }
  let best: CountPlace | null = null;
  let bestOverlap = Infinity;
  for (const { x, y, anchor } of spots) {
    // The baseline sits a fifth of the text's height above its box's bottom (room for descenders).
    const place = { x, y: y + text.height * 0.8, anchor };
    const overlap = overlapOf({ x: anchor === 'start' ? x : x - text.width, y, width: text.width, height: text.height });
    if (overlap === 0) return place;
    if (overlap < bestOverlap) {
      best = place;
      bestOverlap = overlap;
    }
  }
  return best ?? { x: left, y: top + text.height * 0.8, anchor: 'start' };
}

/**
 * How much a box overlaps what is drawn: the areas it shares with the boxes
 * of `taken`, each grown by `gap` on every side (so a box closer than `gap`
 * to one counts as touching it), found through a grid index (a network draws
 * thousands of marks).
 */
export function overlapWith(taken: readonly Box[], gap = 2): (box: Box) => number {
  const index = new GridIndex<Box>(OVERLAP_CELL);
  for (const box of taken) index.insert(box, box);
  return (box) => {
    let area = 0;
    // A box filed in several cells of the index is met once per cell: counted once.
    const met = new Set<Box>();
    index.some(box, gap, (other) => {
      if (met.has(other)) return false;
      met.add(other);
      const width = Math.min(box.x + box.width, other.x + other.width + gap) - Math.max(box.x, other.x - gap);
      const height = Math.min(box.y + box.height, other.y + other.height + gap) - Math.max(box.y, other.y - gap);
      if (width > 0 && height > 0) area += width * height;
      return false;
    });
    return area;
  };
}

/** Grid cell (px) of the overlap index: about a label's width. */
const OVERLAP_CELL = 96;
