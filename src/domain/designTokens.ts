/**
 * The one vocabulary of drawing, read by the page (DOM and SVG), the canvases
 * (map names, grouped headquarters) and the exported images alike, so that a
 * change here is a change everywhere. CSS mirrors the colours as custom
 * properties in app.css (`--ink`, `--ink-muted`, `--paper`).
 */

/** Text and strokes. */
export const INK = '#1b1f24';
/** Secondary text: filters in words, footers, axis captions. */
export const INK_MUTED = '#505a66';
export const PAPER = '#ffffff';
/** Inter ships with the app; DejaVu Sans is what renderers without it (librsvg) fall back to, of about its width. */
export const FONT_FAMILY = "Inter, 'DejaVu Sans', sans-serif";

/**
 * How strongly something is drawn, by its emphasis (`domain/emphasis.ts`): one table for Figure 1, the map on
 * screen (DOM markers and the grouped canvas) and the exports, which copy what the page draws.
 */
export const EMPHASIS_OPACITY = {
  /** Figure 1's marks: a faded mark stays as a trace of where an initiative sits, so nothing jumps when filtering. */
  marks: { highlighted: 1, normal: 1, dimmed: 0.45, faded: 0.15 },
  /** Headquarters: markers are small, so a faded one stays a little stronger than a faded mark. */
  markers: { highlighted: 1, normal: 1, dimmed: 0.45, faded: 0.2 },
} as const;
/** The faint dot the grouped map leaves where the filters empty a cell. */
export const EMPTY_CELL_DOT_OPACITY = 0.35;

/** A CSS / canvas font shorthand in the app's family. */
export function font(sizePx: number, weight: 400 | 600 = 400): string {
  return `${weight} ${sizePx}px ${FONT_FAMILY}`;
}

/** A headquarters' marker: filled in its type's colour when the study interviewed the cluster, hollow when it only cites it. */
export function markerPaint(color: string, interviewed: boolean): { readonly fill: string; readonly stroke: string; readonly strokeWidth: number } {
  return interviewed ? { fill: color, stroke: PAPER, strokeWidth: 1.5 } : { fill: PAPER, stroke: color, strokeWidth: 2.5 };
}

/** The legend's drawing of an initiative told in a case study (a ringed mark), in a 16 × 16 box centred on 0. */
export const CASE_STUDY_RING_LEGEND = { outer: 7, inner: 3.5, strokeWidth: 1.6, markFill: '#8a939c' } as const;

/** The same drawing as standalone SVG markup (exported legends). */
export function caseStudyRingSvg(): string {
  const ring = CASE_STUDY_RING_LEGEND;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="-8 -8 16 16"><circle r="${ring.outer}" fill="${PAPER}" stroke="${INK}" stroke-width="${ring.strokeWidth}"/><circle r="${ring.inner}" fill="${ring.markFill}"/></svg>`;
}
