import L from 'leaflet';
import { membersOfCells, type ProjectedPoints, type Viewport } from '../../domain/map/binning';
import { GROUP_CELL_SIZE, groupedPicture, nearestTarget, targetAt, type DrawnTarget, type GroupedState } from '../../domain/map/groupedPicture';
import type { Cluster } from '../../domain/schema';
import { groupMemberList, type MemberListTexts } from './groupMemberList';
import { canvasPane, pictureCanvas } from './mapCanvasLayer';
import { COUNT_FONT, paintGroupedPicture } from './paintGroupedPicture';

export type { GroupedState } from '../../domain/map/groupedPicture';

export interface GroupedTexts extends MemberListTexts {
  readonly group: (count: number) => string;
  readonly groupHint: string;
  readonly formatCount: (count: number) => string;
}

/**
 * The headquarters of a large network as a Leaflet layer: one canvas redrawn
 * in one pass per change — nearby headquarters become a disc with their
 * count, a lone one keeps its type's shape, cells the filters empty stay as a
 * faint dot, the selection's clusters are drawn one by one on top. Clicking a
 * group zooms into it (or lists its members at the last zoom); clicking a
 * cluster selects it.
 *
 * The layer only wires things together: what goes where is `groupedPicture`
 * (pure, in the domain), the drawing `paintGroupedPicture`, the hit tests
 * `targetAt` and `nearestTarget`, the list of a group `groupMemberList`.
 * Leaflet adds and removes its map events (`getEvents`), and owns pan and zoom.
 */
export class GroupedHeadquartersCanvas extends L.Layer {
  readonly canvas: HTMLCanvasElement;
  private state: GroupedState;
  private targets: readonly DrawnTarget[] = [];
  private readonly tooltip = L.tooltip({ direction: 'top', offset: [0, -12] });
  private frame = 0;
  private textStyleSet = false;
  /** The list of a group's members, while open. */
  private list: L.Popup | null = null;
  /** The zoom scale the targets were drawn at: a click may land while a zoom is under way. */
  private targetsScale = 1;

  constructor(
    private readonly points: ProjectedPoints,
    private readonly clusters: readonly Cluster[],
    private texts: GroupedTexts,
    private readonly onSelect: (clusterPosition: number) => void,
    initial: GroupedState,
  ) {
    super();
    this.state = initial;
    // The canvas is a picture; the tables below the views list every cluster for screen readers.
    this.canvas = pictureCanvas('hq-groups');
  }

  override onAdd(map: L.Map): this {
    canvasPane(map, 'hqGroups', 620).append(this.canvas);
    // Not a map event: Enter on the focused map opens what is at its centre.
    map.getContainer().addEventListener('keydown', this.onKeyDown);
    map.getContainer().classList.add('has-headquarters-groups');
    this.draw();
    return this;
  }

  override onRemove(map: L.Map): this {
    cancelAnimationFrame(this.frame);
    map.getContainer().removeEventListener('keydown', this.onKeyDown);
    map.getContainer().classList.remove('has-headquarters-groups');
    this.hideTooltip();
    this.closeList();
    this.canvas.remove();
    return this;
  }

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    // Panning redraws once per frame; the end of a zoom redraws at once, so nothing (an export) sees the old picture.
    return {
      move: this.scheduleDraw,
      zoomend: this.redraw,
      viewreset: this.redraw,
      resize: this.redraw,
      zoomstart: this.onZoomStart,
      click: this.onClick as L.LeafletEventHandlerFn,
      mousemove: this.onHover as L.LeafletEventHandlerFn,
      mouseout: this.hideTooltip,
    };
  }

  setState(state: GroupedState): void {
    if (state === this.state) return;
    this.state = state;
    // A list of members opened before is out of date once the filters or the selection change.
    this.closeList();
    this.draw();
  }

  setTexts(texts: GroupedTexts): void {
    if (texts === this.texts) return;
    this.texts = texts;
    this.closeList();
    this.draw();
  }

  private readonly redraw = () => this.draw();

  private readonly scheduleDraw = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  };

  /** While a zoom animates, the canvas is hidden: what it drew can no longer be clicked. */
  private readonly onZoomStart = () => {
    this.targets = [];
    this.hideTooltip();
  };

  /** Redraws everything: the whole canvas is one picture of the current view. */
  private draw(): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    cancelAnimationFrame(this.frame);
    const view = viewportOf(map);
    if (!this.fitCanvas(view)) return;
    L.DomUtil.setPosition(this.canvas, map.containerPointToLayerPoint([0, 0]));
    const context = this.canvas.getContext('2d');
    if (!context) return;
    const picture = groupedPicture(this.points, this.state, view);
    paintGroupedPicture(context, picture, this.clusters, this.texts.formatCount);
    this.targets = picture.targets;
    this.targetsScale = view.scale;
    // What the picture holds, for the end-to-end tests: with the whole network in view, the count the panel shows.
    Object.assign(this.canvas.dataset, {
      groups: String(picture.groups.length),
      singles: String(picture.singles.length),
      linked: String(picture.linked.length),
      drawnClusters: String(picture.drawnClusters),
    });
  }

  /** Sizes the canvas to the view (at least 2×, so an export at 2× is as sharp as the screen) and clears it. */
  private fitCanvas(view: Viewport): boolean {
    const ratio = Math.max(2, window.devicePixelRatio || 1);
    const width = Math.round(view.width * ratio);
    const height = Math.round(view.height * ratio);
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${view.width}px`;
      this.canvas.style.height = `${view.height}px`;
      this.textStyleSet = false;
    }
    const context = this.canvas.getContext('2d');
    if (!context) return false;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, view.width, view.height);
    if (!this.textStyleSet) {
      // Only after a resize (which resets the context): assigning a font forces a style
      // recalculation of the whole page, which costs more than the drawing itself.
      context.font = COUNT_FONT;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      this.textStyleSet = true;
    }
    return true;
  }

  private readonly onClick = (event: L.LeafletMouseEvent) => {
    const target = targetAt(this.targets, event.containerPoint.x, event.containerPoint.y);
    if (!target) return;
    this.hideTooltip();
    this.open(target);
  };

  /**
   * Keyboard: the map takes focus (arrows pan, + and − zoom, as Leaflet does);
   * Enter or Space opens the group or the headquarters nearest the centre,
   * which a crosshair marks while the map has focus.
   */
  private readonly onKeyDown = (event: KeyboardEvent) => {
    const map = this._map as L.Map | undefined;
    if (!map || event.target !== map.getContainer() || (event.key !== 'Enter' && event.key !== ' ')) return;
    const centre = map.getSize().divideBy(2);
    const nearest = nearestTarget(this.targets, centre.x, centre.y, 24);
    if (!nearest) return;
    event.preventDefault();
    this.open(nearest);
  };

  private open(target: DrawnTarget): void {
    if (target.kind === 'cluster') this.onSelect(target.cluster);
    else this.openGroup(target);
  }

  private readonly onHover = (event: L.LeafletMouseEvent) => {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    const target = targetAt(this.targets, event.containerPoint.x, event.containerPoint.y);
    map.getContainer().classList.toggle('is-over-headquarters', target !== null);
    if (!target) {
      this.hideTooltip();
      return;
    }
    const text = document.createElement('span');
    text.textContent =
      target.kind === 'cluster' ? this.texts.describe(this.clusters[target.cluster] as Cluster) : `${this.texts.group(target.count)} — ${this.texts.groupHint}`;
    this.tooltip.setLatLng(map.containerPointToLatLng([target.x, target.y])).setContent(text);
    if (!map.hasLayer(this.tooltip)) this.tooltip.addTo(map);
  };

  private readonly hideTooltip = () => {
    (this._map as L.Map | undefined)?.getContainer().classList.remove('is-over-headquarters');
    this.tooltip.remove();
  };

  private closeList(): void {
    this.list?.remove();
    this.list = null;
  }

  /** Zooms so that the group's members spread out; at the last zoom, or when they share one spot, lists them. */
  private openGroup(target: DrawnTarget): void {
    const map = this._map as L.Map | undefined;
    if (!map) return;
    const members = membersOfCells(this.points, this.state.visible, this.targetsScale, GROUP_CELL_SIZE, target.cells);
    if (members.length === 0) return;
    const spots = members.flatMap((position) => {
      const { lat, lon } = (this.clusters[position] as Cluster).hq;
      return lat !== null && lon !== null ? [L.latLng(lat, lon)] : [];
    });
    const bounds = L.latLngBounds(spots);
    const sameSpot = bounds.getNorthEast().equals(bounds.getSouthWest());
    if (map.getZoom() < map.getMaxZoom() && !sameSpot) {
      map.fitBounds(bounds, { padding: [GROUP_CELL_SIZE, GROUP_CELL_SIZE], maxZoom: map.getMaxZoom() });
      return;
    }
    this.closeList();
    const choose = (position: number) => {
      map.closePopup();
      this.onSelect(position);
    };
    this.list = L.popup({ maxHeight: 260, className: 'hq-group-popup' })
      .setLatLng(map.containerPointToLatLng([target.x, target.y]))
      .setContent(groupMemberList(members, this.clusters, this.texts, choose))
      .openOn(map);
    // From the keyboard, the list is where the next step is.
    this.list.getElement()?.querySelector<HTMLButtonElement>('li button')?.focus();
  }
}

/** The map's view in the projected plane: top-left, size and scale at the current zoom. */
function viewportOf(map: L.Map): Viewport {
  const size = map.getSize();
  const topLeft = map.getPixelBounds().min ?? L.point(0, 0);
  return { left: topLeft.x, top: topLeft.y, width: size.x, height: size.y, scale: 2 ** map.getZoom() };
}
