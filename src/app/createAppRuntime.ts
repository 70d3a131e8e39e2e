import type { i18n } from 'i18next';
import { createI18n } from '../i18n/i18n';
import { fetchLinkedFile, resolveLinkedAddress, type LinkProblem } from '../io/linkedDataset';
import { loadStudyDataset } from '../io/loadStudyDataset';
import { createDashboardStore } from '../state/dashboardStore';
import { createDatasetStore } from '../state/datasetStore';
import { createNoticeStore } from '../state/noticeStore';
import { dropUrlParameter, startUrlSync } from '../state/urlSync';
import { urlVocabulary } from '../state/urlVocabulary';
import type { AppStores } from '../state/StoreContext';

export interface AppRuntime {
  readonly stores: AppStores;
  readonly i18n: i18n;
  /** Loads the study's dataset (and a `?data=` dataset), and keeps the page language in step with the store. */
  start(): Promise<void>;
}

/**
 * `?data=<url>` loads a dataset of one's own network, from the same origin
 * only, redirects included (a link must not make the app fetch from elsewhere).
 */
async function loadLinkedDataset(stores: AppStores, address: string): Promise<void> {
  const report = ({ code, params }: Pick<LinkProblem, 'code' | 'params'>) =>
    stores.notices.getState().push({ kind: 'import-failed', source: address, problems: [{ file: address, code, params }] });
  const resolved = resolveLinkedAddress(address, window.location);
  if (!resolved.ok) {
    report(resolved);
    return;
  }
  const { url } = resolved;
  const study = stores.dataset.getState().study;
  if (!study) return;
  const loading = { kind: 'import-loading', source: address } as const;
  stores.notices.getState().push(loading);
  try {
    const file = await fetchLinkedFile(url, window.location);
    if (!file.ok) {
      report(file);
      return;
    }
    const { name, bytes } = file;
    // The import code is loaded only for links that carry a dataset.
    const [{ importSources }, { loadCommuneGeocoder }] = await Promise.all([import('../io/import/importSources'), import('../io/import/communeGeocoder')]);
    const outcome = await importSources([{ name, bytes }], {
      delimiter: 'auto',
      frame: study,
      loadGeocoder: loadCommuneGeocoder,
      now: new Date(),
    });
    if (outcome.ok) stores.dataset.getState().setDataset(outcome.dataset, { kind: 'import', name });
    else stores.notices.getState().push({ kind: 'import-failed', source: address, problems: outcome.problems });
  } catch (error) {
    report({ code: 'fetch-failed', params: { detail: error instanceof Error ? error.message : String(error) } });
  } finally {
    stores.notices.getState().dismiss(loading);
  }
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
      const params = new URLSearchParams(window.location.search);
      const lang = params.get('lang');
      if (lang === 'en' || lang === 'fr') stores.dashboard.getState().setLanguage(lang);
      try {
        stores.dataset.getState().setDataset(await loadStudyDataset());
      } catch (error) {
        stores.dataset.getState().setError(error instanceof Error ? error.message : String(error));
        return;
      }
      const linked = params.get('data');
      if (linked) await loadLinkedDataset(stores, linked);

      const currentVocabulary = () => {
        const state = stores.dataset.getState().state;
        return state.status === 'ready' ? urlVocabulary(state.index.dataset) : urlVocabulary({ domains: [], initiatives: [], clusters: [], caseStudies: [] });
      };
      startUrlSync(stores.dashboard, currentVocabulary, (problems) => stores.notices.getState().push({ kind: 'url-ignored', problems }));
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
