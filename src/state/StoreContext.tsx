import { createContext, useContext, type ReactNode } from 'react';
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

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
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

export function useNotices(): { notices: readonly Notice[]; dismiss: (notice: Notice) => void } {
  const store = useStores().notices;
  const notices = useStore(store, (s) => s.notices);
  const dismiss = useStore(store, (s) => s.dismiss);
  return { notices, dismiss };
}
