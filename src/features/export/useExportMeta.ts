import { dataText, LOCALE_TAG } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import { domainSymbolPath } from '../../domain/chart/chartModel';
import { groupLegendSvgMarkup, isGroupedMap } from '../../domain/map/groupStyle';
import { APPROXIMATE_LEGEND_SVG, markerSvgMarkup } from '../../domain/map/markerLayout';
import { CLUSTER_TYPES } from '../../domain/clusterTypes';
import { EMPTY_CELL_SHADE, matrixShades, type MatrixShade } from '../../domain/coverageMatrix';
import type { ExportMeta, LegendItem } from '../../io/export/composeDocument';
import type { ImageScope } from '../../io/export/exportView';
import { useDashboard, useDashboardApi, useDatasetIndex } from '../../state/StoreContext';
import { selectVisibility } from '../../state/selectors';
import { useDescribeFilters } from '../../state/useFilterPhrases';
import { useViewHandles } from '../../io/export/viewHandles';
import { caseStudyRingSvg, EMPHASIS_OPACITY, INK, INK_MUTED } from '../../domain/designTokens';
import { selectionWords } from './selectionWords';
import { readableAddress } from '../../domain/text';

const symbolSvg = (path: string, color: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="-8 -8 16 16"><path d="${path}" fill="${color}"/></svg>`;
/** The study's grid in the legend: a dashed cell, hatched as an empty one is. */
const GRID_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect x="0.5" y="0.5" width="15" height="15" fill="#1f4e79" fill-opacity="0.12" stroke="#1f4e79" stroke-opacity="0.5" stroke-dasharray="3 2"/><path d="M0 16L16 0M-4 12L12 -4M4 20L20 4" stroke="#8a939c" stroke-opacity="0.6"/></svg>';
/** A selection's dashed circle, as Figure 1 and the map draw it round the selected item. */
const SELECTED_RING_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="-8 -8 16 16"><circle r="6.5" fill="none" stroke="${INK}" stroke-width="1.5" stroke-dasharray="3 2"/></svg>`;
/** A headquarters of no type in particular: what « faded » means holds for every type. */
const neutralMarkerSvg = () =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><circle cx="8" cy="8" r="6" fill="${INK_MUTED}"/></svg>`;
/** A legend symbol as faded as what it stands for is drawn (of no domain or type in particular: grey). */
const fadedSvg = (svg: string, opacity: number) => svg.replace(/(<svg[^>]*>)([\s\S]*)(<\/svg>)$/, `$1<g opacity="${opacity}">$2</g>$3`);
/** A matrix cell in the legend: its shade, framed as on the page. */
const shadeSvg = (shade: MatrixShade) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16"><rect x="0.5" y="2.5" width="15" height="11" fill="${shade.fill}" stroke="#c9ced4"/></svg>`;

/**
 * Everything an exported image says besides the views: title, filters, counts,
 * legend, source, version, link. Read when the export runs, so that filter
 * changes do not re-render the export menu.
 */
export function useExportMeta(): (scope: ImageScope, title: string, matrixMaxCount?: number, hideFiltered?: boolean) => ExportMeta {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const api = useDashboardApi();
  const index = useDatasetIndex();
  const describe = useDescribeFilters(t);
  const handles = useViewHandles();
  const { dataset } = index;

  return (scope, title, matrixMaxCount = 1, hideFiltered = false) => {
    const { filters, selection } = api.getState();
    const visibility = selectVisibility(index, filters);
    const phrases = describe(filters);
    // The matrix does not show the selection: only the views that do say it.
    const selected = scope === 'matrix' ? null : selectionWords(selection, index, t, language);
    const legend: LegendItem[] = [];
    if (scope === 'matrix') {
      // What the shades count, step by step, as under the matrix on the page.
      for (const shade of [EMPTY_CELL_SHADE, ...matrixShades(matrixMaxCount)]) {
        const range = shade.from === shade.to ? String(shade.from) : `${shade.from}–${shade.to}`;
        legend.push({ svg: shadeSvg(shade), label: t('export.matrixLegend', { count: shade.to, range }) });
      }
    }
    if (scope === 'whole' || scope === 'chart') {
      const visibleInitiatives = dataset.initiatives.filter((i) => visibility.initiativeIds.has(i.id));
      const domainIds = new Set(visibleInitiatives.map((i) => i.domain));
      for (const domain of [...dataset.domains].sort((a, b) => a.order - b.order)) {
        if (domainIds.has(domain.id)) legend.push({ svg: symbolSvg(domainSymbolPath(domain.order, 90), domain.color), label: dataText(domain.label, language) });
      }
      if (visibleInitiatives.some((i) => i.caseStudy !== null)) legend.push({ svg: caseStudyRingSvg(), label: t('chart.legendCaseStudy') });
      // An image with the study's grid says what its cells mean, as the page does under Figure 1.
      if (api.getState().whiteSpace) legend.push({ svg: GRID_SVG, label: t('chart.whiteSpaceLegend') });
      // Marks the filters leave out stay drawn, faded, unless the export leaves them out: the legend says what they are.
      if (!hideFiltered && visibility.initiativeIds.size < dataset.initiatives.length) {
        legend.push({ svg: fadedSvg(symbolSvg(domainSymbolPath(1, 90), INK_MUTED), EMPHASIS_OPACITY.marks.faded), label: t('export.legendFadedInitiatives') });
      }
      // The selected initiative's dashed circle, as Figure 1 draws it.
      if (selection?.kind === 'initiative' && index.initiativeById.has(selection.id)) legend.push({ svg: SELECTED_RING_SVG, label: t('export.legendSelectedInitiative') });
    }
    if (scope === 'whole' || scope === 'map') {
      const visibleClusters = dataset.clusters.filter((c) => visibility.clusterIds.has(c.id));
      for (const type of CLUSTER_TYPES) {
        if (visibleClusters.some((c) => c.type === type)) legend.push({ svg: markerSvgMarkup(type, true, 16), label: t(`clusterType.${type}`) });
      }
      if (visibleClusters.some((c) => !c.interviewed)) legend.push({ svg: markerSvgMarkup('pole-competitivite', false, 16), label: t('map.legendCited') });
      if (!isGroupedMap(dataset.clusters) && visibleClusters.some((c) => c.hq.precision === 'department' && c.hq.lat !== null)) {
        legend.push({ svg: APPROXIMATE_LEGEND_SVG, label: t('map.legendApproximate') });
      }
      if (isGroupedMap(dataset.clusters)) {
        legend.push({ svg: groupLegendSvgMarkup(false), label: t('map.legendGroup') });
        if (!hideFiltered && visibility.clusterIds.size < dataset.clusters.length) legend.push({ svg: groupLegendSvgMarkup(true), label: t('map.legendFaded') });
      } else {
        if (!hideFiltered && visibility.clusterIds.size < dataset.clusters.length) {
          legend.push({ svg: fadedSvg(neutralMarkerSvg(), EMPHASIS_OPACITY.markers.faded), label: t('export.legendFadedHeadquarters') });
        }
        // The selected headquarters' dashed circle, as the map draws it.
        const selectedCluster = selection?.kind === 'cluster' ? index.clusterById.get(selection.id) : undefined;
        if (selectedCluster) legend.push({ svg: SELECTED_RING_SVG, label: t('export.legendSelectedCluster', { name: selectedCluster.name }) });
      }
    }
    const date = new Intl.DateTimeFormat(LOCALE_TAG[language], { dateStyle: 'long' }).format(new Date());
    const attribution = scope === 'chart' || scope === 'matrix' ? null : handles.views().map?.leaflet().attribution || null;
    return {
      title,
      // The selection's ring and the dimmed rest are in the picture: the line under the title says whose they are.
      filterLine: [...(phrases.length > 0 ? phrases : [t('filterWords.none')]), ...(selected ? [selected] : [])].join(' · '),
      // « 1 cluster sur 32 », « 0 initiative sur 31 »: each count takes its own plural.
      countsLine: [
        t('export.countsInitiatives', { count: visibility.initiativeIds.size, total: dataset.initiatives.length }),
        t('export.countsClusters', { count: visibility.clusterIds.size, total: dataset.clusters.length }),
      ].join(' · '),
      legend,
      sourceLine: dataText(dataset.meta.sourceLine, language),
      // Leaflet separates its own credit from the layers' with a bar; a picture's footer separates with dots.
      attribution: attribution ? t('export.basemap', { attribution: attribution.split(/\s*\|\s*/).join(' · ') }) : null,
      versionLine: t('export.version', { version: dataset.meta.datasetVersion, date }),
      permalink: readableAddress(window.location.href),
      notes: [],
    };
  };
}
