import { audienceBand, horizonBand, type AudienceBand, type HorizonBand } from './format';
import type { Box } from './chart/geometry';
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
 * and bottom edges, then row by row across it, where a box of `text`'s size, `inset` from the cell's
 * edges, touches none of `taken` (Figure 1's labels, marks and domain names:
 * a count written over a label's word reads as part of it, « Implan5tation »);
 * where none is free, the spot it overlaps least.
 */
export function placeCellCount(cell: Box, text: { readonly width: number; readonly height: number }, taken: readonly Box[], inset = 4): CountPlace {
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
  const corners = spots.map(({ x, y, anchor }) => ({
    // The baseline sits a fifth of the text's height above its box's bottom (room for descenders).
    place: { x, y: y + text.height * 0.8, anchor },
    box: { x: anchor === 'start' ? x : x - text.width, y, width: text.width, height: text.height },
  }));
  let best = corners[0]!;
  let bestOverlap = Infinity;
  for (const corner of corners) {
    const overlap = taken.reduce((sum, other) => sum + overlapArea(corner.box, other, 2), 0);
    if (overlap === 0) return corner.place;
    if (overlap < bestOverlap) {
      best = corner;
      bestOverlap = overlap;
    }
  }
  return best.place;
}

/** The area two boxes share, each grown by `gap` (so boxes closer than `gap` count as touching). */
function overlapArea(a: Box, b: Box, gap: number): number {
  const width = Math.min(a.x + a.width + gap, b.x + b.width + gap) - Math.max(a.x - gap, b.x - gap);
  const height = Math.min(a.y + a.height + gap, b.y + b.height + gap) - Math.max(a.y - gap, b.y - gap);
  return width > 0 && height > 0 ? width * height : 0;
}
