import { errorMessage } from '../domain/errorMessage';
import { isLanguage } from '../domain/language';
import type { i18n } from 'i18next';
import { createI18n } from '../i18n/i18n';
import { loadStudyDataset } from '../io/loadStudyDataset';
import { createDashboardStore } from '../state/dashboardStore';
import { createDatasetStore } from '../state/datasetStore';
import { createNoticeStore } from '../state/noticeStore';
import { dropUrlParameter, followDatasetFreeChoices, startUrlSync } from '../state/urlSync';
import { indexVocabulary, urlVocabulary } from '../state/urlVocabulary';
import type { AppStores } from '../state/StoreContext';
import { loadLinkedDataset, type LinkLoadEnd } from './linkedDatasetLoad';

export interface AppRuntime {
  readonly stores: AppStores;
  readonly i18n: i18n;
  /** Loads the study's dataset (and a `?data=` dataset), and keeps the page language in step with the store. */
  start(): Promise<void>;
}

export interface AppRuntimeOptions {
  /** How long a `?data=` load waits for a silent server. */
  readonly linkIdleTimeoutMs?: number;
}

/**
 * A `?data=` link's dataset loads while the study is on screen and usable;
 * meanwhile the address keeps the link (its view names the coming dataset's
 * items) and follows only the language and the map. Whatever the load's
 * end, `data=` leaves the address unless the dataset is on screen.
 */
async function loadLink(stores: AppStores, address: string, options: AppRuntimeOptions): Promise<LinkLoadEnd> {
  const stopFollowing = followDatasetFreeChoices(stores.dashboard);
  try {
    const end = await loadLinkedDataset(stores, address, { page: window.location, idleTimeoutMs: options.linkIdleTimeoutMs });
    if (end !== 'shown') dropUrlParameter('data');
    return end;
  } finally {
    stopFollowing();
  }
}

/** Wires the stores, the translations and the first data load, outside React. */
export function createAppRuntime(options: AppRuntimeOptions = {}): AppRuntime {
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
      const params = new URLSearchParams(window.location.search);
      const lang = params.get('lang');
      if (lang !== null && isLanguage(lang)) stores.dashboard.getState().setLanguage(lang);
      try {
        stores.dataset.getState().setDataset(await loadStudyDataset());
      } catch (error) {
        stores.dataset.getState().setError(errorMessage(error));
        return;
      }
      const linked = params.get('data');
      const linkEnd = linked ? await loadLink(stores, linked, options) : 'shown';

      const currentVocabulary = () => {
        const state = stores.dataset.getState().state;
        return state.status === 'ready' ? indexVocabulary(state.index) : urlVocabulary({ domains: [], initiatives: [], clusters: [], caseStudies: [] });
      };
      // A view the user chose while the link loaded is theirs: the address follows it rather than the link's.
      startUrlSync(stores.dashboard, currentVocabulary, (problems) => stores.notices.getState().push({ kind: 'url-ignored', problems }), window, {
        from: linkEnd === 'superseded' ? 'store' : 'url',
      });
      // `data=` names the dataset the link loaded at start. Once another one is on screen (the study again, or a
      // file), it goes, also from entries Back and Forward land on, or a reload would bring the old dataset back.
      let linkOutdated = false;
      const forgetLink = () => {
        if (linkOutdated) dropUrlParameter('data');
      };
      window.addEventListener('popstate', forgetLink);
      // Another dataset: choices that named its items no longer apply.
      stores.dataset.subscribe((state, previous) => {
        if (state.state !== previous.state && state.state.status === 'ready' && previous.state.status === 'ready') {
          linkOutdated = true;
          forgetLink();
          stores.dashboard.getState().resetView();
        }
      });
    },
  };
}
