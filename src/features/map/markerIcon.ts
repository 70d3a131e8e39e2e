import L from 'leaflet';
import { CLUSTER_TYPE_STYLE, type MarkerShape } from '../../domain/map/markerLayout';
import type { ClusterType } from '../../domain/schema';

const SVG_NS = 'http://www.w3.org/2000/svg';
export const MARKER_SIZE = 20;

function shapeElement(shape: MarkerShape, size: number): SVGElement {
  const half = size / 2;
  const inner = half - 2.5;
  if (shape === 'circle') {
    const circle = document.createElementNS(SVG_NS, 'circle');
    circle.setAttribute('cx', String(half));
    circle.setAttribute('cy', String(half));
    circle.setAttribute('r', String(inner));
    return circle;
  }
  const path = document.createElementNS(SVG_NS, 'path');
  const d: Record<Exclude<MarkerShape, 'circle'>, string> = {
    square: `M${half - inner * 0.88},${half - inner * 0.88}h${inner * 1.76}v${inner * 1.76}h${-inner * 1.76}z`,
    diamond: `M${half},${half - inner * 1.1}L${half + inner * 1.1},${half}L${half},${half + inner * 1.1}L${half - inner * 1.1},${half}z`,
    triangle: `M${half},${half - inner * 1.1}L${half + inner * 1.05},${half + inner * 0.8}L${half - inner * 1.05},${half + inner * 0.8}z`,
  };
  path.setAttribute('d', d[shape]);
  return path;
}

/** The marker's drawing: the type's shape, filled for interviewed clusters, hollow for clusters only cited. */
export function markerGraphic(type: ClusterType, interviewed: boolean, size = MARKER_SIZE): SVGSVGElement {
  const { color, shape } = CLUSTER_TYPE_STYLE[type];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  const element = shapeElement(shape, size);
  element.setAttribute('fill', interviewed ? color : '#ffffff');
  element.setAttribute('stroke', interviewed ? '#ffffff' : color);
  element.setAttribute('stroke-width', interviewed ? '1.5' : '2.5');
  svg.append(element);
  return svg;
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
