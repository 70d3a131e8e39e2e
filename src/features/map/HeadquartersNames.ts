import L from 'leaflet';
import { headquartersToName } from '../../domain/map/placeNames';
import { drawNames } from '../../io/export/drawNames';
import { canvasPane, pictureCanvas } from './mapCanvasLayer';

/** At most this many names on the map: beyond, they would hide it (the tooltips and tables name everyone). */
export const MAX_NAMED_HEADQUARTERS = 20;
const FONT_PX = 12;

/** A headquarters marker as drawn: its centre in the map's container (after spreading) and its emphasis. */
export interface DrawnMarker {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly emphasis: string;
}

/**
 * The names of the headquarters shown, written beside their markers when 20 or
 * fewer are in view (or highlighted), none over another or over a marker. A
 * canvas in a pane of its own under the markers, laid out again when the map
 * stops moving and when emphasis changes; the export copies it as it is.
 */
export class HeadquartersNames extends L.Layer {
  readonly canvas: HTMLCanvasElement;
  /** What the canvas shows now: its size and who is named where. */
  private drawn = '';

  /**
   * @param markers the markers as drawn, computed from the map's projection (not read from the DOM: reading boxes
   *   at each filter change would force the browser to lay the page out again)
   * @param radius half a marker's drawn size
   */
  constructor(
    private readonly nameOf: (id: string) => string | undefined,
    private readonly markers: () => readonly DrawnMarker[],
    private readonly radius: number,
  ) {
    super();
    // A picture of text every marker's accessible name already carries.
    this.canvas = pictureCanvas('hq-names');
  }

  override onAdd(map: L.Map): this {
    // Under the markers: a name never hides one.
    canvasPane(map, 'hqNames', 590).append(this.canvas);
    this.draw();
    return this;
  }

  override onRemove(): this {
    this.canvas.remove();
    // Drawn again in full when added again.
    this.drawn = '';
    return this;
  }

  override getEvents(): { [name: string]: L.LeafletEventHandlerFn } {
    return { moveend: this.draw, zoomend: this.draw, resize: this.draw };
  }

  /** Lays the names out again from the markers as drawn now (their place after spreading, their emphasis). */
  readonly draw = (): void => {
    const map = this._map;
    if (!map) return;
    const size = map.getSize();
    const markers = this.markers().map((m) => ({ ...m, inView: m.x >= 0 && m.y >= 0 && m.x <= size.x && m.y <= size.y }));
    const named = new Set(headquartersToName(markers, MAX_NAMED_HEADQUARTERS));
    // Most filter changes leave the names as they are (none, on a full map): redrawing the canvas would still cost
    // a new bitmap and a repaint of the map's layer.
    const key = `${size.x}x${size.y}|${markers.filter((m) => named.has(m.id)).map((m) => `${m.id}@${Math.round(m.x)},${Math.round(m.y)}`).join(' ')}`;
    if (key === this.drawn) return;
    this.drawn = key;

    const density = Math.max(2, window.devicePixelRatio || 1);
    const [width, height] = [Math.round(size.x * density), Math.round(size.y * density)];
    // A new size means a new bitmap; otherwise clearing keeps the context's state (its font: see drawNames).
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${size.x}px`;
      this.canvas.style.height = `${size.y}px`;
    }
    L.DomUtil.setPosition(this.canvas, map.containerPointToLayerPoint([0, 0]));
    // Who is written on the map, for the tests and anyone inspecting the page.
    this.canvas.dataset.named = '';
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.setTransform(density, 0, 0, density, 0, 0);
    context.clearRect(0, 0, size.x, size.y);
    if (named.size === 0) return;
    const shown = markers.filter((m) => named.has(m.id));
    const placed = drawNames(context, shown, this.radius, { nameOf: this.nameOf, fontPx: FONT_PX }, { width: size.x, height: size.y });
    this.canvas.dataset.named = placed.map((name) => name.id).join(' ');
  };
}
