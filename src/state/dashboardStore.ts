import { DEFAULT_COMPARABILITY, type Comparability } from '../domain/comparable';
import type { MatrixGrouping } from '../domain/coverageMatrix';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { FILTERS, type ListFilterKey } from '../domain/filterTable';
import { DEFAULT_FILTERS, toggleIn, type FilterKey, type Filters } from '../domain/filters';
import type { ClusterType } from '../domain/schema';
import { REFERENCE_LANGUAGE, type Language } from '../domain/language';
import type { Selection } from '../domain/selection';

export type { Language } from '../domain/language';
export type { Selection } from '../domain/selection';


export interface MapView {
  readonly lat: number;
  readonly lon: number;
  readonly zoom: number;
}

/** What the user chose. Nothing here can be derived from something else. */
export interface DashboardState {
  readonly filters: Filters;
  readonly selection: Selection | null;
  /** null until the user pans or zooms: the map then fits the headquarters. */
  readonly mapView: MapView | null;
  readonly language: Language;
  /** The optional OpenStreetMap tile layer; off by default so nothing leaves the machine until asked. */
  readonly onlineTiles: boolean;
  /** Clusters set side by side, in the order chosen (at most MAX_COMPARED). */
  readonly compared: readonly string[];
  /** The title the user typed for exported images; null while it follows the filters. */
  readonly exportTitle: string | null;
  /** What makes clusters comparable in a profile's suggestions. */
  readonly comparability: Comparability;
  /** Figure 1 drawn over the study's grid of categories, each cell shaded by its visible initiatives. */
  readonly whiteSpace: boolean;
  /** The coverage matrix, unfolded with its rows standing for clusters, regions or types; null while folded. */
  readonly matrix: MatrixGrouping | null;
}

export const MAX_COMPARED = 3;

export interface DashboardActions {
  /** Sets one filter of the table (`domain/filterTable.ts`), tidied as its declaration says (ranges ordered and clamped). */
  setFilter<K extends FilterKey>(key: K, value: Filters[K]): void;
  /** Adds an item to a list filter (domains, types, regions), or takes it out. */
  toggleFilterItem<K extends ListFilterKey>(key: K, item: Filters[K][number]): void;
  resetFilters(): void;
  select(selection: Selection | null): void;
  setMapView(view: MapView | null): void;
  setLanguage(language: Language): void;
  setOnlineTiles(on: boolean): void;
  /** Adds a cluster to the comparison, or removes it; a fourth is refused. */
  toggleCompared(clusterId: string): void;
  clearCompared(): void;
  /** A title of the user's own for exported images, or null to let it follow the filters again. */
  setExportTitle(title: string | null): void;
  setComparability(comparability: Comparability): void;
  setWhiteSpace(on: boolean): void;
  setMatrix(grouping: MatrixGrouping | null): void;
  /**
   * A cell of the coverage matrix shown in both views: Figure 1 and the map
   * filtered to its domain, and to its region or type; a cluster's row selects
   * the cluster, so its initiatives stand out and its profile opens.
   */
  showMatrixCell(grouping: MatrixGrouping, rowKey: string, domainId: string): void;
  /** Restores the default view (filters, selection, map, comparison, export title) but keeps the language and the matrix's place on the page. */
  resetView(): void;
}

export type DashboardStore = DashboardState & DashboardActions;

export const INITIAL_STATE: DashboardState = {
  filters: DEFAULT_FILTERS,
  selection: null,
  mapView: null,
  language: REFERENCE_LANGUAGE,
  onlineTiles: false,
  compared: [],
  exportTitle: null,
  comparability: DEFAULT_COMPARABILITY,
  whiteSpace: false,
  matrix: null,
};

/** A fresh store; the app uses one, tests make their own. */
export function createDashboardStore(initial: Partial<DashboardState> = {}): StoreApi<DashboardStore> {
  return createStore<DashboardStore>()((set) => {
    return {
      ...INITIAL_STATE,
      ...initial,
      setFilter: (key, value) =>
        set((state) => {
          const tidy = FILTERS[key].tidy as ((value: Filters[typeof key]) => Filters[typeof key]) | undefined;
          return { filters: { ...state.filters, [key]: tidy ? tidy(value) : value } };
        }),
      toggleFilterItem: (key, item) => set((state) => ({ filters: { ...state.filters, [key]: toggleIn<string>(state.filters[key], item) } })),
      resetFilters: () => set({ filters: DEFAULT_FILTERS }),
      select: (selection) => set({ selection }),
      setMapView: (mapView) => set({ mapView }),
      setLanguage: (language) => set({ language }),
      setOnlineTiles: (onlineTiles) => set({ onlineTiles }),
      toggleCompared: (clusterId) =>
        set((state) => {
          if (state.compared.includes(clusterId)) return { compared: state.compared.filter((id) => id !== clusterId) };
          return state.compared.length >= MAX_COMPARED ? {} : { compared: [...state.compared, clusterId] };
        }),
      clearCompared: () => set({ compared: [] }),
      setExportTitle: (exportTitle) => set({ exportTitle }),
      setComparability: (comparability) => set({ comparability }),
      setWhiteSpace: (whiteSpace) => set({ whiteSpace }),
      setMatrix: (matrix) => set({ matrix }),
      showMatrixCell: (grouping, rowKey, domainId) =>
        set((state) => {
          const filters = { ...state.filters, domains: [domainId] };
          if (grouping === 'cluster') return { filters, selection: { kind: 'cluster', id: rowKey } };
          if (grouping === 'region') return { filters: { ...filters, regions: rowKey === '' ? [] : [rowKey] }, selection: null };
          return { filters: { ...filters, clusterTypes: [rowKey as ClusterType] }, selection: null };
        }),
      resetView: () => set({ filters: DEFAULT_FILTERS, selection: null, mapView: null, compared: [], exportTitle: null, comparability: DEFAULT_COMPARABILITY, whiteSpace: false }),
    };
  });
}
