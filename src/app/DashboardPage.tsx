import { lazy, Suspense } from 'react';
import { dataText } from '../domain/language';
import { useTranslation } from 'react-i18next';
import { ChartPanel } from '../features/chart/ChartPanel';
import { ExportMenu } from '../features/export/ExportMenu';
import { ImportDialog } from '../features/import/ImportDialog';
import { Intro } from '../features/intro/Intro';
import { DetailPanel } from '../features/detail/DetailPanel';
import { FilterPanel } from '../features/filters/FilterPanel';
import { LanguageSwitch } from '../features/filters/LanguageSwitch';
import { ViewSummary } from '../features/filters/ViewSummary';
import { MapPanel } from '../features/map/MapPanel';
import { NoticeBar } from './NoticeBar';
import { AfterFirstPaint } from '../ui/AfterFirstPaint';
import { LoadBoundary } from '../ui/LoadBoundary';
import { PartFailed } from '../ui/PartFailed';
import { useDashboard, useDatasetIndex, useDatasetState } from '../state/StoreContext';

const BelowTheViews = lazy(() => import('./BelowTheViews'));

/** The footer names the source of the data on screen: the study, or an imported dataset's own. */
function DatasetSource() {
  const language = useDashboard((s) => s.language);
  const { dataset } = useDatasetIndex();
  return <>{dataText(dataset.meta.sourceLine, language)}</>;
}

export function DashboardPage() {
  const { t } = useTranslation();
  const datasetState = useDatasetState();
  const selection = useDashboard((s) => s.selection);

  return (
    <div className="page">
      <a className="skip-link" href="#views">
        {t('app.skipToViews')}
      </a>
      {/* One row on a laptop: what this is, what is shown (counts, Reset, Export), data and language. */}
      <header className="page-header">
        <div className="page-heading">
          <h1>{t('app.title')}</h1>
          <p className="page-subtitle">{t('app.subtitle')}</p>
        </div>
        {datasetState.status === 'ready' && (
          <div className="view-toolbar">
            <ViewSummary />
            <ExportMenu />
          </div>
        )}
        <div className="header-actions">
          {datasetState.status === 'ready' && <ImportDialog />}
          <LanguageSwitch />
        </div>
      </header>
      <NoticeBar />
      {datasetState.status === 'loading' && (
        <p className="page-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {datasetState.status === 'error' && (
        <div className="page-status page-status--error">
          <PartFailed message={t('app.loadError', { message: datasetState.message })} reloadLabel={t('app.reload')} />
        </div>
      )}
      {datasetState.status === 'ready' && (
        <main className={selection ? 'layout has-detail' : 'layout'}>
          {/* One side column: the filters, or the details of what is selected. */}
          {selection ? <DetailPanel selection={selection} /> : <FilterPanel />}
          <div className="views-column">
            <Intro />
            <div className="views" id="views" tabIndex={-1}>
              <ChartPanel />
              <MapPanel />
            </div>
            {/* Below the first screen: its code fetched, and rendered, once the first screen has painted. */}
            <AfterFirstPaint>
              <LoadBoundary fallback={<PartFailed message={t('app.partFailed')} reloadLabel={t('app.reload')} />}>
                <Suspense fallback={null}>
                  <BelowTheViews />
                </Suspense>
              </LoadBoundary>
            </AfterFirstPaint>
          </div>
        </main>
      )}
      <footer className="page-footer">{datasetState.status === 'ready' ? <DatasetSource /> : t('footer.source')}</footer>
    </div>
  );
}
