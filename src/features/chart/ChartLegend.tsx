import { dataText } from '../../domain/language';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { domainSymbolPath } from '../../domain/chart/chartModel';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { CASE_STUDY_RING_LEGEND, INK, PAPER } from '../../domain/designTokens';

/** What the colours, shapes and the ring mean. */
export const ChartLegend = memo(function ChartLegend() {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const { dataset } = useDatasetIndex();
  const domains = [...dataset.domains].sort((a, b) => a.order - b.order);
  return (
    <ul className="legend" aria-label={t('chart.legend')}>
      {domains.map((domain) => (
        <li key={domain.id}>
          <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
            <path d={domainSymbolPath(domain.order, 90)} fill={domain.color} />
          </svg>
          {/* Cut to two lines on screen (a pasted label must not push the views off the page); whole on hover and to screen readers. */}
          <span className="legend-name" title={dataText(domain.label, language)}>
            {dataText(domain.label, language)}
          </span>
        </li>
      ))}
      <li>
        {/* The drawing the exported legend uses (caseStudyRingSvg). */}
        <svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true">
          <circle r={CASE_STUDY_RING_LEGEND.outer} fill={PAPER} stroke={INK} strokeWidth={CASE_STUDY_RING_LEGEND.strokeWidth} />
          <circle r={CASE_STUDY_RING_LEGEND.inner} fill={CASE_STUDY_RING_LEGEND.markFill} />
        </svg>
        {t('chart.legendCaseStudy')}
      </li>
    </ul>
  );
});
