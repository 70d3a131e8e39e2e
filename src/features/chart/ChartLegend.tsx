import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { domainSymbolPath } from '../../domain/chart/chartModel';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';

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
          <span className="legend-name" title={domain.label[language]}>
            {domain.label[language]}
          </span>
        </li>
      ))}
      <li>
        <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
          <circle r="8" fill="#fff" stroke="#1b1f24" strokeWidth="1.6" />
          <circle r="4" fill="#8a939c" />
        </svg>
        {t('chart.legendCaseStudy')}
      </li>
    </ul>
  );
});
