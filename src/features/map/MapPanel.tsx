import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { MapContainer, TileLayer, useMap } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import { GROUPING_THRESHOLD, isGroupedMap } from '../../domain/map/groupStyle';
import { AfterFirstFrame } from '../../ui/AfterFirstFrame';
import { preloadableLazy, usePreloadWhenIdle } from '../../ui/preloadableLazy';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PartFailed } from '../../ui/PartFailed';
import { useDashboard, useDashboardApi, useDatasetIndex } from '../../state/StoreContext';
import { useViewHandles } from '../../io/export/viewHandles';
import { BasemapLayer } from './BasemapLayer';
import { HeadquartersLayer } from './HeadquartersLayer';
import { MapLegend } from './MapLegend';

/**
 * How the headquarters are shown, by display mode (see `isGroupedMap`): one
 * marker each, or grouped on a canvas for a large network. Each is a Leaflet
 * layer mounted inside the map. The grouped one is loaded on demand: only
 * large networks need it, so it stays out of the first download.
 */
const GROUPED_LAYER = preloadableLazy(() => import('./GroupedHeadquartersLayer').then((m) => m.GroupedHeadquartersLayer));
const HEADQUARTERS_DISPLAY: Record<'markers' | 'grouped', { readonly layer: ComponentType; readonly onDemand: boolean }> = {
  markers: { layer: HeadquartersLayer, onDemand: false },
  grouped: { layer: GROUPED_LAYER.Component, onDemand: true },
};

/** Metropolitan France: the view when no headquarters can be placed (an import without coordinates). */
const FRANCE_BOUNDS = L.latLngBounds([41, -5], [51.5, 9.6]);
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

/** The tiles of the tile layers that have loaded (Leaflet marks them so), in drawing order. */
function loadedTiles(map: L.Map): HTMLImageElement[] {
  const tiles: HTMLImageElement[] = [];
  map.eachLayer((layer) => {
    if (layer instanceof L.TileLayer) tiles.push(...(layer.getContainer()?.querySelectorAll<HTMLImageElement>('img.leaflet-tile-loaded') ?? []));
  });
  return tiles;
}

/** Gives the export the map it draws from, and the names of the clusters on it. */
function ExportHandle() {
  const map = useMap();
  const index = useDatasetIndex();
  const handles = useViewHandles();
  useEffect(() => {
    // Moving from the first 'move' (drag, pan, zoom) to the 'moveend' that closes it, inertia included
    // (Leaflet's inertia fires no movestart, but moves, and its moveend comes when it stops).
    let moving = false;
    const waiting = new Set<() => void>();
    const onMove = () => {
      moving = true;
    };
    const onMoveEnd = () => {
      moving = false;
      for (const resolve of waiting) resolve();
      waiting.clear();
    };
    map.on('move zoomstart', onMove);
    map.on('moveend', onMoveEnd);
    handles.setMap({
      panel: () => map.getContainer().closest('section'),
      container: () => map.getContainer(),
      leaflet: () => ({
        mapPane: map.getPane('mapPane') ?? map.getContainer(),
        tiles: loadedTiles(map),
        vectors: [...(map.getPane('overlayPane')?.getElementsByTagName('svg') ?? [])],
        attribution: map.attributionControl?.getContainer()?.textContent?.trim() ?? '',
      }),
      parts: () => handles.mapParts(),
      clusterName: (id) => index.clusterById.get(id)?.name,
      settled: () =>
        moving
          ? new Promise<void>((resolve) => {
              waiting.add(resolve);
              // A move that never ends (it should not happen) must not hold an export forever.
              setTimeout(resolve, 2000);
            })
          : Promise.resolve(),
    });
    return function unregisterMapExport() {
      map.off('move zoomstart', onMove);
      map.off('moveend', onMoveEnd);
      for (const resolve of waiting) resolve();
      handles.setMap(null);
    };
  }, [map, index, handles]);
  return null;
}

/**
 * Two-way link between the map's view and the store: a user's pan or zoom is
 * recorded; a view set from outside (URL, back button, reset) is applied.
 * Views the map sets itself are not recorded: fitting the headquarters, and
 * following its panel's size (Leaflet only watches the window; the panel
 * grows with Figure 1, whose height follows the window) — the centre stays,
 * and a fitted map is fitted again.
 */
function ViewSync({ bounds }: { bounds: L.LatLngBounds }) {
  const map = useMap();
  const api = useDashboardApi();
  const mapView = useDashboard((s) => s.mapView);
  const programmatic = useRef(false);

  useEffect(() => {
    const record = () => {
      if (programmatic.current) {
        programmatic.current = false;
        return;
      }
      const center = map.getCenter();
      api.getState().setMapView({
        lat: Math.round(center.lat * 1e4) / 1e4,
        lon: Math.round(center.lng * 1e4) / 1e4,
        zoom: map.getZoom(),
      });
    };
    map.on('moveend', record);
    const followSize = () => {
      // invalidateSize fires its moveend at once, and only when the size changed.
      programmatic.current = true;
      map.invalidateSize({ pan: true, animate: false });
      programmatic.current = false;
      if (api.getState().mapView === null) {
        programmatic.current = true;
        map.fitBounds(bounds, { padding: [14, 14], animate: false });
      }
    };
    const observer = new ResizeObserver(followSize);
    observer.observe(map.getContainer());
    return function stopRecordingView() {
      map.off('moveend', record);
      observer.disconnect();
    };
  }, [map, api, bounds]);

  useEffect(() => {
    const center = map.getCenter();
    if (mapView === null) {
      programmatic.current = true;
      map.fitBounds(bounds, { padding: [14, 14], animate: false });
      return;
    }
    const same = Math.abs(center.lat - mapView.lat) < 1e-3 && Math.abs(center.lng - mapView.lon) < 1e-3 && map.getZoom() === mapView.zoom;
    if (!same) {
      programmatic.current = true;
      map.setView([mapView.lat, mapView.lon], mapView.zoom, { animate: false });
    }
  }, [map, mapView, bounds]);
  return null;
}

export function MapPanel() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const onlineTiles = useDashboard((s) => s.onlineTiles);
  const setOnlineTiles = useDashboard((s) => s.setOnlineTiles);
  const [basemapError, setBasemapError] = useState<string | null>(null);
  const onBasemapError = useCallback((message: string) => setBasemapError(message), []);
  // Each retry mounts the basemap layer anew, which asks for the file again (a failed request is not kept).
  const [basemapAttempt, setBasemapAttempt] = useState(0);
  const retryBasemap = () => {
    setBasemapError(null);
    setBasemapAttempt((n) => n + 1);
  };

  const bounds = useMemo(() => {
    const points = index.dataset.clusters.flatMap((c) => (c.hq.lat !== null && c.hq.lon !== null ? [[c.hq.lat, c.hq.lon] as [number, number]] : []));
    return points.length > 0 ? L.latLngBounds(points).pad(0.02) : FRANCE_BOUNDS;
  }, [index]);
  const grouped = useMemo(() => isGroupedMap(index.dataset.clusters), [index]);
  // A network imported later (a file, a link) then draws its groups in the frame its data arrives in.
  usePreloadWhenIdle(GROUPED_LAYER.preload);
  const approximate = useMemo(() => !grouped && index.dataset.clusters.some((c) => c.hq.precision === 'department' && c.hq.lat !== null), [index, grouped]);

  return (
    <section className="panel map-panel" aria-labelledby="map-heading">
      <h2 id="map-heading">{t('map.heading')}</h2>
      <div className="map-frame" data-testid="hq-map">
        {/* Leaflet starts once the first frame is painted: it measures its container as it starts. */}
        <AfterFirstFrame placeholder={<div className="hq-map" />}>
          <MapContainer
            bounds={bounds}
            boundsOptions={{ padding: [14, 14] }}
            minZoom={4}
            maxZoom={13}
            maxBounds={[
              [30, -20],
              [60, 28],
            ]}
            zoomSnap={0.25}
            attributionControl
            keyboard
            className="hq-map"
          >
            <ExportHandle />
            <ViewSync bounds={bounds} />
            <LeafletControlWords />
            {onlineTiles ? (
              <TileLayer
                url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
                attribution={OSM_ATTRIBUTION}
                crossOrigin="anonymous"
                maxZoom={19}
              />
            ) : (
              <BasemapLayer key={basemapAttempt} onError={onBasemapError} />
            )}
            {!onlineTiles && <AttributionText text={t('map.basemapAttribution')} />}
            <HeadquartersDisplay mode={grouped ? 'grouped' : 'markers'} failed={t('app.partFailed')} reloadLabel={t('app.reload')} />
          </MapContainer>
        </AfterFirstFrame>
      </div>
      {basemapError && !onlineTiles && (
        <p className="map-note" role="status">
          {t('map.basemapError')}{' '}
          <button type="button" className="link-button" onClick={retryBasemap}>
            {t('map.retry')}
          </button>
        </p>
      )}
      <label className="map-option">
        <input type="checkbox" checked={onlineTiles} onChange={(event) => setOnlineTiles(event.target.checked)} />
        {t('map.onlineTiles')}
      </label>
      {grouped && <p className="map-note">{t('map.groupedNote', { threshold: GROUPING_THRESHOLD })}</p>}
      <MapLegend grouped={grouped} approximate={approximate} />
    </section>
  );
}

/** The headquarters in the display mode chosen; a mode loaded on demand says so if its code cannot be fetched. */
function HeadquartersDisplay({ mode, failed, reloadLabel }: { readonly mode: keyof typeof HEADQUARTERS_DISPLAY; readonly failed: string; readonly reloadLabel: string }) {
  const { layer: Layer, onDemand } = HEADQUARTERS_DISPLAY[mode];
  if (!onDemand) return <Layer />;
  return (
    <LoadBoundary fallback={<PartFailed message={failed} reloadLabel={reloadLabel} />}>
      <Suspense fallback={null}>
        <Layer />
      </Suspense>
    </LoadBoundary>
  );
}

/**
 * Leaflet's own controls in the page's language: the zoom buttons' names and
 * tooltips (Leaflet writes « Zoom in »), and the title of the credit's link.
 * The credit's text stays « Leaflet » (an exported picture copies it).
 */
function LeafletControlWords() {
  const map = useMap();
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  useEffect(() => {
    const zoom = map.zoomControl?.getContainer();
    for (const [selector, words] of [
      ['.leaflet-control-zoom-in', t('map.zoomIn')],
      ['.leaflet-control-zoom-out', t('map.zoomOut')],
    ] as const) {
      const button = zoom?.querySelector(selector);
      button?.setAttribute('title', words);
      button?.setAttribute('aria-label', words);
    }
    const credit = document.createElement('a');
    credit.href = 'https://leafletjs.com';
    credit.title = t('map.leafletTitle');
    credit.textContent = 'Leaflet';
    map.attributionControl?.setPrefix(credit.outerHTML);
    // The language is named too: what changes the words, whether or not `t` changes with it.
  }, [map, t, language]);
  return null;
}

/** Adds a plain-text attribution for as long as it is mounted. */
function AttributionText({ text }: { text: string }) {
  const map = useMap();
  useEffect(() => {
    const control = map.attributionControl;
    control.addAttribution(text);
    return function removeAttribution() {
      control.removeAttribution(text);
    };
  }, [map, text]);
  return null;
}
