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

/** Each mark's symbol and case-study ring as standalone paths, in mark order. */
export interface MarkPaths {
  readonly symbols: readonly string[];
  /** Empty for marks without a case study. */
  readonly rings: readonly string[];
}

/**
 * Each mark's symbol as a standalone path ("M x,y" + the domain's steps),
 * computed once per layout so a filter change only joins strings.
 */
export function markPaths(marks: readonly ChartMark[]): MarkPaths {
  const symbols = marks.map((mark) => {
    const { startX, startY, steps } = symbolOf(mark.domainOrder);
    return `M${round(mark.x + startX)},${round(mark.y + startY)}${steps}`;
  });
  const rings = marks.map((mark) => {
    if (mark.caseStudy === null) return '';
    const r = round(mark.r);
    return `M${round(mark.x + mark.r)},${round(mark.y)}a${r},${r} 0 1,1 ${-2 * r},0a${r},${r} 0 1,1 ${2 * r},0`;
  });
  return { symbols, rings };
}

/**
 * Groups the marks by emphasis and domain and writes each group as one path.
 * Pure and linear in the number of marks, with numeric group keys (a filter
 * change at 2,000 marks runs it once).
 */
export function bulkMarkLayers(marks: readonly ChartMark[], paths: MarkPaths, emphasisOf: (mark: ChartMark) => Emphasis): BulkMarkLayer[] {
  // Buckets by domain (not by order: an imported dataset may give two domains one order), drawn in domain order.
  const domains = [...new Map(marks.map((m) => [m.domainId, m.domainOrder])).entries()].sort(([, a], [, b]) => a - b);
  const domainSlot = new Map(domains.map(([id], slot) => [id, slot]));
  const buckets = EMPHASIS_ORDER.flatMap((emphasis) =>
    domains.map(([domainId]) => ({ emphasis, domainId, color: '', symbols: [] as string[], rings: [] as string[] })),
  );
  const emphasisSlot: Record<Emphasis, number> = { faded: 0, dimmed: 1, normal: 2, highlighted: 3 };
  marks.forEach((mark, i) => {
    const bucket = buckets[emphasisSlot[emphasisOf(mark)] * domains.length + (domainSlot.get(mark.domainId) ?? 0)];
    if (!bucket) return;
    bucket.color = mark.color;
    bucket.symbols.push(paths.symbols[i] ?? '');
    const ring = paths.rings[i];
    if (ring) bucket.rings.push(ring);
  });
  return buckets
    .filter((bucket) => bucket.symbols.length > 0)
    .map((bucket) => ({
      key: `${bucket.emphasis}|${bucket.domainId}`,
      emphasis: bucket.emphasis,
      color: bucket.color,
      symbols: bucket.symbols.join(''),
      rings: bucket.rings.join(''),
      count: bucket.symbols.length,
    }));
}
