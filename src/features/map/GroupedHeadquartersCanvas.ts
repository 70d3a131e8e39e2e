import L from 'leaflet';
import { binPoints, groupRadius, membersOfCells, mergeOverlapping, type Bin, type Cell, type Group, type ProjectedPoints, type Viewport } from '../../domain/map/binning';
import { FADED_ALPHA, FADED_FILL, GROUP_FILL } from '../../domain/map/groupStyle';
import { CLUSTER_TYPE_STYLE, markerShapePath } from '../../domain/map/markerLayout';
import type { Cluster } from '../../domain/schema';
import { canvasPane, pictureCanvas } from './mapCanvasLayer';

/** Side of a grouping cell, in screen pixels: groups' discs (up to 52 px) rarely touch. */
export const GROUP_CELL_SIZE = 48;
const SINGLE_SIZE = 16;
const LINKED_SIZE = 22;
const INK = '#1b1f24';
const COUNT_FONT = "600 11px Inter, 'DejaVu Sans', sans-serif";
/** Opacity of what a selection leaves unrelated, as for the DOM markers. */
const DIMMED_ALPHA = 0.45;
/** Members listed in a group's popup when it cannot be zoomed into any further. */
const MAX_LISTED_MEMBERS = 30;

/** What is drawn, from the filters and the selection. Masks are indexed by cluster position. */
export interface GroupedState {
  readonly visible: Uint8Array;
  /** Clusters linked to the selection (drawn one by one, on top), by position. */
  readonly linked: readonly number[];
  /** Position of the selected cluster, or -1. */
  readonly selected: number;
  readonly selectionActive: boolean;
}

export interface GroupedTexts {
  readonly describe: (cluster: Cluster) => string;
  readonly group: (count: number) => string;
  readonly groupHint: string;
  readonly listHeading: (count: number) => string;
  readonly more: (count: number) => string;
  readonly formatCount: (count: number) => string;
}

/** A shape drawn on the canvas and where it answers the pointer (screen pixels in the map container). */
export interface DrawnTarget {
  readonly kind: 'cluster' | 'group';
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** Cluster position (for a single cluster) or the group's visible count. */
  readonly cluster: number;
  readonly count: number;
  /** The grid cells a group gathers (empty for a single cluster). */
  readonly cells: readonly Cell[];
}

const shapeCache = new Map<string, Path2D>();
function shapePath(cluster: Cluster, size: number): Path2D {
  const key = `${cluster.type}|${size}`;
  let path = shapeCache.get(key);
  if (!path) {
    path = new Path2D(markerShapePath(CLUSTER_TYPE_STYLE[cluster.type].shape, size));
    shapeCache.set(key, path);
  }
  return path;
}

/**
 * Headquarters of a large network, drawn on one canvas in one pass per
 * change: nearby headquarters become a disc with their count, a lone one
 * keeps its type's shape, cells the filters empty stay as a faint dot, and
 * the selection's clusters are drawn one by one on top. Clicking a group
 * zooms into it (or lists its members at the last zoom); clicking a cluster
 * selects it.
 *
 * Imperative on purpose: it lives inside Leaflet, which owns the pan and zoom,
 * and a redraw costs a few milliseconds without involving React.
 */
export class GroupedHeadquartersCanvas {
  readonly canvas: HTMLCanvasElement;
  private map: L.Map | null = null;
  private state: GroupedState;
  private targets: DrawnTarget[] = [];
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
    this.state = initial;
    // The canvas is a picture; the tables below the views list every cluster for screen readers.
    this.canvas = pictureCanvas('hq-groups');
  }

  addTo(map: L.Map): this {
    this.map = map;
    canvasPane(map, 'hqGroups', 620).append(this.canvas);
    // Panning redraws once per frame; the end of a zoom redraws at once, so nothing (an export) sees the old picture.
    map.on('move', this.scheduleDraw);
    map.on('zoomend viewreset resize', this.redraw);
    map.on('zoomstart', this.onZoomStart);
    map.on('click', this.onClick);
    map.on('mousemove', this.onHover);
    map.on('mouseout', this.hideTooltip);
    map.getContainer().addEventListener('keydown', this.onKeyDown);
    map.getContainer().classList.add('has-headquarters-groups');
    this.draw();
    return this;
  }

  remove(): void {
    const map = this.map;
    if (!map) return;
    cancelAnimationFrame(this.frame);
    map.off('move', this.scheduleDraw);
    map.off('zoomend viewreset resize', this.redraw);
    map.off('zoomstart', this.onZoomStart);
    map.off('click', this.onClick);
    map.off('mousemove', this.onHover);
    map.off('mouseout', this.hideTooltip);
    map.getContainer().removeEventListener('keydown', this.onKeyDown);
    map.getContainer().classList.remove('has-headquarters-groups');
    this.hideTooltip();
    this.closeList();
    this.canvas.remove();
    this.map = null;
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

  /** What is on the canvas now, topmost last (for hit testing, and read by the end-to-end tests). */
  drawnTargets(): readonly DrawnTarget[] {
    return this.targets;
  }

  private readonly redraw = () => this.draw();

  /** While a zoom animates, the canvas is hidden: what it drew can no longer be clicked. */
  private readonly onZoomStart = () => {
    this.targets = [];
    this.hideTooltip();
  };

  private closeList(): void {
    this.list?.remove();
    this.list = null;
  }

  /**
   * Keyboard: the map takes focus (arrows pan, + and − zoom, as Leaflet does);
   * Enter or Space opens the group or the headquarters nearest the centre,
   * which a crosshair marks while the map has focus.
   */
  private readonly onKeyDown = (event: KeyboardEvent) => {
    const map = this.map;
    if (!map || event.target !== map.getContainer() || (event.key !== 'Enter' && event.key !== ' ')) return;
    const centre = map.getSize().divideBy(2);
    let nearest: DrawnTarget | null = null;
    for (const target of this.targets) {
      const distance = Math.hypot(target.x - centre.x, target.y - centre.y);
      if (distance <= Math.max(target.radius, 12) + 24 && (!nearest || distance < Math.hypot(nearest.x - centre.x, nearest.y - centre.y))) nearest = target;
    }
    if (!nearest) return;
    event.preventDefault();
    if (nearest.kind === 'cluster') this.onSelect(nearest.cluster);
    else this.openGroup(nearest);
  };

  private readonly scheduleDraw = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  };

  private viewport(map: L.Map): Viewport {
    const size = map.getSize();
    const topLeft = map.getPixelBounds().min ?? L.point(0, 0);
    return { left: topLeft.x, top: topLeft.y, width: size.x, height: size.y, scale: 2 ** map.getZoom() };
  }

  /** Redraws everything: the whole canvas is one picture of the current view. */
  draw(): void {
    const map = this.map;
    if (!map) return;
    cancelAnimationFrame(this.frame);
    const view = this.viewport(map);
    // At least 2× so that an export at 2× is as sharp as the screen.
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
    L.DomUtil.setPosition(this.canvas, map.containerPointToLayerPoint([0, 0]));
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, view.width, view.height);

    const { visible, linked, selectionActive } = this.state;
    const bins = binPoints(this.points, visible, view, GROUP_CELL_SIZE);
    const targets: DrawnTarget[] = [];
    let groups = 0;
    let singles = 0;
    let drawnClusters = 0;
    for (const bin of bins) if (bin.visible === 0) this.drawFaded(context, bin);
    context.globalAlpha = selectionActive ? DIMMED_ALPHA : 1;
    if (!this.textStyleSet) {
      // Only after a resize (which resets the context): assigning a font forces a style
      // recalculation of the whole page, which costs more than the drawing itself.
      context.font = COUNT_FONT;
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      this.textStyleSet = true;
    }
    // A lone headquarters keeps its shape; its radius counts as the shape's, so it joins a group it would touch.
    const radiusOf = (count: number) => (count === 1 ? SINGLE_SIZE / 2 : groupRadius(count));
    for (const group of mergeOverlapping(bins, radiusOf)) {
      drawnClusters += group.visible;
      if (group.visible === 1) {
        this.drawCluster(context, group.first, group.x, group.y, SINGLE_SIZE);
        targets.push({ kind: 'cluster', x: group.x, y: group.y, radius: SINGLE_SIZE / 2 + 3, cluster: group.first, count: 1, cells: [] });
        singles += 1;
      } else {
        const radius = this.drawGroup(context, group);
        targets.push({ kind: 'group', x: group.x, y: group.y, radius, cluster: -1, count: group.visible, cells: group.cells });
        groups += 1;
      }
    }
    context.globalAlpha = 1;
    for (const position of linked) {
      const target = this.drawLinked(context, position, view);
      if (target) targets.push(target);
    }
    this.targets = targets;
    this.targetsScale = view.scale;
    this.canvas.dataset.groups = String(groups);
    this.canvas.dataset.singles = String(singles);
    this.canvas.dataset.linked = String(linked.length);
    // How many visible headquarters the picture accounts for: with the whole network in view, the count the panel shows.
    this.canvas.dataset.drawnClusters = String(drawnClusters);
  }

  private drawFaded(context: CanvasRenderingContext2D, bin: Bin): void {
    context.globalAlpha = FADED_ALPHA;
    context.fillStyle = FADED_FILL;
    context.beginPath();
    context.arc(bin.x, bin.y, 3, 0, 2 * Math.PI);
    context.fill();
  }

  private drawCluster(context: CanvasRenderingContext2D, position: number, x: number, y: number, size: number): void {
    const cluster = this.clusters[position];
    if (!cluster) return;
    const { color } = CLUSTER_TYPE_STYLE[cluster.type];
    context.save();
    context.translate(x - size / 2, y - size / 2);
    const path = shapePath(cluster, size);
    // Filled for interviewed clusters, hollow for clusters only cited, as in the legend.
    context.fillStyle = cluster.interviewed ? color : '#ffffff';
    context.strokeStyle = cluster.interviewed ? '#ffffff' : color;
    context.lineWidth = cluster.interviewed ? 1.5 : 2.5;
    context.fill(path);
    context.stroke(path);
    context.restore();
  }

  private drawGroup(context: CanvasRenderingContext2D, bin: Group): number {
    const radius = groupRadius(bin.visible);
    context.fillStyle = GROUP_FILL;
    context.strokeStyle = '#ffffff';
    context.lineWidth = 1.5;
    context.beginPath();
    context.arc(bin.x, bin.y, radius, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
    context.fillStyle = '#ffffff';
    context.fillText(this.texts.formatCount(bin.visible), bin.x, bin.y + 0.5);
    return radius;
  }

  private drawLinked(context: CanvasRenderingContext2D, position: number, view: Viewport): DrawnTarget | null {
    const k = this.pointOf(position);
    if (k < 0) return null;
    const x = (this.points.x[k] as number) * view.scale - view.left;
    const y = (this.points.y[k] as number) * view.scale - view.top;
    if (x < -LINKED_SIZE || y < -LINKED_SIZE || x > view.width + LINKED_SIZE || y > view.height + LINKED_SIZE) return null;
    const faded = this.state.visible[position] !== 1;
    context.globalAlpha = faded ? FADED_ALPHA : 1;
    this.drawCluster(context, position, x, y, LINKED_SIZE);
    context.globalAlpha = 1;
    if (position === this.state.selected) {
      context.strokeStyle = INK;
      context.lineWidth = 2;
      context.setLineDash([3, 2]);
      context.beginPath();
      context.arc(x, y, LINKED_SIZE / 2 + 4, 0, 2 * Math.PI);
      context.stroke();
      context.setLineDash([]);
    }
    return { kind: 'cluster', x, y, radius: LINKED_SIZE / 2 + 3, cluster: position, count: 1, cells: [] };
  }

  /** Index in the projected points of a cluster position (points are in dataset order). */
  private pointOf(position: number): number {
    const { cluster } = this.points;
    let low = 0;
    let high = cluster.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const value = cluster[mid] as number;
      if (value === position) return mid;
      if (value < position) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  private hit(point: L.Point): DrawnTarget | null {
    for (let i = this.targets.length - 1; i >= 0; i -= 1) {
      const target = this.targets[i] as DrawnTarget;
      if (Math.hypot(target.x - point.x, target.y - point.y) <= target.radius) return target;
    }
    return null;
  }

  private readonly onClick = (event: L.LeafletMouseEvent) => {
    const target = this.hit(event.containerPoint);
    if (!target) return;
    this.hideTooltip();
    if (target.kind === 'cluster') this.onSelect(target.cluster);
    else this.openGroup(target);
  };

  private readonly onHover = (event: L.LeafletMouseEvent) => {
    const map = this.map;
    if (!map) return;
    const target = this.hit(event.containerPoint);
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
    this.map?.getContainer().classList.remove('is-over-headquarters');
    this.tooltip.remove();
  };

  /** Zooms so that the group's members spread out; at the last zoom, or when they share one spot, lists them. */
  private openGroup(target: DrawnTarget): void {
    const map = this.map;
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
    this.list = L.popup({ maxHeight: 260, className: 'hq-group-popup' })
      .setLatLng(map.containerPointToLatLng([target.x, target.y]))
      .setContent(this.memberList(members))
      .openOn(map);
    // From the keyboard, the list is where the next step is.
    this.list.getElement()?.querySelector<HTMLButtonElement>('li button')?.focus();
  }

  /** The members of a group as buttons; names are set as text, never as HTML. */
  private memberList(members: readonly number[]): HTMLElement {
    const container = document.createElement('div');
    const heading = document.createElement('p');
    heading.className = 'hq-group-heading';
    heading.textContent = this.texts.listHeading(members.length);
    const list = document.createElement('ul');
    for (const position of members.slice(0, MAX_LISTED_MEMBERS)) {
      const cluster = this.clusters[position] as Cluster;
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'link-button';
      button.textContent = this.texts.describe(cluster);
      button.addEventListener('click', () => {
        this.map?.closePopup();
        this.onSelect(position);
      });
      item.append(button);
      list.append(item);
    }
    container.append(heading, list);
    if (members.length > MAX_LISTED_MEMBERS) {
      const more = document.createElement('p');
      more.textContent = this.texts.more(members.length - MAX_LISTED_MEMBERS);
      container.append(more);
    }
    return container;
  }
}
