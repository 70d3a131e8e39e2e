import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { useState } from 'react';
import { StoresProvider, type AppStores } from '../state/StoreContext';
import { createViewHandles, ViewHandlesProvider } from '../io/export/viewHandles';
import { LoadBoundary } from '../ui/LoadBoundary';
import { PartFailed } from '../ui/PartFailed';
import { DashboardPage } from './DashboardPage';

export function App({ stores, i18n }: { stores: AppStores; i18n: i18n }) {
  const [viewHandles] = useState(createViewHandles);
  return (
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <ViewHandlesProvider handles={viewHandles}>
          {/* Whatever fails while rendering, the reader is told and given the way back, never a blank page. */}
          <LoadBoundary fallback={<Crashed />}>
            <DashboardPage />
          </LoadBoundary>
        </ViewHandlesProvider>
      </StoresProvider>
    </I18nextProvider>
  );
}

function Crashed() {
  const { t } = useTranslation();
  return (
    <main className="page page--crashed">
      <h1>{t('app.title')}</h1>
      <PartFailed message={t('app.crashed')} reloadLabel={t('app.reload')} />
    </main>
  );
}
