import { useCallback, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { useTranslation } from 'react-i18next';
import { clusterEmphasis, clustersOfSelection } from '../../domain/emphasis';
import type { Cluster } from '../../domain/schema';
import { seatLabel } from '../../i18n/placeWords';
import { useViewHandles } from '../../io/export/viewHandles';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { useVisibility } from '../../state/selectors';
import { HeadquartersMarkers, type MarkersState } from './HeadquartersMarkers';
import { useKeptLayer } from './useKeptLayer';

/**
 * The headquarters as markers (see MapPanel for when): a `HeadquartersMarkers`
 * layer, made once per dataset and kept in step with the store — the
 * emphasis of each headquarters, the selection, the words of the language.
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

  const state = useMemo<MarkersState>(() => {
    const linked = clustersOfSelection(selection, index);
    return {
      emphasisOf: (cluster: Cluster) => clusterEmphasis(cluster, visibility, selection, linked),
      selectedId: selection?.kind === 'cluster' ? selection.id : null,
    };
  }, [visibility, selection, index]);

  const describe = useMemo(
    () => (cluster: Cluster) => seatLabel(cluster, t),
    // The language is a dependency: `t` is stable across language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, language],
  );

  const create = useCallback(
    ({ state: initialState, texts }: { readonly state: MarkersState; readonly texts: (cluster: Cluster) => string }) => {
      const markers = new HeadquartersMarkers(index.dataset.clusters, texts, initialState, (id) => select({ kind: 'cluster', id })).addTo(map);
      // The export draws the markers and their names from what this layer hands over.
      handles.setMapPart('markers', () => markers.exportMarkers());
      handles.setMapPart('names', () => markers.namesCanvas);
      return {
        layer: markers,
        remove: () => {
          handles.setMapPart('markers', null);
          handles.setMapPart('names', null);
          markers.remove();
        },
      };
    },
    [map, index, select, handles],
  );
  useKeptLayer(create, state, describe);

  return null;
}
