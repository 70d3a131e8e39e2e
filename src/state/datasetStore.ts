import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildDatasetIndex, type DatasetIndex } from '../domain/datasetIndex';
import type { Dataset } from '../domain/schema';

/**
 * The dataset on screen. Kept apart from the dashboard store because it is
 * loaded content, not a choice: replacing it happens only once a new
 * dataset has been fully validated.
 */
/** Where the dataset on screen comes from: the study shipped with the app, or the user's files. */
export type DatasetOrigin = { readonly kind: 'study' } | { readonly kind: 'import'; readonly name: string };

export type DatasetState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly index: DatasetIndex; readonly origin: DatasetOrigin };

export interface DatasetStore {
  readonly state: DatasetState;
  /** The study's dataset, kept once loaded so the user can always go back to it. */
  readonly study: Dataset | null;
  setError(message: string): void;
  setDataset(dataset: Dataset, origin?: DatasetOrigin): void;
  /** An imported dataset whose index was built as it arrived from the import's worker (`io/import/runImport`). */
  setImported(index: DatasetIndex, name: string): void;
}

export function createDatasetStore(): StoreApi<DatasetStore> {
  return createStore<DatasetStore>()((set) => ({
    state: { status: 'loading' },
    study: null,
    setError: (message) => set({ state: { status: 'error', message } }),
    setDataset: (dataset, origin = { kind: 'study' }) =>
      set((current) => ({
        state: { status: 'ready', index: buildDatasetIndex(dataset), origin },
        study: origin.kind === 'study' ? dataset : current.study,
      })),
    setImported: (index, name) => set({ state: { status: 'ready', index, origin: { kind: 'import', name } } }),
  }));
}
