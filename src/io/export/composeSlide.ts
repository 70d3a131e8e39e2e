import { wrapAddress, wrapText, type MeasureText } from '../../domain/chart/wrapText';
import { flowLegend, INK, MUTED, type DocumentLayout, type ExportMeta, type TextLine } from './composeDocument';

/** A 16:9 slide, in CSS px: 1920 × 1080 at 1×, 3840 × 2160 at 2×. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
const PAD = 56;

/**
 * Type for a projector: the smallest text on a slide (the footer) is 16 px,
 * the legend 22 px; the views are enlarged so that their labels reach at
 * least 14 px (see CHART_ENLARGEMENT).
 */
const TYPE = {
  title: { size: 44, weight: 600, lineHeight: 54, maxLines: 2, color: INK },
  filters: { size: 24, weight: 400, lineHeight: 32, maxLines: 2, color: MUTED },
  counts: { size: 22, weight: 600, lineHeight: 30, maxLines: 1, color: INK },
  legend: { size: 22, rowHeight: 36, symbol: 26 },
  footer: { size: 16, weight: 400, lineHeight: 22, maxLines: 2, color: MUTED },
} as const;

/** Figure 1 is laid out this much smaller than its box, then enlarged: its 11 px labels become 14.3 px. */
export const CHART_ENLARGEMENT = 1.3;
/** Height of a view's caption above it (whole view). */
export const SLIDE_CAPTION = { size: 26, height: 40 } as const;

/** Measures text at a size and weight of the slide's font. */
export type MeasureAt = (size: number, weight: 400 | 600) => MeasureText;

export interface SlideFrame extends DocumentLayout {
  /** Where the views go, in slide px: the caller fills `content.parts` in this box. */
  readonly contentBox: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
}

/**
 * Lays out a slide around its views: title, filters in words and counts on
 * top; legend and footer (source, attribution, notes, version, link) at the
 * bottom; the views get all the room between. Pure: text is measured by the
 * function given.
 */
export function layoutSlide(meta: ExportMeta, measureAt: MeasureAt): SlideFrame {
  const inner = SLIDE_WIDTH - 2 * PAD;
  const lines: TextLine[] = [];
  let y = PAD - 8;
  const block = (text: string, style: { size: number; weight: 400 | 600; lineHeight: number; maxLines: number; color: string }) => {
    for (const line of wrapText(text, inner, style.maxLines, measureAt(style.size, style.weight)).lines) {
      y += style.lineHeight;
      lines.push({ text: line, x: PAD, y: y - Math.round(style.lineHeight * 0.22), size: style.size, weight: style.weight, color: style.color });
    }
  };
  block(meta.title, TYPE.title);
  y += 4;
  block(meta.filterLine, TYPE.filters);
  block(meta.countsLine, TYPE.counts);
  const contentTop = y + 20;

  // From the bottom up: footer, then legend.
  const footerTexts = [meta.sourceLine, ...(meta.attribution ? [meta.attribution] : []), ...meta.notes, meta.versionLine];
  const measureFooter = measureAt(TYPE.footer.size, 400);
  // The link to the view, whole: over more lines rather than cut (a link cut short leads nowhere).
  const footerLines = [...footerTexts.flatMap((text) => wrapText(text, inner, TYPE.footer.maxLines, measureFooter).lines), ...wrapAddress(meta.permalink, inner, measureFooter)];
  const footerTop = SLIDE_HEIGHT - PAD + 16 - footerLines.length * TYPE.footer.lineHeight;
  footerLines.forEach((text, i) =>
    lines.push({ text, x: PAD, y: footerTop + (i + 1) * TYPE.footer.lineHeight - 5, size: TYPE.footer.size, weight: 400, color: TYPE.footer.color }),
  );
  const legendStyle = { size: TYPE.legend.size, rowHeight: TYPE.legend.rowHeight, symbol: TYPE.legend.symbol, color: INK };
  const measureLegend = measureAt(TYPE.legend.size, 400);
  const legendHeight = flowLegend(meta.legend, { x: PAD, y: 0, width: inner }, legendStyle, measureLegend).height;
  const legendTop = footerTop - 14 - legendHeight;
  const legend = flowLegend(meta.legend, { x: PAD, y: legendTop, width: inner }, legendStyle, measureLegend).entries;

  const contentBox = { x: PAD, y: contentTop, width: inner, height: Math.max(200, legendTop - 16 - contentTop) };
  return { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, lines, legend, content: { x: contentBox.x, y: contentBox.y, parts: [] }, contentBox };
}

/** How the views share a slide's content box: Figure 1 on the left, the map on the right, each with its caption. */
export function slideViewBoxes(
  scope: 'whole' | 'chart' | 'map',
  box: { readonly width: number; readonly height: number },
  mapAspect: number,
): { readonly chart: Box | null; readonly map: Box | null } {
  if (scope === 'chart') return { chart: { x: 0, y: 0, width: box.width, height: box.height }, map: null };
  if (scope === 'map') return { chart: null, map: fit(mapAspect, { x: 0, y: 0, width: box.width, height: box.height }) };
  const gap = 48;
  const top = SLIDE_CAPTION.height;
  const height = box.height - top;
  // The map takes what it needs at full height (up to 45 % of the width); Figure 1 the rest.
  const mapWidth = Math.min(Math.round(box.width * 0.45), Math.round(height * mapAspect));
  const chartWidth = box.width - gap - mapWidth;
  return {
    chart: { x: 0, y: top, width: chartWidth, height },
    map: fit(mapAspect, { x: chartWidth + gap, y: top, width: mapWidth, height }),
  };
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The largest box of this aspect (width ÷ height) inside `box`, centred in it. */
function fit(aspect: number, box: Box): Box {
  const width = Math.min(box.width, box.height * aspect);
  const height = width / aspect;
  return { x: Math.round(box.x + (box.width - width) / 2), y: Math.round(box.y + (box.height - height) / 2), width: Math.round(width), height: Math.round(height) };
}
