import { errorMessage } from '../../domain/errorMessage';
import L from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useViewHandles } from '../../io/export/viewHandles';
import type { FeatureCollection, MultiPolygon } from 'geojson';

interface Basemap {
  readonly countries: FeatureCollection<MultiPolygon, { name: string; iso: string }>;
  readonly regionLabels: readonly { code: string; name: string; lat: number; lon: number }[];
}

const FRANCE_ISO = '250';
let basemapRequest: Promise<Basemap> | null = null;

/** Fetched once from the app's own origin (public/basemap), so the map works offline. */
export function loadBasemap(): Promise<Basemap> {
  basemapRequest ??= fetch(new URL('basemap/europe-west.json', document.baseURI))
    .then((response) => {
      if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
      return response.json() as Promise<Basemap>;
    })
    .catch((error: unknown) => {
      // Not kept: the map's « Réessayer » asks again.
      basemapRequest = null;
      throw error;
    });
  return basemapRequest;
}

/** Natural Earth countries (France stands out) and, from zoom 6, the names of France's regions. */
export function BasemapLayer({ onError }: { onError: (message: string) => void }) {
  const map = useMap();
  const handles = useViewHandles();
  useEffect(() => {
    let cancelled = false;
    const layer = L.layerGroup();
    const labels = L.layerGroup();
    const showLabels = () => {
      if (map.getZoom() >= 6) labels.addTo(map);
      else labels.remove();
    };
    loadBasemap()
      .then((basemap) => {
        if (cancelled) return;
        L.geoJSON(basemap.countries, {
          interactive: false,
          style: (feature) => {
            const france = feature?.properties.iso === FRANCE_ISO;
            return { color: '#9aa3ad', weight: france ? 1.2 : 0.8, fillColor: france ? '#f3efe6' : '#e4e7ea', fillOpacity: 1 };
          },
        }).addTo(layer);
        for (const region of basemap.regionLabels) {
          const text = document.createElement('span');
          text.textContent = region.name;
          L.marker([region.lat, region.lon], {
            icon: L.divIcon({ html: text, className: 'region-label', iconSize: [120, 14], iconAnchor: [60, 7] }),
            interactive: false,
            keyboard: false,
          }).addTo(labels);
        }
        layer.addTo(map);
        showLabels();
      })
      .catch((error: unknown) => onError(errorMessage(error)));
    map.on('zoomend', showLabels);
    // The region names an export writes: those on the map now (from zoom 6).
    handles.setMapPart('regionLabels', () =>
      map.hasLayer(labels) ? labels.getLayers().flatMap((label) => (label instanceof L.Marker && label.getElement() ? [label.getElement() as HTMLElement] : [])) : [],
    );
    return function removeBasemap() {
      handles.setMapPart('regionLabels', null);
      cancelled = true;
      map.off('zoomend', showLabels);
      layer.remove();
      labels.remove();
    };
  }, [map, onError, handles]);
  return null;
}
