import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildDatasetIndex, type DatasetIndex } from '../domain/datasetIndex';
import type { Dataset } from '../domain/schema';

/**
 * The dataset on screen. Kept apart from the dashboard store because it is
 * loaded content, not a choice: replacing it happens only once a new
 * dataset has been fully validated.
 */
export type DatasetState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'ready'; readonly index: DatasetIndex };

export interface DatasetStore {
  readonly state: DatasetState;
  setLoading(): void;
  setError(message: string): void;
  setDataset(dataset: Dataset): void;
}

export function createDatasetStore(): StoreApi<DatasetStore> {
  return createStore<DatasetStore>()((set) => ({
    state: { status: 'loading' },
    setLoading: () => set({ state: { status: 'loading' } }),
    setError: (message) => set({ state: { status: 'error', message } }),
    setDataset: (dataset) => set({ state: { status: 'ready', index: buildDatasetIndex(dataset) } }),
  }));
}
