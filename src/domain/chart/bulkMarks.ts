import type { SymbolType } from 'd3';
import type { Emphasis } from '../emphasis';
import { domainSymbolType, SYMBOL_SIZE, type ChartMark } from './chartModel';

/**
 * Above this many initiatives, Figure 1 draws its marks in bulk: one path per
 * domain and emphasis instead of one interactive element per mark, so a
 * filter change rewrites a few dozen paths rather than thousands of nodes.
 */
export const BULK_MARKS_THRESHOLD = 300;

/** Drawn from back to front: what the filters leave out goes under everything else. */
const EMPHASIS_ORDER: readonly Emphasis[] = ['faded', 'dimmed', 'normal', 'highlighted'];

/** Marks of one domain with one emphasis, as two SVG paths (case-study rings, then symbols). */
export interface BulkMarkLayer {
  readonly key: string;
  readonly emphasis: Emphasis;
  readonly color: string;
  readonly symbols: string;
  /** Rings of the initiatives detailed in a case study; empty when there are none. */
  readonly rings: string;
  readonly count: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A symbol as a relative SVG path: where it starts from its centre, then
 * every step relative to the last, so placing it anywhere is one string
 * concatenation ("M x,y" + steps) instead of redrawing it command by command.
 */
export function relativeSymbol(type: SymbolType, size: number): { readonly startX: number; readonly startY: number; readonly steps: string } {
  let startX = 0;
  let startY = 0;
  let started = false;
  let x = 0;
  let y = 0;
  let subpathX = 0;
  let subpathY = 0;
  const steps: string[] = [];
  const moveTo = (nx: number, ny: number) => {
    if (!started) {
      startX = nx;
      startY = ny;
      started = true;
    } else steps.push(`m${round(nx - x)},${round(ny - y)}`);
    x = subpathX = nx;
    y = subpathY = ny;
  };
  type.draw(
    {
      moveTo,
      lineTo: (nx: number, ny: number) => {
        steps.push(`l${round(nx - x)},${round(ny - y)}`);
        x = nx;
        y = ny;
      },
      closePath: () => {
        steps.push('z');
        x = subpathX;
        y = subpathY;
      },
      // d3's circle: moveTo(r, 0) then a full turn around the centre, written as two half-turns.
      arc: (cx: number, cy: number, r: number) => {
        const rr = round(r);
        steps.push(`a${rr},${rr} 0 1,1 ${round(-2 * r)},0a${rr},${rr} 0 1,1 ${round(2 * r)},0`);
        x = cx + r;
        y = cy;
      },
      rect: (rx: number, ry: number, w: number, h: number) => {
        moveTo(rx, ry);
        steps.push(`h${round(w)}v${round(h)}h${round(-w)}z`);
      },
    } as unknown as CanvasPath, // Only the calls d3's symbols make are needed.
    size,
  );
  return { startX, startY, steps: steps.join('') };
}

const symbolCache = new Map<number, ReturnType<typeof relativeSymbol>>();
function symbolOf(order: number) {
  let symbol = symbolCache.get(order);
  if (!symbol) {
    symbol = relativeSymbol(domainSymbolType(order), SYMBOL_SIZE);
    symbolCache.set(order, symbol);
  }
  return symbol;
}

/**
 * Each mark's symbol as a standalone path ("M x,y" + the domain's steps),
 * computed once per layout so a filter change only joins strings.
 */
export function markPaths(marks: readonly ChartMark[]): ReadonlyMap<string, { readonly symbol: string; readonly ring: string }> {
  return new Map(
    marks.map((mark) => {
      const { startX, startY, steps } = symbolOf(mark.domainOrder);
      const r = round(mark.r);
      const ring =
        mark.caseStudy !== null ? `M${round(mark.x + mark.r)},${round(mark.y)}a${r},${r} 0 1,1 ${-2 * r},0a${r},${r} 0 1,1 ${2 * r},0` : '';
      return [mark.id, { symbol: `M${round(mark.x + startX)},${round(mark.y + startY)}${steps}`, ring }];
    }),
  );
}

/**
 * Groups the marks by emphasis and domain and writes each group as one path.
 * Pure, and linear in the number of marks.
 */
export function bulkMarkLayers(
  marks: readonly ChartMark[],
  paths: ReturnType<typeof markPaths>,
  emphasisOf: (id: string) => Emphasis,
): BulkMarkLayer[] {
  const groups = new Map<string, { emphasis: Emphasis; order: number; color: string; symbols: string[]; rings: string[] }>();
  for (const mark of marks) {
    const emphasis = emphasisOf(mark.id);
    const key = `${emphasis}|${mark.domainId}`;
    let group = groups.get(key);
    if (!group) {
      group = { emphasis, order: mark.domainOrder, color: mark.color, symbols: [], rings: [] };
      groups.set(key, group);
    }
    const path = paths.get(mark.id);
    if (!path) continue;
    group.symbols.push(path.symbol);
    if (path.ring) group.rings.push(path.ring);
  }
  const layers: BulkMarkLayer[] = [];
  for (const emphasis of EMPHASIS_ORDER) {
    const ofEmphasis = [...groups.entries()].filter(([, g]) => g.emphasis === emphasis).sort(([, a], [, b]) => a.order - b.order);
    for (const [key, group] of ofEmphasis) {
      layers.push({ key, emphasis, color: group.color, symbols: group.symbols.join(''), rings: group.rings.join(''), count: group.symbols.length });
    }
  }
  return layers;
}
