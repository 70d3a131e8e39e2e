import L from 'leaflet';
import { markerSvgMarkup } from '../../domain/map/markerLayout';
import type { ClusterType } from '../../domain/schema';

/**
 * Drawn size of a marker. Targets smaller than 24 px meet WCAG 2.2's target
 * size through spacing: centres are kept MARKER_SPACING apart, so a 24 px disc
 * around each clears every other marker (12 px + half the 20 px diagonal).
 */
export const MARKER_SIZE = 20;
export const MARKER_SPACING = 27;

/** Each drawing parsed once: a marker's is the same for every cluster of its type (32 parses cost the first screen a few ms). */
const parsedDrawings = new Map<string, SVGSVGElement>();

/**
 * An SVG drawing as an element, parsed from markup built from constants (no data goes into it); a fresh copy each
 * call. Parsed by the page's own HTML parser through a <template> (inline SVG is HTML): the first DOMParser of a
 * page sets up an XML document, which cost the study's first screen 2–12 ms.
 */
export function svgFromMarkup(markup: string): SVGSVGElement {
  let parsed = parsedDrawings.get(markup);
  if (!parsed) {
    const template = document.createElement('template');
    // eslint-disable-next-line no-restricted-syntax -- markup made of constants (markerLayout, groupStyle), never data.
    template.innerHTML = markup;
    const drawing = template.content.firstElementChild;
    if (!(drawing instanceof SVGSVGElement)) throw new Error(`Not an SVG drawing: ${markup.slice(0, 40)}`);
    parsed = drawing;
    parsedDrawings.set(markup, parsed);
  }
  return parsed.cloneNode(true) as SVGSVGElement;
}

/** The marker's drawing as an element. */
export function markerGraphic(type: ClusterType, interviewed: boolean, size = MARKER_SIZE): SVGSVGElement {
  return svgFromMarkup(markerSvgMarkup(type, interviewed, size));
}

/** A keyboard-reachable marker icon, centred on its point. */
export function clusterIcon(type: ClusterType, interviewed: boolean): L.DivIcon {
  const html = document.createElement('div');
  html.className = 'hq-marker-shape';
  html.append(markerGraphic(type, interviewed));
  const half = MARKER_SIZE / 2;
  return L.divIcon({
    html,
    className: 'hq-marker',
    iconSize: [MARKER_SIZE, MARKER_SIZE],
    iconAnchor: [half, half],
  });
}
