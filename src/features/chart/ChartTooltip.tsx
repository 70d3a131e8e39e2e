import { dataText } from '../../domain/language';
import { useTranslation } from 'react-i18next';
import type { ChartMark } from '../../domain/chart/chartModel';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';

const TOOLTIP_WIDTH = 260;

/** The full story of the pointed or focused mark: label, domain, clusters, case study. */
export function ChartTooltip({ mark, chartWidth }: { mark: ChartMark; chartWidth: number }) {
  const { t } = useTranslation();
  const language = useDashboard((s) => s.language);
  const index = useDatasetIndex();
  const initiative = index.initiativeById.get(mark.id);
  if (!initiative) return null;
  const domain = index.domainById.get(initiative.domain);
  const clusterNames = initiative.clusters.map((id) => index.clusterById.get(id)?.name ?? id);
  const left = Math.max(4, Math.min(mark.x + 14, chartWidth - TOOLTIP_WIDTH - 4));
  const below = mark.y < 140;
  return (
    <div
      id="chart-tooltip"
      role="tooltip"
      className="chart-tooltip"
      style={{ left, top: below ? mark.y + 16 : undefined, bottom: below ? undefined : `calc(100% - ${mark.y - 16}px)`, width: TOOLTIP_WIDTH }}
    >
      <strong>{dataText(initiative.label, language)}</strong>
      {domain && (
        <span className="chart-tooltip-domain" style={{ borderColor: domain.color }}>
          {dataText(domain.label, language)}
        </span>
      )}
      <span>
        {clusterNames.length > 0 ? t('chart.tooltipClusters', { names: clusterNames.join(', ') }) : t('chart.tooltipNoCluster')}
      </span>
      {initiative.caseStudy !== null && <span>{t('chart.tooltipCaseStudy', { number: initiative.caseStudy })}</span>}
      <span className="chart-tooltip-hint">{t('chart.tooltipSelectHint')}</span>
    </div>
  );
}
