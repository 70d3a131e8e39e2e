import { wrapAddress, wrapText, type MeasureText } from '../../domain/chart/wrapText';
import { escapeXml } from './svgMarkup';
import { FONT_FAMILY, INK, INK_MUTED as MUTED } from '../../domain/designTokens';

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
  | {
      readonly kind: 'svg';
      readonly markup: string;
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      /** Enlargement of the drawing (a slide lays Figure 1 out smaller, then enlarges it). */
      readonly scale?: number;
    }
  | { readonly kind: 'image'; readonly href: string; readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  | { readonly kind: 'caption'; readonly text: string; readonly x: number; readonly y: number; readonly size?: number };

export interface DocumentMeasures {
  readonly title: MeasureText;
  readonly text: MeasureText;
  readonly bold: MeasureText;
  readonly small: MeasureText;
}

export interface TextLine {
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
  /** Legend symbols (16 px drawings, enlarged by `scale`) and their words. */
  readonly legend: readonly { readonly svg: string; readonly x: number; readonly y: number; readonly scale: number; readonly labels: readonly TextLine[] }[];
}

/**
 * Legend entries flowed into rows of `width`: a symbol, then its words. Words
 * longer than a row take a row of their own, on two lines (then cut with an
 * ellipsis).
 */
export function flowLegend(
  items: readonly LegendItem[],
  box: { readonly x: number; readonly y: number; readonly width: number },
  style: { readonly size: number; readonly rowHeight: number; readonly symbol: number; readonly color: string },
  measure: MeasureText,
): { readonly entries: DocumentLayout['legend']; readonly height: number } {
  const entries: DocumentLayout['legend'][number][] = [];
  const gap = Math.round(style.symbol * 0.4);
  const spacing = Math.round(style.size * 1.4);
  const lineHeight = Math.round(style.size * 1.3);
  const textRoom = box.width - style.symbol - gap;
  let x = box.x;
  let rowTop = box.y;
  let rowHeight = style.rowHeight;
  const newRow = () => {
    x = box.x;
    rowTop += rowHeight;
    rowHeight = style.rowHeight;
  };
  for (const item of items) {
    const texts = wrapText(item.label, textRoom, LEGEND_MAX_LINES, measure).lines;
    const textWidth = Math.ceil(Math.max(0, ...texts.map(measure)));
    const itemWidth = style.symbol + gap + textWidth + spacing;
    if (x > box.x && (texts.length > 1 || x + itemWidth - spacing > box.x + box.width)) newRow();
    const symbolTop = rowTop + Math.round((style.rowHeight - style.symbol) / 2) - 2;
    const firstBaseline = symbolTop + Math.round(style.symbol / 2 + style.size * 0.36);
    entries.push({
      svg: item.svg,
      x,
      y: symbolTop,
      scale: style.symbol / 16,
      labels: texts.map((text, line) => ({
        text,
        x: x + style.symbol + gap,
        y: firstBaseline + line * lineHeight,
        size: style.size,
        weight: 400 as const,
        color: style.color,
      })),
    });
    x += itemWidth;
    if (texts.length > 1) {
      rowHeight = style.rowHeight + (texts.length - 1) * lineHeight;
      newRow();
    }
  }
  const lastRowUsed = x > box.x;
  return { entries, height: items.length > 0 ? rowTop - box.y + (lastRowUsed ? rowHeight : 0) : 0 };
}

const LEGEND_MAX_LINES = 2;

const PAD = 24;
const MIN_INNER_WIDTH = 520;
export { INK, INK_MUTED as MUTED } from '../../domain/designTokens';

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
  const write = (texts: readonly string[], size: number, weight: 400 | 600, color: string, lineHeight: number) => {
    for (const line of texts) {
      y += lineHeight;
      lines.push({ text: line, x: PAD, y: y - Math.round(lineHeight * 0.25), size, weight, color });
    }
  };
  const block = (text: string, size: number, weight: 400 | 600, color: string, lineHeight: number, maxLines: number, fit: MeasureText) =>
    write(wrapText(text, inner, maxLines, fit).lines, size, weight, color, lineHeight);

  block(meta.title, 22, 600, INK, 28, 3, measure.title);
  y += 4;
  block(meta.filterLine, 13, 400, MUTED, 18, 4, measure.text);
  block(meta.countsLine, 13, 600, INK, 18, 2, measure.bold);
  y += 10;

  const contentBox = { x: PAD + Math.round((inner - content.width) / 2), y, parts: content.parts };
  y += Math.ceil(content.height) + 14;

  const legend = flowLegend(meta.legend, { x: PAD, y, width: inner }, { size: 13, rowHeight: 22, symbol: 16, color: INK }, measure.text);
  if (meta.legend.length > 0) y += legend.height + 8;

  const footer = [meta.sourceLine, ...(meta.attribution ? [meta.attribution] : []), ...meta.notes, meta.versionLine];
  for (const text of footer) block(text, 11, 400, MUTED, 15, 3, measure.small);
  // The link to the view, whole: over more lines rather than cut.
  write(wrapAddress(meta.permalink, inner, measure.small), 11, 400, MUTED, 15);
  y += PAD;

  return { width, height: Math.ceil(y), lines, content: contentBox, legend: legend.entries };
}

export function textElement(line: TextLine): string {
  return `<text x="${line.x}" y="${line.y}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.color}">${escapeXml(line.text)}</text>`;
}

/** The laid-out document as one standalone SVG (fonts embedded), ready to save or to rasterise. */
export function documentSvg(layout: DocumentLayout, fontFaces: string): string {
  const { content } = layout;
  const parts = content.parts.map((part) => {
    const x = content.x + part.x;
    const y = content.y + part.y;
    if (part.kind === 'caption') {
      return textElement({ text: part.text, x, y, size: part.size ?? 14, weight: 600, color: INK });
    }
    if (part.kind === 'image') {
      // Both spellings of the link: SVG 2 readers take href, older ones (librsvg before 2.52, Inkscape 0.92) xlink:href.
      const href = escapeXml(part.href);
      return `<image x="${x}" y="${y}" width="${part.width}" height="${part.height}" href="${href}" xlink:href="${href}"/>`;
    }
    // A nested <svg> keeps the chart's own coordinates; it is already serialised markup.
    return `<g transform="translate(${x},${y})${part.scale && part.scale !== 1 ? ` scale(${part.scale})` : ''}">${part.markup}</g>`;
  });
  const legend = layout.legend.map(
    (item) => `<g transform="translate(${item.x},${item.y})${item.scale === 1 ? '' : ` scale(${item.scale})`}">${item.svg}</g>${item.labels.map(textElement).join('')}`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" font-family="${FONT_FAMILY}">`,
    `<style>${fontFaces}</style>`,
    `<rect width="${layout.width}" height="${layout.height}" fill="#ffffff"/>`,
    ...layout.lines.map(textElement),
    ...parts,
    ...legend,
    '</svg>',
  ].join('');
}
