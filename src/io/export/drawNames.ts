import { truncateToWidth } from '../../domain/chart/wrapText';
import { placeNames, type PlacedName } from '../../domain/map/placeNames';
import { canvasMeasure } from '../canvasMeasure';
import { font, INK } from '../../domain/designTokens';

const NAME_INK = INK;
/** The font each context was last given, as the context spells it back (see `setFont`). */
const fontSpelledBack = new WeakMap<CanvasRenderingContext2D, string>();

/**
 * Gives a context a font unless it has it already: assigning a font makes the
 * browser recalculate the style of the whole page (it measured 4–6 ms per
 * filter change on the study's page). A resized canvas resets its context,
 * which the context's own spelling of its font reveals.
 */
function setFont(context: CanvasRenderingContext2D, font: string): void {
  if (fontSpelledBack.get(context) === context.font) return;
  context.font = font;
  fontSpelledBack.set(context, context.font);
}
const NAME_HALO = 'rgba(255, 255, 255, 0.92)';

/**
 * Headquarters names beside their markers, none over another or over a
 * marker (`placeNames`), dark on a white halo so they read on land and sea.
 * Shared by the map on screen and by a slide's capture, which writes larger.
 * Returns what was placed; a name with no free spot is left out.
 */
export function drawNames(
  context: CanvasRenderingContext2D,
  shown: readonly { readonly id: string; readonly x: number; readonly y: number }[],
  markerRadius: number,
  names: { readonly nameOf: (id: string) => string | undefined; readonly fontPx: number },
  frame: { readonly width: number; readonly height: number },
): PlacedName[] {
  const nameFont = font(names.fontPx, 600);
  setFont(context, nameFont);
  // Widths from the shared cache of a canvas outside the page once the web font is in: measuring on this canvas,
  // in the page, makes the browser bring the style of the page up to date first (2 ms per filter change).
  const measure = document.fonts.status === 'loaded' ? canvasMeasure(nameFont) : (text: string) => context.measureText(text).width;
  // A long name is cut, not left out: 30 em holds every study name; the profile and the tables keep it whole.
  const maxWidth = Math.min(names.fontPx * 30, frame.width - 4 * markerRadius);
  const points = shown.flatMap((point) => {
    const name = names.nameOf(point.id);
    const text = name ? truncateToWidth(name, maxWidth, measure) : '';
    return text ? [{ ...point, text, width: measure(text) }] : [];
  });
  const textById = new Map(points.map((p) => [p.id, p.text]));
  context.textAlign = 'left';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = Math.max(2, names.fontPx * 0.28);
  context.strokeStyle = NAME_HALO;
  context.fillStyle = NAME_INK;
  const placed = placeNames(points, markerRadius, Math.round(names.fontPx * 1.25), frame);
  for (const name of placed) {
    const text = textById.get(name.id) ?? '';
    context.strokeText(text, name.x, name.y);
    context.fillText(text, name.x, name.y);
  }
  return placed;
}
