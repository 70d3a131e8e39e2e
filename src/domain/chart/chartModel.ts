import { dataText, type Language } from '../language';
import { symbol, symbolCircle, symbolsFill, type SymbolType } from 'd3';
import { linearScale } from './linearScale';
import type { Domain, Initiative } from '../schema';
import { paddedHull, polygonPath } from './domainRegions';
import { boxesOverlap, boxInside, type Box } from './geometry';
import { placeLabels, type LabelLayout, type LabelStyle } from './placeLabels';
import { truncateToWidth, wrapText, type MeasureText } from './wrapText';


export interface ChartInput {
  readonly initiatives: readonly Initiative[];
  readonly domains: readonly Domain[];
  readonly width: number;
  readonly height: number;
  readonly language: Language;
  /** Measures label text at LABEL_FONT (canvas in the browser, an estimate in tests). */
  readonly measure: MeasureText;
  /** Measures domain names at DOMAIN_FONT. */
  readonly measureDomain: MeasureText;
  /** The four ends of the axes, in the current language. */
  readonly axisText: AxisText;
}

export interface AxisText {
  readonly members: string;
  readonly wider: string;
  readonly short: string;
  readonly long: string;
}

/** One axis-end caption: its lines, and where the first line's baseline starts. */
export interface AxisCaption {
  readonly lines: readonly string[];
  readonly x: number;
  readonly y: number;
  readonly anchor: 'start' | 'end';
}

export interface ChartAxes {
  /** Horizontal axis, along the bottom of the plot: members (left) → wider public (right). */
  readonly x: { readonly y: number; readonly x1: number; readonly x2: number; readonly start: AxisCaption; readonly end: AxisCaption };
  /** Vertical axis, along the left of the plot: short term (bottom) → long term (top); captions are rotated. */
  readonly y: { readonly x: number; readonly y1: number; readonly y2: number; readonly start: AxisCaption; readonly end: AxisCaption };
}

export interface ChartMark {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Radius the mark occupies (for hit-testing and label avoidance). */
  readonly r: number;
  readonly domainId: string;
  /** The domain's order (1-based), which picks its symbol. */
  readonly domainOrder: number;
  readonly color: string;
  /** SVG path of the domain's symbol, centred on 0,0: shape as well as colour tells domains apart. */
  readonly symbolPath: string;
  readonly caseStudy: number | null;
  readonly label: string;
}

export interface DomainRegion {
  readonly id: string;
  readonly color: string;
  readonly path: string;
  readonly label: { readonly text: string; readonly box: Box } | null;
}

export interface ChartModel {
  readonly width: number;
  readonly height: number;
  /** The area the axes span. */
  readonly plot: Box;
  readonly compact: boolean;
  readonly marks: readonly ChartMark[];
  readonly regions: readonly DomainRegion[];
  readonly labels: LabelLayout;
  readonly labelStyle: LabelStyle;
  readonly axes: ChartAxes;
  /** Edges of the study's thirds on each axis, in pixels: x left to right, y top (long term) to bottom. */
  readonly thirds: { readonly x: readonly [number, number, number, number]; readonly y: readonly [number, number, number, number] };
}

export const LABEL_FONT_SIZE = 11;
export const DOMAIN_FONT_SIZE = 11;
/** The ring around initiatives detailed in a case study sits this far outside the symbol. */
const CASE_STUDY_RING = 3;
const HULL_PADDING = 13;
/** Below this width the chart is laid out for a phone: shorter labels, fewer lines. */
export const COMPACT_WIDTH = 520;

export const MARGIN = { top: 10, right: 10, bottom: 44, left: 30 } as const;

export const SYMBOL_SIZE = 90;

export function domainSymbolType(order: number): SymbolType {
  return symbolsFill[(order - 1 + symbolsFill.length) % symbolsFill.length] ?? symbolCircle;
}

/** The symbol a domain is drawn with, by its order (1-based), cycling if a dataset has more than seven. */
export function domainSymbolPath(order: number, size = SYMBOL_SIZE): string {
  return symbol(domainSymbolType(order), size)() ?? '';
}

/**
 * How far a symbol reaches from its centre. Symbols of equal area differ in
 * reach (a star's points go further than a circle's edge), and labels must
 * clear the points, so this is measured by drawing the symbol into a
 * recording context.
 */
export function symbolReach(order: number, size = SYMBOL_SIZE): number {
  let reach = 0;
  const visit = (x: number, y: number, r = 0) => {
    reach = Math.max(reach, Math.hypot(x, y) + r);
  };
  domainSymbolType(order).draw(
    {
      moveTo: visit,
      lineTo: visit,
      arc: (x: number, y: number, r: number) => visit(x, y, r),
      rect: (x: number, y: number, w: number, h: number) => {
        visit(x, y);
        visit(x + w, y + h);
      },
      closePath: () => undefined,
    } as unknown as CanvasPath, // Only the calls d3's symbols make are recorded.
    size,
  );
  return reach;
}

/**
 * Lays out Figure 1: where each initiative sits on the two axes, the region
 * of each domain, and where each label goes. Pure: the same input gives the
 * same model, and rendering only maps it to SVG.
 */
/** Marks closer than this (in pixels) crowd each other: the most crowded choose their label's place first. */
const CROWDING_RADIUS = 90;

/**
 * How many other points lie closer than `radius` to each point. Through a
 * grid of `radius`-wide cells, so only the cells around a point are looked
 * at, and each pair once (a cell with itself and four of its neighbours):
 * comparing every pair took 100 ms of a network's 2,000 initiatives, in the
 * render that shows them, and the grid with text keys still tens.
 */
export function neighbourCounts(points: readonly { readonly x: number; readonly y: number }[], radius: number): number[] {
  const counts = new Array<number>(points.length).fill(0);
  // A cell's key: its column and row in one number (a figure's cells are counted in tens, far below the stride).
  const keyOf = (column: number, row: number) => column * CELL_KEY_STRIDE + row;
  const cells = new Map<number, { readonly column: number; readonly row: number; readonly members: number[] }>();
  points.forEach((point, i) => {
    const column = Math.floor(point.x / radius);
    const row = Math.floor(point.y / radius);
    const key = keyOf(column, row);
    const cell = cells.get(key);
    if (cell) cell.members.push(i);
    else cells.set(key, { column, row, members: [i] });
  });
  const countPairs = (a: readonly number[], b: readonly number[], sameCell: boolean) => {
    for (let m = 0; m < a.length; m += 1) {
      const i = a[m] as number;
      const p = points[i] as { x: number; y: number };
      for (let n = sameCell ? m + 1 : 0; n < b.length; n += 1) {
        const j = b[n] as number;
        const q = points[j] as { x: number; y: number };
        if (Math.hypot(q.x - p.x, q.y - p.y) < radius) {
          counts[i] = (counts[i] as number) + 1;
          counts[j] = (counts[j] as number) + 1;
        }
      }
    }
  };
  for (const { column, row, members } of cells.values()) {
    countPairs(members, members, true);
    // The neighbours after this cell: right, and the three below; the others count this pair from their side.
    for (const [dx, dy] of FORWARD_NEIGHBOURS) {
      const other = cells.get(keyOf(column + dx, row + dy));
      if (other) countPairs(members, other.members, false);
    }
  }
  return counts;
}

const CELL_KEY_STRIDE = 1 << 20;
const FORWARD_NEIGHBOURS: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 1],
  [0, 1],
  [1, 1],
];

export function chartModel(input: ChartInput): ChartModel {
  const { width, height, language, measure } = input;
  const compact = width < COMPACT_WIDTH;
  const plot: Box = {
    x: MARGIN.left,
    y: MARGIN.top,
    width: Math.max(0, width - MARGIN.left - MARGIN.right),
    height: Math.max(0, height - MARGIN.top - MARGIN.bottom),
  };
  // Inset so that marks and their regions never sit on the axes.
  const inset = HULL_PADDING + 4;
  const x = linearScale([0, 1], [plot.x + inset, plot.x + plot.width - inset]);
  // Short term (0) at the bottom, long term (1) at the top, as in the study's figure.
  const y = linearScale([0, 1], [plot.y + plot.height - inset, plot.y + inset]);

  const domainsById = new Map(input.domains.map((d) => [d.id, d]));
  const marks: ChartMark[] = input.initiatives.map((initiative) => {
    const domain = domainsById.get(initiative.domain);
    return {
      id: initiative.id,
      x: x(initiative.audience),
      y: y(initiative.horizon),
      r: symbolReach(domain?.order ?? 1) + (initiative.caseStudy !== null ? CASE_STUDY_RING : 0),
      domainId: initiative.domain,
      domainOrder: domain?.order ?? 1,
      color: domain?.color ?? '#555555',
      symbolPath: domainSymbolPath(domain?.order ?? 1),
      caseStudy: initiative.caseStudy,
      label: dataText(initiative.label, language),
    };
  });


  const labelStyle: LabelStyle = compact
    ? { lineHeight: LABEL_FONT_SIZE + 2, maxWidth: Math.max(70, width * 0.26), maxLines: 2, gap: 3, padding: 2 }
    : { lineHeight: LABEL_FONT_SIZE + 2, maxWidth: Math.max(110, Math.min(170, width * 0.2)), maxLines: 3, gap: 3, padding: 2 };

  // Crowded marks choose first: the isolated ones will still find room.
  const crowding = neighbourCounts(marks, CROWDING_RADIUS);
  const labels = placeLabels(
    marks.map((mark, i) => ({
      id: mark.id,
      x: mark.x,
      y: mark.y,
      r: mark.r,
      text: mark.label,
      priority: (crowding[i] ?? 0) + (mark.caseStudy !== null ? 0.5 : 0),
    })),
    // Right of the vertical axis and above the horizontal one: labels never cross the axes or their captions.
    { x: plot.x + 3, y: 0, width: width - plot.x - 3, height: plot.y + plot.height - 3 },
    { boxes: [], circles: [] },
    labelStyle,
    measure,
  );
  // Domain names come second: the legend names every domain, a mark's label has no substitute.
  const regions = layoutRegions(input, marks, plot, labels.placed.map((label) => label.box));

  const thirds = {
    x: [plot.x, x(1 / 3), x(2 / 3), plot.x + plot.width] as const,
    y: [plot.y, y(2 / 3), y(1 / 3), plot.y + plot.height] as const,
  };
  return { width, height, plot, compact, marks, regions, labels, labelStyle, axes: layoutAxes(input, plot), thirds };
}

const AXIS_LINE_HEIGHT = LABEL_FONT_SIZE + 2;

/** Axis captions wrap to two lines, each within half its axis, so the two ends never meet. */
function layoutAxes(input: ChartInput, plot: Box): ChartAxes {
  const { axisText, measure } = input;
  const bottom = plot.y + plot.height;
  const half = (length: number) => Math.max(40, length / 2 - 8);
  const xCaption = (text: string, anchor: 'start' | 'end'): AxisCaption => ({
    lines: wrapText(text, half(plot.width), 2, measure).lines,
    x: anchor === 'start' ? plot.x : plot.x + plot.width,
    y: bottom + 6 + AXIS_LINE_HEIGHT,
    anchor,
  });
  // Rotated -90°: in the rotated frame x runs upwards along the axis, y leftwards from it.
  const yCaption = (text: string, anchor: 'start' | 'end'): AxisCaption => {
    const lines = wrapText(text, half(plot.height), 2, measure).lines;
    // The last line's baseline sits just left of the axis; earlier lines stack further left.
    return { lines, x: anchor === 'start' ? bottom : plot.y, y: plot.x - 5 - (lines.length - 1) * AXIS_LINE_HEIGHT, anchor };
  };
  return {
    x: { y: bottom, x1: plot.x, x2: plot.x + plot.width, start: xCaption(input.axisText.members, 'start'), end: xCaption(axisText.wider, 'end') },
    y: { x: plot.x, y1: bottom, y2: plot.y, start: yCaption(axisText.short, 'start'), end: yCaption(axisText.long, 'end') },
  };
}

/** A rounded box around a lone mark, wider than tall. */
function loneRegion(mark: { readonly x: number; readonly y: number }, padding: number): [number, number][] {
  const halfWidth = padding * 1.7;
  const halfHeight = padding;
  const round = padding * 0.45;
  const corners: [number, number][] = [];
  for (const [cx, cy, from] of [
    [halfWidth - round, -halfHeight + round, -90],
    [halfWidth - round, halfHeight - round, 0],
    [-halfWidth + round, halfHeight - round, 90],
    [-halfWidth + round, -halfHeight + round, 180],
  ] as const) {
    for (let step = 0; step <= 4; step += 1) {
      const angle = ((from + step * 22.5) * Math.PI) / 180;
      corners.push([mark.x + cx + round * Math.cos(angle), mark.y + cy + round * Math.sin(angle)]);
    }
  }
  return corners;
}

/** Each domain's region, and its name on the region's edge (above, below, or beside it) where it has room. */
function layoutRegions(input: ChartInput, marks: readonly ChartMark[], plot: Box, labelBoxes: readonly Box[]): DomainRegion[] {
  const taken: Box[] = [...labelBoxes];
  const lineHeight = DOMAIN_FONT_SIZE + 3;
  return [...input.domains]
    .sort((a, b) => a.order - b.order)
    .map((domain) => {
      const own = marks.filter((m) => m.domainId === domain.id);
      if (own.length === 0) return { id: domain.id, color: domain.color, path: '', label: null };
      // A lone initiative's region is a rounded box, not a circle: a circle round a mark is how a case study is ringed.
      const hull = own.length === 1 ? loneRegion(own[0]!, HULL_PADDING) : paddedHull(own, HULL_PADDING);
      // A name longer than the room for it is cut (the legend and the tables keep it whole): 260 px holds every study name.
      const text = truncateToWidth(domain.shortLabel[input.language], Math.min(plot.width - 4, Math.max(260, plot.width / 2)), input.measureDomain);
      const textWidth = Math.ceil(input.measureDomain(text));
      const top = Math.min(...hull.map(([, py]) => py));
      const bottom = Math.max(...hull.map(([, py]) => py));
      const centre = own.reduce((sum, m) => sum + m.x, 0) / own.length;
      const middleY = own.reduce((sum, m) => sum + m.y, 0) / own.length;
      const left = Math.min(...hull.map(([px]) => px));
      const right = Math.max(...hull.map(([px]) => px));
      // On the region's edge: above it, then below it, centred first, then slid sideways; else beside it.
      const besideY = [top, (top + bottom) / 2 - lineHeight / 2, bottom - lineHeight];
      const candidates: Box[] = [
        ...[top - lineHeight - 1, bottom + 1].flatMap((y) =>
          [0, -40, 40, -80, 80].map((shift) => ({ x: centre - textWidth / 2 + shift, y, width: textWidth, height: lineHeight })),
        ),
        ...besideY.flatMap((y) => [
          { x: right + 3, y, width: textWidth, height: lineHeight },
          { x: left - textWidth - 3, y, width: textWidth, height: lineHeight },
        ]),
        // Crowded: just outside any corner of the region, the highest first.
        ...[...hull]
          .sort(([, ay], [, by]) => ay - by)
          .flatMap(([px, py]) => [
            { x: px - textWidth / 2, y: py - lineHeight - 1, width: textWidth, height: lineHeight },
            { x: px - textWidth / 2, y: py + 1, width: textWidth, height: lineHeight },
            { x: px + 3, y: py - lineHeight / 2, width: textWidth, height: lineHeight },
            { x: px - textWidth - 3, y: py - lineHeight / 2, width: textWidth, height: lineHeight },
          ]),
        // Last, inside the region, where its marks and labels leave room.
        ...[[centre, middleY] as const, ...hull.map(([px, py]) => [(px + centre) / 2, (py + middleY) / 2] as const)].map(([cx, cy]) => ({
          x: cx - textWidth / 2,
          y: cy - lineHeight / 2,
          width: textWidth,
          height: lineHeight,
        })),
      ].map((box) => ({ ...box, x: Math.max(plot.x + 2, Math.min(box.x, plot.x + plot.width - textWidth - 2)) }));
      const box = candidates.find(
        (candidate) =>
          boxInside(candidate, plot) &&
          !taken.some((other) => boxesOverlap(candidate, other, 2)) &&
          !marks.some((m) => Math.abs(m.x - (candidate.x + candidate.width / 2)) < candidate.width / 2 + m.r && Math.abs(m.y - (candidate.y + candidate.height / 2)) < candidate.height / 2 + m.r),
      );
      if (box) taken.push(box);
      return { id: domain.id, color: domain.color, path: polygonPath(hull), label: box ? { text, box } : null };
    });
}
