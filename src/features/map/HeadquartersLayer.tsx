import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import { clusterEmphasis, clustersOfSelection, type Emphasis } from '../../domain/emphasis';
import { spreadCrowdedMarkers } from '../../domain/map/markerLayout';
import type { Cluster } from '../../domain/schema';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { useVisibility } from '../../state/selectors';
import { useViewHandles } from '../../io/export/viewHandles';
import { HeadquartersNames } from './HeadquartersNames';
import { clusterIcon, MARKER_SIZE, MARKER_SPACING } from './markerIcon';
import { EMPHASIS_OPACITY, INK } from '../../domain/designTokens';
import { seatLabel } from '../../i18n/placeWords';

interface MarkerEntry {
  readonly cluster: Cluster;
  readonly marker: L.Marker;
}

const EMPHASIS_CLASSES = ['is-faded', 'is-dimmed', 'is-highlighted', 'is-selected'];

/**
 * The headquarters markers of a network small enough to show each one (see
 * MapPanel's GROUPING_THRESHOLD), managed imperatively inside the Leaflet map:
 * created once per dataset, then only restyled when filters, selection or
 * language change, so React never re-renders a marker.
 */
export function HeadquartersLayer() {
  const map = useMap();
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const visibility = useVisibility();
  const selection = useDashboard((s) => s.selection);
  const language = useDashboard((s) => s.language);
  const select = useDashboard((s) => s.select);
  const handles = useViewHandles();
  // The emphasis last written to each marker: only markers whose state changed are touched,
  // since each write costs style work in the next frame.
  const applied = useRef(new Map<string, { readonly emphasis: Emphasis; readonly selected: boolean }>());
  const names = useRef<HeadquartersNames | null>(null);
  // Each marker's offset from its true spot at this zoom (crowded ones are drawn apart), for the names.
  const spread = useRef<ReadonlyMap<string, { dx: number; dy: number }>>(new Map());

  const entries = useMemo<MarkerEntry[]>(
    () =>
      index.dataset.clusters.flatMap((cluster) => {
        const { lat, lon } = cluster.hq;
        // A seat without coordinates is listed in the tables and its profile, not mapped.
        if (lat === null || lon === null) return [];
        const icon = clusterIcon(cluster.type, cluster.interviewed);
        return [{ cluster, marker: L.marker([lat, lon], { icon, keyboard: true, riseOnHover: true }) }];
      }),
    [index],
  );

  useEffect(() => {
    const layer = L.layerGroup().addTo(map);
    const trueSpots = L.layerGroup().addTo(map);
    for (const { cluster, marker } of entries) {
      marker.on('click', () => select({ kind: 'cluster', id: cluster.id }));
      // Leaflet makes markers focusable buttons but does not activate them from the keyboard.
      marker.on('keydown', (event: L.LeafletKeyboardEvent) => {
        const key = event.originalEvent.key;
        if (key !== 'Enter' && key !== ' ') return;
        event.originalEvent.preventDefault();
        select({ kind: 'cluster', id: cluster.id });
      });
      marker.addTo(layer);
      const element = marker.getElement();
      element?.setAttribute('data-cluster-id', cluster.id);
      if (cluster.hq.precision === 'department') element?.classList.add('is-approximate');
    }

    // Markers that would cover each other at this zoom (same town, or towns a few km apart)
    // are drawn apart on a ring; a dot keeps each one's true spot. Redone at every zoom.
    const spreadCrowded = () => {
      const points = entries.map(({ cluster, marker }) => {
        const p = map.latLngToLayerPoint(marker.getLatLng());
        return { id: cluster.id, x: p.x, y: p.y };
      });
      const offsets = spreadCrowdedMarkers(points, MARKER_SPACING);
      spread.current = offsets;
      trueSpots.clearLayers();
      for (const { cluster, marker } of entries) {
        const offset = offsets.get(cluster.id) ?? { dx: 0, dy: 0 };
        const element = marker.getElement();
        if (element) {
          element.style.marginLeft = `${offset.dx - MARKER_SIZE / 2}px`;
          element.style.marginTop = `${offset.dy - MARKER_SIZE / 2}px`;
        }
        if (offset.dx !== 0 || offset.dy !== 0) {
          L.circleMarker(marker.getLatLng(), { radius: 2, color: INK, weight: 1, fillOpacity: 1, interactive: false }).addTo(trueSpots);
        }
      }
    };
    spreadCrowded();
    map.on('zoomend', spreadCrowded);
    // After the spreading (it listens to the same zoomend, later): names go beside the markers as drawn.
    const drawnMarkers = () =>
      entries.map(({ cluster, marker }) => {
        const point = map.latLngToContainerPoint(marker.getLatLng());
        const offset = spread.current.get(cluster.id) ?? { dx: 0, dy: 0 };
        return { id: cluster.id, x: point.x + offset.dx, y: point.y + offset.dy, emphasis: applied.current.get(cluster.id)?.emphasis ?? 'normal' };
      });
    const nameLayer = new HeadquartersNames((id) => index.clusterById.get(id)?.name, drawnMarkers, MARKER_SIZE / 2).addTo(map);
    names.current = nameLayer;
    // The export draws the markers and their names from what this layer hands over.
    handles.setMapPart('markers', () =>
      entries.flatMap(({ cluster, marker }) => {
        const element = marker.getElement();
        const svg = element?.getElementsByTagName('svg')[0];
        const shape = svg?.parentElement;
        return element && svg && shape ? [{ shape, svg, clusterId: cluster.id, faded: applied.current.get(cluster.id)?.emphasis === 'faded' }] : [];
      }),
    );
    handles.setMapPart('names', () => nameLayer.canvas);

    // A tooltip opens above its marker, or below it near the top edge, slid sideways as far as needed
    // to stay inside the map (a narrow map beside Figure 1 has little room on either side).
    const aimTooltip = (event: L.TooltipEvent) => {
      const tooltip = event.tooltip;
      const element = tooltip.getElement();
      const marker = event.target as L.Marker;
      const point = map.latLngToContainerPoint(marker.getLatLng());
      const size = map.getSize();
      const width = element?.offsetWidth ?? 200;
      const height = element?.offsetHeight ?? 30;
      const direction: L.Direction = point.y < height + 24 ? 'bottom' : 'top';
      const slide = Math.round(Math.max(4 + width / 2 - point.x, Math.min(0, size.x - 4 - width / 2 - point.x)));
      const offset: L.PointExpression = [slide, direction === 'top' ? -10 : 10];
      const current = L.point(tooltip.options.offset ?? [0, 0]);
      if (tooltip.options.direction === direction && current.x === offset[0] && current.y === offset[1]) return;
      tooltip.options.direction = direction;
      tooltip.options.offset = offset;
      tooltip.update();
    };
    for (const { marker } of entries) marker.on('tooltipopen', aimTooltip);
    const appliedStates = applied.current;
    return function removeHeadquartersMarkers() {
      appliedStates.clear();
      map.off('zoomend', spreadCrowded);
      for (const { marker } of entries) marker.off('click keydown tooltipopen');
      layer.remove();
      trueSpots.remove();
      nameLayer.remove();
      names.current = null;
      handles.setMapPart('markers', null);
      handles.setMapPart('names', null);
    };
  }, [map, entries, select, index, handles]);

  // Accessible names and tooltips follow the language; text goes in as text, never as HTML.
  useEffect(() => {
    for (const { cluster, marker } of entries) {
      const label = seatLabel(cluster, t);
      marker.getElement()?.setAttribute('aria-label', label);
      const tooltip = document.createElement('span');
      tooltip.textContent = label;
      marker.unbindTooltip().bindTooltip(tooltip, { direction: 'top', offset: [0, -10] });
    }
  }, [entries, t, language]);

  const linkedClusterIds = useMemo(
    () =>
      clustersOfSelection(selection, {
        initiativeById: index.initiativeById,
        caseStudyClusters: (n) => index.caseStudyByNumber.get(n)?.clusters ?? [],
      }),
    [selection, index],
  );

  useEffect(() => {
    for (const { cluster, marker } of entries) {
      const element = marker.getElement();
      if (!element) continue;
      const emphasis = clusterEmphasis(cluster, visibility, selection, linkedClusterIds);
      const selected = selection?.kind === 'cluster' && selection.id === cluster.id;
      const last = applied.current.get(cluster.id);
      if (last?.emphasis === emphasis && last.selected === selected) continue;
      applied.current.set(cluster.id, { emphasis, selected });
      element.classList.remove(...EMPHASIS_CLASSES);
      element.classList.add(`is-${emphasis}`);
      // The opacity of its emphasis, from the table Figure 1 and the grouped map read too (the export copies it).
      const shape = element.getElementsByTagName('svg')[0]?.parentElement;
      if (shape) shape.style.opacity = String(EMPHASIS_OPACITY.markers[emphasis]);
      if (selected) element.classList.add('is-selected');
      element.setAttribute('data-emphasis', emphasis);
      element.setAttribute('aria-pressed', String(selected));
      // Faded markers stay visible in place but leave the tab order.
      element.tabIndex = emphasis === 'faded' ? -1 : 0;
      marker.setZIndexOffset(emphasis === 'highlighted' ? 1000 : emphasis === 'faded' ? -1000 : 0);
    }
    // Who is named depends on who is shown and highlighted.
    names.current?.draw();
  }, [entries, visibility, selection, linkedClusterIds]);

  return null;
}
