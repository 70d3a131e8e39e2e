import { useCallback, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { useViewHandles } from '../../io/export/viewHandles';
import { useTranslation } from 'react-i18next';
import { clustersOfSelection } from '../../domain/emphasis';
import { projectPoints } from '../../domain/map/binning';
import type { Cluster } from '../../domain/schema';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { useVisibility } from '../../state/selectors';
import { GroupedHeadquartersCanvas, type GroupedState, type GroupedTexts } from './GroupedHeadquartersCanvas';
import { seatLabel } from '../../i18n/placeWords';
import { useKeptLayer } from './useKeptLayer';

/**
 * The headquarters of a large network (see MapPanel for the threshold), as
 * groups with counts on one canvas. Filters and selection reach the canvas
 * as typed masks; React renders nothing per headquarters.
 */
export function GroupedHeadquartersLayer() {
  const map = useMap();
  const { t, i18n } = useTranslation();
  const index = useDatasetIndex();
  const visibility = useVisibility();
  const selection = useDashboard((s) => s.selection);
  const language = useDashboard((s) => s.language);
  const select = useDashboard((s) => s.select);
  const handles = useViewHandles();

  const points = useMemo(() => projectPoints(index.dataset.clusters.map((c) => c.hq)), [index]);

  const texts = useMemo<GroupedTexts>(() => {
    const compact = new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 });
    const describe = (cluster: Cluster) => seatLabel(cluster, t);
    return {
      describe,
      group: (count) => t('map.group', { count }),
      groupHint: t('map.groupHint'),
      listHeading: (count) => t('map.groupList', { count }),
      more: (count) => t('map.groupMore', { count }),
      formatCount: (count) => (count < 1000 ? String(count) : compact.format(count)),
    };
    // The language is a dependency: `t` is stable across language changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, i18n, language]);

  const state = useMemo<GroupedState>(() => {
    const linkedIds = clustersOfSelection(selection, index);
    const linked = [...linkedIds].flatMap((id) => {
      const position = index.clusterPosition.get(id);
      return position === undefined ? [] : [position];
    });
    const selected = selection?.kind === 'cluster' ? (index.clusterPosition.get(selection.id) ?? -1) : -1;
    return { visible: visibility.clusterIds.mask, linked, selected, selectionActive: selection !== null };
  }, [visibility, selection, index]);

  const create = useCallback(
    (initial: { readonly state: GroupedState; readonly texts: GroupedTexts }) => {
      const canvas = new GroupedHeadquartersCanvas(
        points,
        index.dataset.clusters,
        initial.texts,
        (position) => {
          const cluster = index.dataset.clusters[position];
          if (cluster) select({ kind: 'cluster', id: cluster.id });
        },
        initial.state,
      ).addTo(map);
      handles.setMapPart('pictures', () => [canvas.canvas]);
      return {
        layer: canvas,
        remove: () => {
          handles.setMapPart('pictures', null);
          canvas.remove();
        },
      };
    },
    [map, points, index, select, handles],
  );
  useKeptLayer(create, state, texts);

  return null;
}
