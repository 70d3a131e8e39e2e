import { captureMap } from './captureMap';
import { documentSvg, layoutDocument, type ContentPart, type DocumentMeasures, type ExportMeta } from './composeDocument';
import { embeddedFontFaces } from './embeddedFont';
import { assertCanvasFits, ExportError } from './exportErrors';
import { canvasMeasure } from '../../ui/canvasMeasure';
import { serializeSvg, svgToImage } from './svgMarkup';

/** What an image shows: the two views as laid out on screen, or one of them. */
export type ImageScope = 'whole' | 'chart' | 'map';

export interface ImageExportRequest {
  readonly scope: ImageScope;
  readonly format: 'png' | 'svg';
  /** Pixel density of a PNG (1 or 2); an SVG is vector. */
  readonly scale: number;
  readonly meta: ExportMeta;
  /** Drawn into the image when the map's tiles had to be left out. */
  readonly tilesOmittedNote: string;
}

export interface ImageExport {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  readonly tilesOmitted: boolean;
}

const FONT_FAMILY = "Inter, 'DejaVu Sans', sans-serif";

const measures = (): DocumentMeasures => ({
  title: canvasMeasure(`600 22px ${FONT_FAMILY}`),
  text: canvasMeasure(`13px ${FONT_FAMILY}`),
  bold: canvasMeasure(`600 13px ${FONT_FAMILY}`),
  small: canvasMeasure(`11px ${FONT_FAMILY}`),
});

function required<T extends Element>(element: T | null, what: string): T {
  if (!element) throw new ExportError('view-missing', `${what} is not on the page`);
  return element;
}

function box(element: Element, origin?: DOMRect) {
  const r = element.getBoundingClientRect();
  return { x: r.left - (origin?.left ?? r.left), y: r.top - (origin?.top ?? r.top), width: r.width, height: r.height };
}

/**
 * Builds a standalone document of the current view: title, filters, counts,
 * the chart and/or the map exactly as on screen, the legend of what is
 * visible, source, attribution, version, date and permalink. Returns it as
 * SVG, or rasterised to PNG at the requested density.
 */
export async function exportImage(request: ImageExportRequest, root: Document = document): Promise<ImageExport> {
  await root.fonts.ready;
  const chartSvg = root.querySelector<SVGSVGElement>('[data-testid="figure1"]');
  const mapContainer = root.querySelector<HTMLElement>('[data-testid="hq-map"] .leaflet-container');
  const parts: ContentPart[] = [];
  let tilesOmitted = false;
  let width: number;
  let height: number;

  const chartPart = (svg: SVGSVGElement, x: number, y: number): ContentPart => {
    const b = box(svg);
    return { kind: 'svg', markup: serializeSvg(svg, b.width, b.height), x, y, width: b.width, height: b.height };
  };
  const mapPart = async (container: HTMLElement, x: number, y: number): Promise<ContentPart> => {
    // The map goes in as a bitmap at exactly the PNG's density, so rasterising draws it pixel for pixel
    // (resampled, tile lines and text would blur); an SVG gets it at 2× so it stays sharp when enlarged.
    const density = request.format === 'png' ? request.scale : 2;
    const capture = await captureMap(container, density);
    tilesOmitted = capture.tilesOmitted;
    // On whole pixels, for the same reason (its place moves by less than half a pixel).
    return { kind: 'image', href: capture.canvas.toDataURL('image/png'), x: Math.round(x), y: Math.round(y), width: capture.canvas.width / density, height: capture.canvas.height / density };
  };

  if (request.scope === 'chart') {
    const svg = required(chartSvg, 'Figure 1');
    parts.push(chartPart(svg, 0, 0));
    ({ width, height } = box(svg));
  } else if (request.scope === 'map') {
    const container = required(mapContainer, 'The map');
    parts.push(await mapPart(container, 0, 0));
    ({ width, height } = box(container));
  } else {
    const views = required(root.querySelector<HTMLElement>('#views'), 'The views');
    const origin = views.getBoundingClientRect();
    const svg = required(chartSvg, 'Figure 1');
    const container = required(mapContainer, 'The map');
    for (const heading of root.querySelectorAll<HTMLElement>('#chart-heading, #map-heading')) {
      const b = box(heading, origin);
      parts.push({ kind: 'caption', text: heading.textContent ?? '', x: b.x, y: b.y + b.height - 5 });
    }
    const c = box(svg, origin);
    const m = box(container, origin);
    parts.push(chartPart(svg, c.x, c.y));
    parts.push(await mapPart(container, m.x, m.y));
    width = origin.width;
    height = Math.max(c.y + c.height, m.y + m.height);
  }

  const meta = tilesOmitted ? { ...request.meta, notes: [...request.meta.notes, request.tilesOmittedNote] } : request.meta;
  const layout = layoutDocument(meta, { width, height, parts }, measures());
  const svgDocument = documentSvg(layout, await embeddedFontFaces());
  if (request.format === 'svg') {
    return { blob: new Blob([svgDocument], { type: 'image/svg+xml;charset=utf-8' }), width: layout.width, height: layout.height, tilesOmitted };
  }

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(layout.width * request.scale);
  canvas.height = Math.round(layout.height * request.scale);
  assertCanvasFits(canvas.width, canvas.height);
  const context = canvas.getContext('2d');
  if (!context) throw new ExportError('unexpected', 'no 2D canvas');
  context.drawImage(await svgToImage(svgDocument), 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size === 0) throw new ExportError('empty-blob', 'the browser returned an empty image');
  return { blob, width: canvas.width, height: canvas.height, tilesOmitted };
}
