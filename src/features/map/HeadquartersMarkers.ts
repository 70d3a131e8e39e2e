import L from 'leaflet';
import { EMPHASIS_OPACITY, INK } from '../../domain/designTokens';
import type { Emphasis } from '../../domain/emphasis';
import { spreadCrowdedMarkers } from '../../domain/map/markerLayout';
import { tooltipPlacement } from '../../domain/map/tooltipPlacement';
import type { Cluster } from '../../domain/schema';
import type { MarkerElement } from '../../io/export/viewHandles';
import { HeadquartersNames } from './HeadquartersNames';
import { clusterIcon, MARKER_SIZE, MARKER_SPACING } from './markerIcon';

/** How each headquarters is shown now: its emphasis, and which one is selected. */
export interface MarkersState {
  readonly emphasisOf: (cluster: Cluster) => Emphasis;
  readonly selectedId: string | null;
}

interface MarkerEntry {
  readonly cluster: Cluster;
  readonly marker: L.Marker;
}

const NO_OFFSET = { dx: 0, dy: 0 };

/**
 * The headquarters of a network small enough to show each one (see MapPanel's
 * GROUPING_THRESHOLD) as a Leaflet layer: one keyboard-reachable marker per
 * headquarters, created once, then only restyled when the state changes, so
 * React never renders a marker. Markers that would cover each other at this
 * zoom are drawn apart on a ring, with a dot on each true spot, and the names
 * of the headquarters in view are written beside them (`HeadquartersNames`).
 *
 * The maths are pure and tested on their own: the spreading
 * (`spreadCrowdedMarkers`), the emphasis (`clusterEmphasis`, worked out by the
 * caller), where a tooltip goes (`tooltipPlacement`), which names are written
 * (`headquartersToName`). Leaflet adds and removes the map events (`getEvents`).
 */
export class HeadquartersMarkers extends L.Layer {
  private readonly entries: readonly MarkerEntry[];
  private readonly markers = L.layerGroup();
  private readonly trueSpots = L.layerGroup();
  private readonly names: HeadquartersNames;
  /** Each marker's offset from its true spot at this zoom. */
  private offsets: ReadonlyMap<string, { dx: number; dy: number }> = new Map();
  /** The emphasis last written to each marker: only markers whose state changed are touched (each write costs style work). */
  private readonly applied = new Map<string, { readonly emphasis: Emphasis; readonly selected: boolean }>();

  constructor(
    clusters: readonly Cluster[],
    private describe: (cluster: Cluster) => string,
    private state: MarkersState,
    onSelect: (clusterId: string) => void,
  ) {
    super();
    // A seat without coordinates is listed in the tables and its profile, not mapped.
    this.entries = clusters.flatMap((cluster) => {
      const { lat, lon } = cluster.hq;
      if (lat === null || lon === null) return [];
      const marker = L.marker([lat, lon], { icon: clusterIcon(cluster.type, cluster.interviewed), keyboard: true, riseOnHover: true });
      marker.on('click', () => onSelect(cluster.id));
      // Leaflet makes markers focusable buttons but does not activate them from the keyboard.
      marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
        const key = event.originalEvent.key;
        if (key !== 'Enter' && key !== ' ') return;
        event.originalEvent.preventDefault();
        onSelect(cluster.id);
      });
      // Worded when it opens, in the language of that moment: text, never HTML.
      marker.bindTooltip(() => this.tooltipText(cluster), { direction: 'top', offset: [0, -10] });
      marker.on('tooltipopen', this.aimTooltip);
      marker.addTo(this.markers);
      return [{ cluster, marker }];
    });
    const nameOf = new Map(clusters.map((c) => [c.id, c.name]));
    this.names = new HeadquartersNames((id) => nameOf.get(id), this.drawnMarkers, MARKER_SIZE / 2);
  }

  override onAdd(map: L.Map): this {
    this.markers.addTo(map);
    this.trueSpots.addTo(map);
    for (const { cluster, marker } of this.entries) {
      const element = marker.getElement();
      element?.setAttribute('data-cluster-id', cluster.id);
      if (cluster.hq.precision === 'department') element?.classList.add('is-approximate');
    }
    this.spreadCrowded();
    this.writeTexts();
    this.applied.clear();
    this.writeState();
    // After the spreading: the names go beside the markers as drawn.
    this.names.addTo(map);
    return this;
  }

  override onRemove(): this {
    this.markers.remove();
    this.trueSpots.remove();
    this.names.remove();
    return this;
  }

  override getEvents(): { [name: string]: L.LeafletEventHandlerFn } {
    // Registered before the names' own zoomend, so they are laid out after the spreading.
    return { zoomend: this.spreadCrowded };
  }

  /** What the export draws: each marker's shape with its emphasis, and the names' canvas. */
  exportMarkers(): MarkerElement[] {
    return this.entries.flatMap(({ cluster, marker }) => {
      const element = marker.getElement();
      const svg = element?.getElementsByTagName('svg')[0];
      const shape = svg?.parentElement;
      return element && svg && shape ? [{ shape, svg, clusterId: cluster.id, faded: this.applied.get(cluster.id)?.emphasis === 'faded' }] : [];
    });
  }

  get namesCanvas(): HTMLCanvasElement {
    return this.names.canvas;
  }

  /** Accessible names and tooltips, in the reader's language; text goes in as text, never as HTML. */
  setTexts(describe: (cluster: Cluster) => string): void {
    this.describe = describe;
    if (this._map) this.writeTexts();
  }

  setState(state: MarkersState): void {
    this.state = state;
    if (this._map) this.writeState();
  }

  private writeTexts(): void {
    for (const { cluster, marker } of this.entries) {
      marker.getElement()?.setAttribute('aria-label', this.describe(cluster));
      // An open tooltip takes the new words at once; the others when they open.
      if (marker.isTooltipOpen()) marker.getTooltip()?.update();
    }
  }

  private tooltipText(cluster: Cluster): HTMLElement {
    const text = document.createElement('span');
    text.textContent = this.describe(cluster);
    return text;
  }

  private writeState(): void {
    const { emphasisOf, selectedId } = this.state;
    for (const { cluster, marker } of this.entries) {
      const element = marker.getElement();
      if (!element) continue;
      const emphasis = emphasisOf(cluster);
      const selected = selectedId === cluster.id;
      const last = this.applied.get(cluster.id);
      if (last?.emphasis === emphasis && last.selected === selected) continue;
      this.applied.set(cluster.id, { emphasis, selected });
      // The opacity of its emphasis, from the table Figure 1 and the grouped map read too (the export copies it);
      // the highlighted and selected markers' rings are CSS.
      const shape = element.getElementsByTagName('svg')[0]?.parentElement;
      if (shape) shape.style.opacity = String(EMPHASIS_OPACITY.markers[emphasis]);
      element.classList.toggle('is-highlighted', emphasis === 'highlighted');
      element.classList.toggle('is-selected', selected);
      element.setAttribute('data-emphasis', emphasis);
      element.setAttribute('aria-pressed', String(selected));
      // Faded markers stay visible in place but leave the tab order.
      element.tabIndex = emphasis === 'faded' ? -1 : 0;
      marker.setZIndexOffset(emphasis === 'highlighted' ? 1000 : emphasis === 'faded' ? -1000 : 0);
    }
    // Who is named depends on who is shown and highlighted.
    this.names.draw();
  }

  /** Markers that would cover each other at this zoom (same town, or towns a few km apart) drawn apart; redone at every zoom. */
  private readonly spreadCrowded = (): void => {
    const map = this._map;
    if (!map) return;
    const points = this.entries.map(({ cluster, marker }) => {
      const p = map.latLngToLayerPoint(marker.getLatLng());
      return { id: cluster.id, x: p.x, y: p.y };
    });
    this.offsets = spreadCrowdedMarkers(points, MARKER_SPACING);
    this.trueSpots.clearLayers();
    for (const { cluster, marker } of this.entries) {
      const offset = this.offsets.get(cluster.id) ?? NO_OFFSET;
      const element = marker.getElement();
      if (element) {
        element.style.marginLeft = `${offset.dx - MARKER_SIZE / 2}px`;
        element.style.marginTop = `${offset.dy - MARKER_SIZE / 2}px`;
      }
      if (offset.dx !== 0 || offset.dy !== 0) {
        L.circleMarker(marker.getLatLng(), { radius: 2, color: INK, weight: 1, fillOpacity: 1, interactive: false }).addTo(this.trueSpots);
      }
    }
  };

  /** The markers as drawn, from the map's projection (reading boxes from the DOM at each change would force a layout). */
  private readonly drawnMarkers = () => {
    const map = this._map;
    if (!map) return [];
    return this.entries.map(({ cluster, marker }) => {
      const point = map.latLngToContainerPoint(marker.getLatLng());
      const offset = this.offsets.get(cluster.id) ?? NO_OFFSET;
      return { id: cluster.id, x: point.x + offset.dx, y: point.y + offset.dy, emphasis: this.applied.get(cluster.id)?.emphasis ?? 'normal' };
    });
  };

  private readonly aimTooltip = (event: L.TooltipEvent): void => {
    const map = this._map;
    if (!map) return;
    const tooltip = event.tooltip;
    const element = tooltip.getElement();
    const marker = event.target as L.Marker;
    const { direction, offset } = tooltipPlacement(map.latLngToContainerPoint(marker.getLatLng()), map.getSize(), {
      width: element?.offsetWidth ?? 200,
      height: element?.offsetHeight ?? 30,
    });
    const current = L.point(tooltip.options.offset ?? [0, 0]);
    if (tooltip.options.direction === direction && current.x === offset[0] && current.y === offset[1]) return;
    tooltip.options.direction = direction;
    tooltip.options.offset = [offset[0], offset[1]];
    tooltip.update();
  };
}
