import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { useState } from 'react';
import { StoresProvider, type AppStores } from '../state/StoreContext';
import { createViewHandles, ViewHandlesProvider } from '../io/export/viewHandles';
import { DashboardPage } from './DashboardPage';

export function App({ stores, i18n }: { stores: AppStores; i18n: i18n }) {
  const [viewHandles] = useState(createViewHandles);
  return (
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <ViewHandlesProvider handles={viewHandles}>
          <DashboardPage />
        </ViewHandlesProvider>
      </StoresProvider>
    </I18nextProvider>
  );
}
