import type L from 'leaflet';

/**
 * A canvas drawn over the map as a picture (names, grouped headquarters):
 * hidden while Leaflet animates a zoom, out of the pointer's way, and out of
 * the accessibility tree, since what it shows is listed elsewhere as text.
 */
export function pictureCanvas(className: string): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.className = `${className} leaflet-zoom-hide`;
  canvas.setAttribute('aria-hidden', 'true');
  canvas.style.pointerEvents = 'none';
  return canvas;
}

/** A pane of the map for such canvases, at the given height among Leaflet's panes (markers are at 600). */
export function canvasPane(map: L.Map, name: string, zIndex: number): HTMLElement {
  const pane = map.getPane(name) ?? map.createPane(name);
  pane.style.zIndex = String(zIndex);
  pane.style.pointerEvents = 'none';
  return pane;
}
