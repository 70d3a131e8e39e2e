import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../features/chart/ChartPanel';
import { FilterPanel } from '../features/filters/FilterPanel';
import { LanguageSwitch } from '../features/filters/LanguageSwitch';
import { MapPanel } from '../features/map/MapPanel';
import { NoticeBar } from './NoticeBar';
import { useDatasetState } from '../state/StoreContext';

export function DashboardPage() {
  const { t } = useTranslation();
  const datasetState = useDatasetState();

  return (
    <div className="page">
      <a className="skip-link" href="#views">
        {t('app.skipToViews')}
      </a>
      <header className="page-header">
        <div>
          <h1>{t('app.title')}</h1>
          <p className="page-subtitle">{t('app.subtitle')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <NoticeBar />
      {datasetState.status === 'loading' && (
        <p className="page-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {datasetState.status === 'error' && (
        <p className="page-status page-status--error" role="alert">
          {t('app.loadError', { message: datasetState.message })}
        </p>
      )}
      {datasetState.status === 'ready' && (
        <main className="layout">
          <FilterPanel />
          <div className="views" id="views" tabIndex={-1}>
            <ChartPanel />
            <MapPanel />
          </div>
        </main>
      )}
      <footer className="page-footer">{t('footer.source')}</footer>
    </div>
  );
}
