import { captureMap, type CaptureOptions } from './captureMap';
import { documentSvg, layoutDocument, type ContentPart, type DocumentLayout, type DocumentMeasures, type ExportMeta } from './composeDocument';
import { CHART_ENLARGEMENT, layoutSlide, SLIDE_CAPTION, slideViewBoxes, type MeasureAt } from './composeSlide';
import { embeddedFontFaces } from './embeddedFont';
import { matrixSvg, type MatrixDrawing } from './matrixExport';
import { assertCanvasFits, ExportError } from './exportErrors';
import { canvasMeasure } from '../canvasMeasure';
import type { MeasureText } from '../../domain/chart/wrapText';
import { svgToImage } from './svgMarkup';
import type { ChartHandle, MapHandle, ViewHandles } from './viewHandles';
import { FONT_FAMILY } from '../../domain/designTokens';

/** What an image shows: the two views as laid out on screen, one of them, or the coverage matrix. */
export type ImageScope = 'whole' | 'chart' | 'map' | 'matrix';
/** A page the size of the views (for a report), or a 16:9 slide (for a presentation). */
export type ImageLayout = 'page' | 'slide';

export interface ImageExportRequest {
  readonly scope: ImageScope;
  readonly layout: ImageLayout;
  readonly format: 'png' | 'svg';
  /** Pixel density of a PNG (1 or 2); an SVG is vector. */
  readonly scale: number;
  /** Leave out what the filters exclude instead of fading it. */
  readonly hideFiltered: boolean;
  readonly meta: ExportMeta;
  /** Drawn into the image when the map's tiles had to be left out. */
  readonly tilesOmittedNote: string;
  /** Drawn into the footer when the PNG had to be made at a lower density than asked (browser canvas limits). */
  readonly lowerDensityNote: (density: number) => string;
  /** Drawn into the footer when the matrix has more rows than a picture holds. */
  readonly matrixRowsLeftOutNote: (shown: number, leftOut: number) => string;
  /** The views, as they hand themselves over (never looked up in the page by selectors). */
  readonly views: ViewHandles;
}

export interface ImageExport {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly tilesOmitted: boolean;
  /** The density of a PNG when lower than asked (it would not fit a browser canvas), else null. */
  readonly densityLowered: number | null;
}


/**
 * Room an SVG keeps for a fallback font: programs that ignore its embedded Inter (librsvg, so GNOME and many
 * converters) set its text in DejaVu Sans, about 12 % wider, and text wrapped to Inter's width ran past the
 * picture's edge there. A PNG is drawn in Inter by the browser, so its text is measured as it is.
 */
const FALLBACK_FONT_ROOM = 1.15;

/** Measures text in `font` as wide as the export's format may set it. */
function measureFor(format: ImageExportRequest['format']): (font: string) => MeasureText {
  if (format === 'png') return canvasMeasure;
  return (font) => {
    const inInter = canvasMeasure(font);
    return (text) => inInter(text) * FALLBACK_FONT_ROOM;
  };
}

function pageMeasures(format: ImageExportRequest['format']): DocumentMeasures {
  const measure = measureFor(format);
  return {
    title: measure(`600 22px ${FONT_FAMILY}`),
    text: measure(`13px ${FONT_FAMILY}`),
    bold: measure(`600 13px ${FONT_FAMILY}`),
    small: measure(`11px ${FONT_FAMILY}`),
  };
}

const slideMeasures =
  (format: ImageExportRequest['format']): MeasureAt =>
  (size, weight) =>
    measureFor(format)(`${weight} ${size}px ${FONT_FAMILY}`);

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new ExportError('view-missing', `${what} is not on the page`);
  return value;
}

function relative(element: Element, origin: { left: number; top: number }) {
  const r = element.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

/** The densities to try for a PNG, the asked one first, then lower ones a browser canvas can hold. */
function densities(asked: number): number[] {
  return asked > 1 ? [asked, 1] : [asked];
}


/**
 * Builds a standalone image of the current view: title, filters, counts, the
 * chart and/or the map, the legend of what is visible, source, attribution,
 * version, date and permalink. As a page (the views as laid out on screen) or
 * a 16:9 slide (type for a projector). Returns it as SVG, or rasterised to
 * PNG at the requested density (or the next lower one a canvas can hold, said
 * in the footer; never a cropped or blank image).
 */
export async function exportImage(request: ImageExportRequest, root: Document = document): Promise<ImageExport> {
  await root.fonts.ready;
  const fontFaces = await embeddedFontFaces();
  if (request.format === 'svg') {
    // The map goes in as a bitmap at 2× so that it stays sharp when the SVG is enlarged.
    const composed = await compose(request, 2);
    const svgDocument = documentSvg(composed.layout, fontFaces);
    return {
      blob: new Blob([svgDocument], { type: 'image/svg+xml;charset=utf-8' }),
      width: composed.layout.width,
      height: composed.layout.height,
      tilesOmitted: composed.tilesOmitted,
      densityLowered: null,
    };
  }
  for (const density of densities(request.scale)) {
    const note = density < request.scale ? [request.lowerDensityNote(density)] : [];
    try {
      // The map is captured at exactly the PNG's density, so rasterising draws it pixel for pixel.
      const composed = await compose({ ...request, meta: { ...request.meta, notes: [...request.meta.notes, ...note] } }, density);
      const width = Math.round(composed.layout.width * density);
      const height = Math.round(composed.layout.height * density);
      assertCanvasFits(width, height);
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d');
      if (!context) throw new ExportError('unexpected', 'no 2D canvas');
      context.drawImage(await svgToImage(documentSvg(composed.layout, fontFaces)), 0, 0, width, height);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
      if (!blob || blob.size === 0) throw new ExportError('empty-blob', 'the browser returned an empty image');
      return { blob, width, height, tilesOmitted: composed.tilesOmitted, densityLowered: density < request.scale ? density : null };
    } catch (error) {
      // Too large for a canvas at this density: try the next lower one; at 1× the error is the user's to read.
      if (!(error instanceof ExportError && error.failure === 'canvas-too-large') || density === 1) throw error;
    }
  }
  throw new ExportError('canvas-too-large', 'more than a browser canvas can hold');
}

interface Composed {
  readonly layout: DocumentLayout;
  readonly tilesOmitted: boolean;
}

/** The document's layout with its views in place; the map captured at `density` (device px per CSS px of the image). */
function compose(request: ImageExportRequest, density: number): Promise<Composed> {
  if (request.scope === 'matrix') return composeMatrix(request);
  return request.layout === 'slide' ? composeSlide(request, density) : composePage(request, density);
}

function matrixMeasures(format: ImageExportRequest['format']) {
  const measure = measureFor(format);
  return { text: measure(`12px ${FONT_FAMILY}`), bold: measure(`600 12px ${FONT_FAMILY}`), header: measure(`600 11px ${FONT_FAMILY}`) };
}

/** The coverage matrix drawn from the table the view hands over: on a page at its own size, or fitted to a slide. */
async function composeMatrix(request: ImageExportRequest): Promise<Composed> {
  const drawing = matrixSvg(await required(request.views.matrix, 'The coverage matrix').table(), matrixMeasures(request.format));
  const meta = withMatrixNote(request, drawing);
  if (request.layout === 'page') {
    const part: ContentPart = { kind: 'svg', markup: drawing.markup, x: 0, y: 0, width: drawing.width, height: drawing.height };
    return { layout: layoutDocument(meta, { width: drawing.width, height: drawing.height, parts: [part] }, pageMeasures(request.format)), tilesOmitted: false };
  }
  const frame = layoutSlide(meta, slideMeasures(request.format));
  const box = frame.contentBox;
  // Enlarged for a projector as far as the slide allows (at most twice), centred.
  const scale = Math.min(2, box.width / drawing.width, box.height / drawing.height);
  const x = box.x + Math.round((box.width - drawing.width * scale) / 2);
  const part: ContentPart = { kind: 'svg', markup: drawing.markup, x, y: box.y, width: drawing.width * scale, height: drawing.height * scale, scale };
  return { layout: { ...frame, content: { x: 0, y: 0, parts: [part] } }, tilesOmitted: false };
}

function withMatrixNote(request: ImageExportRequest, drawing: MatrixDrawing): ExportMeta {
  if (drawing.rowsLeftOut === 0) return request.meta;
  return { ...request.meta, notes: [...request.meta.notes, request.matrixRowsLeftOutNote(drawing.rowsDrawn, drawing.rowsLeftOut)] };
}

/** The request's texts, with the note that the tiles were left out when they were. */
function metaWithTiles(request: ImageExportRequest, tilesOmitted: boolean): ExportMeta {
  return tilesOmitted ? { ...request.meta, notes: [...request.meta.notes, request.tilesOmittedNote] } : request.meta;
}

/** A view panel's heading, the caption an image gives that view. */
function headingOf(panel: HTMLElement | null): HTMLElement | null {
  return panel?.querySelector('h2') ?? null;
}

/**
 * Narrower than this on screen (a phone's), Figure 1 is too cramped for a report: labels cut, some hidden. A page
 * then lays it out anew at REPORT_CHART's size, with the map under it (`composeReportColumn`).
 */
const NARROW_CHART = 520;
const REPORT_CHART = { width: 720, height: 640 };

async function composePage(request: ImageExportRequest, density: number): Promise<Composed> {
  const { views, scope } = request;
  const chart = scope === 'map' ? null : required(views.chart, 'Figure 1');
  const map = scope === 'chart' ? null : required(views.map, 'The map');
  const chartPanel = chart ? required(chart.panel(), 'Figure 1') : null;
  const chartBox = chart ? required(chart.screenBox(), 'Figure 1') : null;
  const mapPanel = map ? required(map.panel(), 'The map') : null;
  if (chart && chartPanel && chartBox && chartBox.width < NARROW_CHART) return composeReportColumn(request, density, { chart, chartPanel }, map && mapPanel ? { map, mapPanel } : null);
  const container = map?.container() ?? null;
  // Both views keep their places on screen relative to each other (whole view), each from its own top-left otherwise.
  const panels = [chartPanel, mapPanel].filter((p) => p !== null).map((p) => p.getBoundingClientRect());
  const origin = { left: Math.min(...panels.map((r) => r.left)), top: Math.min(...panels.map((r) => r.top)) };
  const parts: ContentPart[] = [];
  let width = 0;
  let height = 0;
  const place = (box: { x: number; y: number; width: number; height: number }) => {
    width = Math.max(width, box.x + box.width);
    height = Math.max(height, box.y + box.height);
  };

  if (chart && chartPanel && chartBox) {
    const at = scope === 'whole' ? { x: chartBox.left - origin.left, y: chartBox.top - origin.top } : { x: 0, y: 0 };
    const drawn = await chart.render(request.hideFiltered ? { width: chartBox.width, height: chartBox.height, hideFiltered: true } : null);
    parts.push({ kind: 'svg', markup: drawn.markup, x: at.x, y: at.y, width: drawn.width, height: drawn.height });
    place({ ...at, width: drawn.width, height: drawn.height });
    if (scope === 'whole') parts.push(captionOf(chartPanel, origin));
  }
  let tilesOmitted = false;
  if (map && mapPanel && container) {
    const at = scope === 'whole' ? relative(container, origin) : { x: 0, y: 0 };
    const picture = await mapPicture(map, density, request.hideFiltered);
    tilesOmitted = picture.tilesOmitted;
    // On whole pixels, so the bitmap is not resampled (its place moves by less than half a pixel).
    const part = { x: Math.round(at.x), y: Math.round(at.y), width: picture.width, height: picture.height };
    parts.push({ kind: 'image', href: picture.href, ...part });
    place(part);
    if (scope === 'whole') parts.push(captionOf(mapPanel, origin));
  }
  return { layout: layoutDocument(metaWithTiles(request, tilesOmitted), { width, height, parts }, pageMeasures(request.format)), tilesOmitted };
}

/**
 * A page for a report from a narrow screen: Figure 1 laid out at REPORT_CHART's size, its caption above it, and the
 * map, as on screen, under it (centred), with its own caption — one column, without the screen's gaps between them.
 */
async function composeReportColumn(
  request: ImageExportRequest,
  density: number,
  { chart, chartPanel }: { chart: ChartHandle; chartPanel: HTMLElement },
  mapView: { map: MapHandle; mapPanel: HTMLElement } | null,
): Promise<Composed> {
  const parts: ContentPart[] = [];
  const caption = (panel: HTMLElement, y: number): ContentPart => ({ kind: 'caption', text: headingOf(panel)?.textContent ?? '', x: 0, y });
  let y = CAPTION_SPACE;
  if (request.scope === 'whole') parts.push(caption(chartPanel, y - 10));
  else y = 0;
  const drawn = await chart.render({ ...REPORT_CHART, hideFiltered: request.hideFiltered });
  parts.push({ kind: 'svg', markup: drawn.markup, x: 0, y, width: drawn.width, height: drawn.height });
  y += drawn.height;
  let width = drawn.width;
  let tilesOmitted = false;
  if (mapView) {
    y += 16 + CAPTION_SPACE;
    parts.push(caption(mapView.mapPanel, y - 10));
    const picture = await mapPicture(mapView.map, density, request.hideFiltered);
    tilesOmitted = picture.tilesOmitted;
    parts.push({ kind: 'image', href: picture.href, x: Math.max(0, Math.round((width - picture.width) / 2)), y, width: picture.width, height: picture.height });
    width = Math.max(width, picture.width);
    y += picture.height;
  }
  return { layout: layoutDocument(metaWithTiles(request, tilesOmitted), { width, height: y, parts }, pageMeasures(request.format)), tilesOmitted };
}

/** The map as on screen, once it stands still, for a page: a PNG at `density`, and its size in the page's px. */
async function mapPicture(map: MapHandle, density: number, hideFiltered: boolean): Promise<{ href: string; width: number; height: number; tilesOmitted: boolean }> {
  await map.settled();
  const capture = await captureMap(map, density, { hideFiltered });
  return { href: capture.canvas.toDataURL('image/png'), width: capture.canvas.width / density, height: capture.canvas.height / density, tilesOmitted: capture.tilesOmitted };
}

/** Room above a view for its caption, in a column laid out for a report. */
const CAPTION_SPACE = 26;

/** A view's heading, where it stands on screen above the view. */
function captionOf(panel: HTMLElement, origin: { left: number; top: number }): ContentPart {
  const heading = headingOf(panel);
  if (!heading) return { kind: 'caption', text: '', x: 0, y: 0 };
  const b = relative(heading, origin);
  return { kind: 'caption', text: heading.textContent ?? '', x: b.x, y: b.y + b.height - 5 };
}

async function composeSlide(request: ImageExportRequest, density: number, tilesKnownOmitted = false): Promise<Composed> {
  const { views, scope } = request;
  if (scope === 'matrix') return composeMatrix(request);
  const chart = scope === 'map' ? null : required(views.chart, 'Figure 1');
  const map = scope === 'chart' ? null : required(views.map, 'The map');
  const container = map?.container() ?? null;
  const screenMap = container?.getBoundingClientRect();
  const aspect = screenMap && screenMap.height > 0 ? screenMap.width / screenMap.height : 0.75;

  const frame = layoutSlide(metaWithTiles(request, tilesKnownOmitted), slideMeasures(request.format));
  const boxes = slideViewBoxes(scope, frame.contentBox, aspect);
  const parts: ContentPart[] = [];
  const captionY = SLIDE_CAPTION.height - 12;

  if (chart && boxes.chart) {
    const box = boxes.chart;
    const drawn = await chart.render({ width: Math.round(box.width / CHART_ENLARGEMENT), height: Math.round(box.height / CHART_ENLARGEMENT), hideFiltered: request.hideFiltered });
    parts.push({ kind: 'svg', markup: drawn.markup, x: box.x, y: box.y, width: box.width, height: box.height, scale: box.width / drawn.width });
    const heading = headingOf(chart.panel())?.textContent;
    if (scope === 'whole' && heading) parts.push({ kind: 'caption', text: heading, x: box.x, y: captionY, size: SLIDE_CAPTION.size });
  }
  let tilesOmitted = false;
  if (map && container && screenMap && boxes.map) {
    const box = boxes.map;
    const enlargement = box.width / screenMap.width;
    const options: CaptureOptions = {
      hideFiltered: request.hideFiltered,
      minLabelPx: 15 / enlargement,
      names: { nameOf: map.clusterName, fontPx: 17 / enlargement, max: 20 },
    };
    await map.settled();
    const capture = await captureMap(map, enlargement * density, options);
    tilesOmitted = capture.tilesOmitted;
    parts.push({ kind: 'image', href: capture.canvas.toDataURL('image/png'), x: box.x, y: box.y, width: box.width, height: box.height });
    const heading = headingOf(map.panel())?.textContent;
    if (scope === 'whole' && heading) parts.push({ kind: 'caption', text: heading, x: box.x, y: captionY, size: SLIDE_CAPTION.size });
  }
  // The footer says when the tiles were left out; a longer footer leaves the views less room: lay out again.
  if (tilesOmitted && !tilesKnownOmitted) return composeSlide(request, density, true);
  return { layout: { ...frame, content: { x: frame.content.x, y: frame.content.y, parts } }, tilesOmitted };
}
