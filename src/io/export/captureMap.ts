import { drawNames } from './drawNames';
import { assertCanvasFits } from './exportErrors';
import { serializeSvg, svgToImage } from './svgMarkup';
import type { MapHandle } from './viewHandles';

/** What the capture draws from: the map's container, Leaflet's parts and those the layers handed over. */
export type MapSource = Pick<MapHandle, 'container' | 'leaflet' | 'parts'>;

export interface CaptureOptions {
  /** Leave out the headquarters the filters exclude instead of drawing them faded. */
  readonly hideFiltered?: boolean;
  /** Region names drawn at least this size (map px): a slide enlarges the map less than a projector needs. */
  readonly minLabelPx?: number;
  /** Names beside the headquarters shown, when there are at most `max` of them in the frame. */
  readonly names?: { readonly nameOf: (id: string) => string | undefined; readonly fontPx: number; readonly max: number };
}


export interface MapCapture {
  readonly canvas: HTMLCanvasElement;
  /** True when the background tiles could not be drawn (their server does not allow it). */
  readonly tilesOmitted: boolean;
}

/**
 * An element's box relative to the map's container, both read now: the page may scroll while the capture awaits
 * its images (a button scrolled into view), and a container position read earlier would shift every later layer.
 */
function offset(element: Element, container: Element) {
  const origin = container.getBoundingClientRect();
  const r = element.getBoundingClientRect();
  return { x: r.left - origin.left, y: r.top - origin.top, width: r.width, height: r.height };
}

function snapped(box: ReturnType<typeof offset>, scale: number) {
  return { ...box, x: Math.round(box.x * scale) / scale, y: Math.round(box.y * scale) / scale };
}

/**
 * Two frames in which the map's pane has not moved, nor its size changed (at most a second and a half): the map's
 * handle says when Leaflet's moves end, this also lets a layout change under way (a panel resizing the map) land
 * before the capture reads the boxes.
 */
async function layoutSettled(container: HTMLElement, pane: HTMLElement): Promise<void> {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const state = () => `${pane.style.transform}|${container.clientWidth}x${container.clientHeight}`;
  let last = state();
  for (let waited = 0, still = 0; waited < 1500 && still < 2; waited += 16) {
    await frame();
    const now = state();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

/**
 * A marker's CSS outline (the dashed halo of a seat known to its department
 * only, the selected headquarters' ring), drawn as the round outline it is
 * on screen (the marker's border-radius is 50%), scaled with the marker.
 */
function drawRoundOutline(context: CanvasRenderingContext2D, shape: HTMLElement, style: CSSStyleDeclaration, container: HTMLElement): void {
  const width = Number.parseFloat(style.outlineWidth);
  if (style.outlineStyle === 'none' || !(width > 0)) return;
  const r = shape.getBoundingClientRect();
  const origin = container.getBoundingClientRect();
  if (shape.offsetWidth === 0) return;
  const k = r.width / shape.offsetWidth;
  const offset = Number.parseFloat(style.outlineOffset) || 0;
  context.beginPath();
  context.arc(r.left - origin.left + r.width / 2, r.top - origin.top + r.height / 2, r.width / 2 + (offset + width / 2) * k, 0, 2 * Math.PI);
  context.lineWidth = width * k;
  context.strokeStyle = style.outlineColor;
  // Chromium draws a dashed outline in dashes and gaps about twice the line's width.
  context.setLineDash(style.outlineStyle === 'dashed' ? [2 * width * k, 2 * width * k] : []);
  context.stroke();
}

/**
 * Redraws the Leaflet map exactly as it is on screen (call it once the map
 * stands still: the map's export handle says when, `MapHandle.settled`): background colour,
 * tiles (when their server allows it), the vector layers, the markers and
 * the region names, each at the position the browser gives it (so pan and
 * zoom transforms need no special care).
 */
export async function captureMap(map: MapSource, scale: number, options: CaptureOptions = {}, withTiles = true): Promise<MapCapture> {
  const container = map.container();
  const leaflet = map.leaflet();
  const parts = map.parts();
  await layoutSettled(container, leaflet.mapPane);
  const origin = container.getBoundingClientRect();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(origin.width * scale);
  canvas.height = Math.round(origin.height * scale);
  assertCanvasFits(canvas.width, canvas.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  // Exactly the canvas's whole pixels over the map's (fractional) size, so nothing drifts across the width.
  context.scale(canvas.width / origin.width, canvas.height / origin.height);
  context.fillStyle = getComputedStyle(container).backgroundColor || '#ffffff';
  context.fillRect(0, 0, origin.width, origin.height);

  const tiles = withTiles ? leaflet.tiles : [];
  for (const tile of tiles) {
    const box = offset(tile, container);
    // A tile enlarged a whole number of times stays as sharp as on screen (smoothing would blur its lines and text).
    context.imageSmoothingEnabled = !Number.isInteger((box.width * scale) / (tile.naturalWidth || box.width * scale));
    context.drawImage(tile, box.x, box.y, box.width, box.height);
  }
  context.imageSmoothingEnabled = true;
  if (tiles.length > 0) {
    try {
      context.getImageData(0, 0, 1, 1);
    } catch {
      // A tile server without CORS taints the canvas: export without its tiles rather than fail.
      return { ...(await captureMap(map, scale, options, false)), tilesOmitted: true };
    }
  }

  for (const svg of leaflet.vectors) {
    const box = offset(svg, container);
    if (box.width === 0 || box.height === 0) continue;
    context.drawImage(await svgToImage(serializeSvg(svg, box.width, box.height)), box.x, box.y, box.width, box.height);
  }

  // The headquarters' names, under the markers as on screen; a slide writes its own, larger.
  const names = parts.names();
  if (!options.names && names) drawCanvasLayer(context, names, container);

  // Markers: identical drawings are decoded once.
  const decoded = new Map<string, Promise<HTMLImageElement>>();
  const shown: { id: string; x: number; y: number }[] = [];
  let markerRadius = 0;
  for (const { shape, svg, clusterId, faded } of parts.markers()) {
    if (faded && options.hideFiltered) continue;
    // On whole device pixels, as the browser paints a marker's layer: a marker drawn between two pixels is blurred.
    const box = snapped(offset(svg, container), scale);
    const markup = serializeSvg(svg, svg.width.baseVal.value, svg.height.baseVal.value);
    let image = decoded.get(markup);
    if (!image) {
      image = svgToImage(markup);
      decoded.set(markup, image);
    }
    const style = getComputedStyle(shape);
    context.globalAlpha = Number(style.opacity) || 1;
    context.drawImage(await image, box.x, box.y, box.width, box.height);
    drawRoundOutline(context, shape, style, container);
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    if (!faded && x >= 0 && y >= 0 && x <= origin.width && y <= origin.height) {
      shown.push({ id: clusterId, x, y });
      markerRadius = Math.max(markerRadius, box.width / 2);
    }
  }
  context.globalAlpha = 1;
  context.setLineDash([]);

  for (const label of parts.regionLabels()) {
    const box = offset(label, container);
    const style = getComputedStyle(label);
    const size = Math.max(Number.parseFloat(style.fontSize), options.minLabelPx ?? 0);
    context.font = `${style.fontStyle} ${style.fontWeight} ${size}px ${style.fontFamily}`;
    context.fillStyle = style.color;
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.fillText(label.textContent ?? '', box.x + box.width / 2, box.y + box.height / 2);
  }
  // Canvas layers (the grouped headquarters of a large network) are drawn as they are: they are kept at 2× or more
  // and sit above the region names, as on screen.
  for (const layer of parts.pictures()) drawCanvasLayer(context, layer, container);

  if (options.names && shown.length > 0 && shown.length <= options.names.max) drawNames(context, shown, markerRadius, options.names, origin);

  return { canvas, tilesOmitted: false };
}

/** A canvas the map draws on (names, grouped headquarters), where it lies, unless hidden (during a zoom). */
function drawCanvasLayer(context: CanvasRenderingContext2D, layer: HTMLCanvasElement, container: HTMLElement): void {
  const box = offset(layer, container);
  if (box.width === 0 || box.height === 0 || getComputedStyle(layer).visibility === 'hidden') return;
  context.drawImage(layer, box.x, box.y, box.width, box.height);
}
