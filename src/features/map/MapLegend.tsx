import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CLUSTER_TYPES, type ClusterType } from '../../domain/clusterTypes';
import { groupLegendSvgMarkup } from '../../domain/map/groupStyle';
import { APPROXIMATE_LEGEND_SVG } from '../../domain/map/markerLayout';
import { markerGraphic, svgFromMarkup } from './markerIcon';

function Symbol({ type, interviewed }: { type: ClusterType; interviewed: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(markerGraphic(type, interviewed, 16));
  }, [type, interviewed]);
  return <span ref={ref} className="legend-symbol" aria-hidden="true" />;
}

/** A group or a faded headquarters, drawn from constant markup (no data goes into it). */
function GroupSymbol({ faded }: { faded: boolean }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(svgFromMarkup(groupLegendSvgMarkup(faded)));
  }, [faded]);
  return <span ref={ref} className="legend-symbol" aria-hidden="true" />;
}

function ApproximateSymbol() {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    ref.current?.replaceChildren(svgFromMarkup(APPROXIMATE_LEGEND_SVG));
  }, []);
  return <span ref={ref} className="legend-symbol" aria-hidden="true" />;
}

/** Shapes and colours for types; filled for interviewed clusters, hollow for clusters only cited; the dashed halo. */
export function MapLegend({ grouped, approximate }: { grouped: boolean; approximate: boolean }) {
  const { t } = useTranslation();
  return (
    <ul className="legend" aria-label={t('map.legend')}>
      {CLUSTER_TYPES.map((type) => (
        <li key={type}>
          <Symbol type={type} interviewed />
          {t(`clusterType.${type}`)}
        </li>
      ))}
      <li>
        <Symbol type="pole-competitivite" interviewed={false} />
        {t('map.legendCited')}
      </li>
      {approximate && (
        <li>
          <ApproximateSymbol />
          {t('map.legendApproximate')}
        </li>
      )}
      {grouped && (
        <>
          <li>
            <GroupSymbol faded={false} />
            {t('map.legendGroup')}
          </li>
          <li>
            <GroupSymbol faded />
            {t('map.legendFaded')}
          </li>
        </>
      )}
    </ul>
  );
}
