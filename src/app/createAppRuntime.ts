import type { i18n } from 'i18next';
import { createI18n } from '../i18n/i18n';
import { loadStudyDataset } from '../io/loadStudyDataset';
import { createDashboardStore } from '../state/dashboardStore';
import { createDatasetStore } from '../state/datasetStore';
import { createNoticeStore } from '../state/noticeStore';
import { startUrlSync } from '../state/urlSync';
import { urlVocabulary } from '../state/urlVocabulary';
import type { AppStores } from '../state/StoreContext';

export interface AppRuntime {
  readonly stores: AppStores;
  readonly i18n: i18n;
  /** Loads the study's dataset and keeps the page language in step with the store. */
  start(): Promise<void>;
}

/** Wires the stores, the translations and the first data load, outside React. */
export function createAppRuntime(): AppRuntime {
  const stores: AppStores = {
    dashboard: createDashboardStore(),
    dataset: createDatasetStore(),
    notices: createNoticeStore(),
  };
  const i18n = createI18n(stores.dashboard.getState().language);

  const applyLanguage = (language: string) => {
    document.documentElement.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  };

  return {
    stores,
    i18n,
    async start() {
      applyLanguage(stores.dashboard.getState().language);
      stores.dashboard.subscribe((state, previous) => {
        if (state.language !== previous.language) applyLanguage(state.language);
      });
      // The URL's language applies before the data arrives, so the loading message is in the right language.
      const lang = new URLSearchParams(window.location.search).get('lang');
      if (lang === 'en' || lang === 'fr') stores.dashboard.getState().setLanguage(lang);
      try {
        const dataset = await loadStudyDataset();
        stores.dataset.getState().setDataset(dataset);
        startUrlSync(stores.dashboard, urlVocabulary(dataset), (problems) =>
          stores.notices.getState().push({ kind: 'url-ignored', problems }),
        );
      } catch (error) {
        stores.dataset.getState().setError(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
