import { createContext, useContext, useEffect, useReducer, useRef, type ReactNode } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DashboardStore } from './dashboardStore';
import type { DatasetState, DatasetStore } from './datasetStore';
import type { Notice, NoticeStore } from './noticeStore';
import type { DatasetIndex } from '../domain/datasetIndex';

export interface AppStores {
  readonly dashboard: StoreApi<DashboardStore>;
  readonly dataset: StoreApi<DatasetStore>;
  readonly notices: StoreApi<NoticeStore>;
}

const StoresContext = createContext<AppStores | null>(null);
/** Counts the renders asked for after a dataset change; read by every reader of the dataset. */
const DatasetPassContext = createContext(0);

/**
 * Once a new dataset is on screen, renders every reader of the dataset
 * once more. React keeps each component's previous render (its
 * "alternate") until that component renders again: after going back to the
 * study, the components that drew an imported network would otherwise hold
 * it (118 MB for 100,000 clusters) until they happened to render again —
 * for the filters, not before the next dataset. A context change reaches
 * them through `memo`, unlike a render from the top.
 */
function useSecondPassAfterDatasetChange(dataset: StoreApi<DatasetStore>): number {
  const state = useStore(dataset, (s) => s.state);
  const [pass, renderAgain] = useReducer((n: number) => n + 1, 0);
  // A ref, not state: both copies of this component share it, so neither keeps the old dataset.
  const shown = useRef(state);
  useEffect(() => {
    const previous = shown.current;
    shown.current = state;
    // Only a dataset replacing another leaves one behind (not the first load: no second render on opening the page).
    if (previous !== state && previous.status === 'ready') renderAgain();
  }, [state]);
  return pass;
}

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  const pass = useSecondPassAfterDatasetChange(stores.dataset);
  return (
    <StoresContext.Provider value={stores}>
      <DatasetPassContext.Provider value={pass}>{children}</DatasetPassContext.Provider>
    </StoresContext.Provider>
  );
}

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('Dashboard hooks must be used inside <StoresProvider>: wrap the app (or the test) in it.');
  return stores;
}

/**
 * Subscribes to one slice of the dashboard state. The selector must return a
 * primitive or a stable reference (wrap object picks in `useShallow`).
 */
export function useDashboard<T>(selector: (state: DashboardStore) => T): T {
  return useStore(useStores().dashboard, selector);
}

export function useDatasetState(): DatasetState {
  useContext(DatasetPassContext);
  return useStore(useStores().dataset, (s) => s.state);
}

/** The loaded dataset's index; only for views rendered once the dataset is ready. */
export function useDatasetIndex(): DatasetIndex {
  const state = useDatasetState();
  if (state.status !== 'ready') throw new Error('useDatasetIndex is only for views rendered after the dataset is ready.');
  return state.index;
}

/** The dashboard store itself, for effects that read or write it outside rendering. */
export function useDashboardApi(): StoreApi<DashboardStore> {
  return useStores().dashboard;
}

export function useNotices(): { notices: readonly Notice[]; progress: NoticeStore['progress']; dismiss: (notice: Notice) => void } {
  const store = useStores().notices;
  const notices = useStore(store, (s) => s.notices);
  const progress = useStore(store, (s) => s.progress);
  const dismiss = useStore(store, (s) => s.dismiss);
  return { notices, progress, dismiss };
}
