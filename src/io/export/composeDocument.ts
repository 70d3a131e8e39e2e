import { wrapText, type MeasureText } from '../../domain/chart/wrapText';
import { escapeXml } from './svgMarkup';

/** A legend entry: a 16 × 16 px SVG drawing and what it means. */
export interface LegendItem {
  readonly svg: string;
  readonly label: string;
}

/** What every exported image carries besides the views themselves. */
export interface ExportMeta {
  readonly title: string;
  /** The active filters in words, or a word for "no filter". */
  readonly filterLine: string;
  /** "12 initiatives sur 31 · 7 clusters sur 32". */
  readonly countsLine: string;
  readonly legend: readonly LegendItem[];
  readonly sourceLine: string;
  /** The basemap's attribution, for images that show the map. */
  readonly attribution: string | null;
  /** Dataset version and export date. */
  readonly versionLine: string;
  readonly permalink: string;
  /** Anything the reader should know about this export (e.g. tiles left out). */
  readonly notes: readonly string[];
}

/** A piece of the views, placed in the content box (px, top-left origin). */
export type ContentPart =
  | { readonly kind: 'svg'; readonly markup: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly kind: 'image'; readonly href: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly kind: 'caption'; readonly text: string; readonly x: number; readonly y: number };

export interface DocumentMeasures {
  readonly title: MeasureText;
  readonly text: MeasureText;
  readonly bold: MeasureText;
  readonly small: MeasureText;
}

interface TextLine {
  readonly text: string;
  readonly x: number;
  /** Baseline. */
  readonly y: number;
  readonly size: number;
  readonly weight: 400 | 600;
  readonly color: string;
}

export interface DocumentLayout {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly TextLine[];
  readonly content: { readonly x: number; readonly y: number; readonly parts: readonly ContentPart[] };
  readonly legend: readonly { readonly svg: string; readonly x: number; readonly y: number; readonly label: TextLine }[];
}

const PAD = 24;
const MIN_INNER_WIDTH = 520;
const INK = '#1b1f24';
const MUTED = '#505a66';

/**
 * Lays out an export: title, filters in words, counts, the views, the legend
 * of what is visible, then source, attribution, notes, version and date, and
 * the permalink. Pure: text is measured by the functions given.
 */
export function layoutDocument(
  meta: ExportMeta,
  content: { readonly width: number; readonly height: number; readonly parts: readonly ContentPart[] },
  measure: DocumentMeasures,
): DocumentLayout {
  const inner = Math.max(MIN_INNER_WIDTH, Math.ceil(content.width));
  const width = inner + 2 * PAD;
  const lines: TextLine[] = [];
  let y = PAD;
  const block = (text: string, size: number, weight: 400 | 600, color: string, lineHeight: number, maxLines: number, fit: MeasureText) => {
    for (const line of wrapText(text, inner, maxLines, fit).lines) {
      y += lineHeight;
      lines.push({ text: line, x: PAD, y: y - Math.round(lineHeight * 0.25), size, weight, color });
    }
  };

  block(meta.title, 22, 600, INK, 28, 3, measure.title);
  y += 4;
  block(meta.filterLine, 13, 400, MUTED, 18, 4, measure.text);
  block(meta.countsLine, 13, 600, INK, 18, 2, measure.bold);
  y += 10;

  const contentBox = { x: PAD + Math.round((inner - content.width) / 2), y, parts: content.parts };
  y += Math.ceil(content.height) + 14;

  const legend: DocumentLayout['legend'][number][] = [];
  let x = PAD;
  let rowTop = y;
  for (const item of meta.legend) {
    const itemWidth = 16 + 6 + Math.ceil(measure.text(item.label)) + 18;
    if (x > PAD && x + itemWidth - 18 > PAD + inner) {
      x = PAD;
      rowTop += 22;
    }
    legend.push({ svg: item.svg, x, y: rowTop + 2, label: { text: item.label, x: x + 22, y: rowTop + 15, size: 13, weight: 400, color: INK } });
    x += itemWidth;
  }
  if (meta.legend.length > 0) y = rowTop + 22 + 8;

  const footer = [meta.sourceLine, ...(meta.attribution ? [meta.attribution] : []), ...meta.notes, meta.versionLine, meta.permalink];
  for (const text of footer) block(text, 11, 400, MUTED, 15, 3, measure.small);
  y += PAD;

  return { width, height: Math.ceil(y), lines, content: contentBox, legend };
}

function textElement(line: TextLine): string {
  return `<text x="${line.x}" y="${line.y}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.color}">${escapeXml(line.text)}</text>`;
}

/** The laid-out document as one standalone SVG (fonts embedded), ready to save or to rasterise. */
export function documentSvg(layout: DocumentLayout, fontFaces: string): string {
  const { content } = layout;
  const parts = content.parts.map((part) => {
    const x = content.x + part.x;
    const y = content.y + part.y;
    if (part.kind === 'caption') {
      return textElement({ text: part.text, x, y, size: 14, weight: 600, color: INK });
    }
    if (part.kind === 'image') {
      return `<image x="${x}" y="${y}" width="${part.width}" height="${part.height}" href="${escapeXml(part.href)}"/>`;
    }
    // A nested <svg> keeps the chart's own coordinates; it is already serialised markup.
    return `<g transform="translate(${x},${y})">${part.markup}</g>`;
  });
  const legend = layout.legend.map((item) => `<g transform="translate(${item.x},${item.y})">${item.svg}</g>${textElement(item.label)}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="Inter, 'DejaVu Sans', sans-serif">`,
    `<style>${fontFaces}</style>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    ...layout.lines.map(textElement),
    ...parts,
    ...legend,
    '</svg>',
  ].join('');
}
