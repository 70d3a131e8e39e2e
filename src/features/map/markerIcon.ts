import L from 'leaflet';
import { markerSvgMarkup } from '../../domain/map/markerLayout';
import type { ClusterType } from '../../domain/schema';

export const MARKER_SIZE = 20;

/** The marker's drawing as an element (parsed from constant markup: no data goes into it). */
export function markerGraphic(type: ClusterType, interviewed: boolean, size = MARKER_SIZE): SVGSVGElement {
  const parsed = new DOMParser().parseFromString(markerSvgMarkup(type, interviewed, size), 'image/svg+xml');
  return document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
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
