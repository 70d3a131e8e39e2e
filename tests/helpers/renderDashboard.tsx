import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Dataset } from '../../src/domain/schema';
import { createI18n } from '../../src/i18n/i18n';
import { createDashboardStore, type DashboardState } from '../../src/state/dashboardStore';
import { createDatasetStore } from '../../src/state/datasetStore';
import { createNoticeStore } from '../../src/state/noticeStore';
import { StoresProvider, type AppStores } from '../../src/state/StoreContext';

/**
 * Renders a piece of the dashboard with its own stores and translations.
 * A missing translation key fails the test instead of showing the key.
 */
export function renderDashboard(
  ui: ReactElement,
  { dataset, state = {} }: { dataset: Dataset; state?: Partial<DashboardState> },
): RenderResult & { stores: AppStores } {
  const stores: AppStores = { dashboard: createDashboardStore(state), dataset: createDatasetStore(), notices: createNoticeStore() };
  stores.dataset.getState().setDataset(dataset);
  const i18n = createI18n(stores.dashboard.getState().language, (key) => {
    throw new Error(`Missing translation key: ${key}`);
  });
  stores.dashboard.subscribe((s) => {
    if (s.language !== i18n.language) void i18n.changeLanguage(s.language);
  });
  const result = render(
    <I18nextProvider i18n={i18n}>
      <StoresProvider stores={stores}>{ui}</StoresProvider>
    </I18nextProvider>,
  );
  return { ...result, stores };
}
