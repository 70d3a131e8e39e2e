import { useTranslation } from 'react-i18next';
import { hasAnyFilter } from '../../domain/filters';
import { useDashboard, useDatasetIndex } from '../../state/StoreContext';
import { useVisibility } from '../../state/selectors';
import { useFilterPhrases } from '../../state/useFilterPhrases';

/** How much of the dataset the views show ("12 initiatives · 7 clusters"), and the way back to everything. */
export function ViewSummary() {
  const { t } = useTranslation();
  const index = useDatasetIndex();
  const filters = useDashboard((s) => s.filters);
  const selection = useDashboard((s) => s.selection);
  const mapView = useDashboard((s) => s.mapView);
  const compared = useDashboard((s) => s.compared);
  const customTitle = useDashboard((s) => s.exportTitle !== null);
  const resetView = useDashboard((s) => s.resetView);
  const visibility = useVisibility();
  const phrases = useFilterPhrases(t);
  const { initiatives, clusters } = index.dataset;
  const filtered = hasAnyFilter(filters);
  const totals = { initiatives: initiatives.length, clusters: clusters.length };
  return (
    <div className="view-summary">
      <p role="status" data-testid="counts">
        {/* On a phone, a line each (the separator hidden): one line left no room for Reset beside Export. */}
        <strong>
          <span>{t('filters.counts_initiatives', { count: visibility.initiativeIds.size })}</span>
          <span className="view-summary-separator">{' · '}</span>
          <span>{t('filters.counts_clusters', { count: visibility.clusterIds.size })}</span>
        </strong>
        {filtered && (
          // Short on screen, « (sur 31 et 32) »; whole for a screen reader, which hears it after the counts.
          <span className="view-summary-total">
            <span aria-hidden="true"> {t('filters.countsOutOf', totals)}</span>
            <span className="visually-hidden"> {t('filters.countsOutOfSpoken', totals)}</span>
          </span>
        )}
      </p>
      {/* For screen readers: the header has no room to show them whole (the filter panel shows the filters). */}
      {phrases.length > 0 && (
        <p className="visually-hidden" data-testid="active-filters">
          {phrases.join(' · ')}
        </p>
      )}
      <button type="button" className="reset-button" onClick={resetView} disabled={!filtered && !selection && !mapView && compared.length === 0 && !customTitle}>
        {t('filters.reset')}
      </button>
    </div>
  );
}
