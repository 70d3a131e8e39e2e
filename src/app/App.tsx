import type { i18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { StoresProvider, type AppStores } from '../state/StoreContext';
import { DashboardPage } from './DashboardPage';

export function App({ stores, i18n }: { stores: AppStores; i18n: i18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>
        <DashboardPage />
      </StoresProvider>
    </I18nextProvider>
  );
}
