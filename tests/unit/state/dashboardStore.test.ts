import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../../src/domain/filters';
import { createDashboardStore } from '../../../src/state/dashboardStore';

describe('the dashboard store', () => {
  it('starts in French with no filter and no selection', () => {
    const state = createDashboardStore().getState();
    expect(state.language).toBe('fr');
    expect(state.filters).toEqual(DEFAULT_FILTERS);
    expect(state.selection).toBeNull();
  });

  it('toggles domains and cluster types on and off', () => {
    const store = createDashboardStore();
    store.getState().toggleFilterItem('domains', 'a');
    store.getState().toggleFilterItem('domains', 'b');
    store.getState().toggleFilterItem('domains', 'a');
    store.getState().toggleFilterItem('clusterTypes', 'ptce');
    expect(store.getState().filters.domains).toEqual(['b']);
    expect(store.getState().filters.clusterTypes).toEqual(['ptce']);
  });

  it('orders and clamps axis ranges', () => {
    const store = createDashboardStore();
    store.getState().setFilter('audience', [0.8, 0.2]);
    store.getState().setFilter('horizon', [-1, 3]);
    expect(store.getState().filters.audience).toEqual([0.2, 0.8]);
    expect(store.getState().filters.horizon).toEqual([0, 1]);
  });

  it('keeps the filters object stable when an unrelated field changes', () => {
    const store = createDashboardStore();
    const before = store.getState().filters;
    store.getState().select({ kind: 'cluster', id: 'x' });
    store.getState().setLanguage('en');
    expect(store.getState().filters).toBe(before);
  });

  it('compares at most three clusters, in the order chosen', () => {
    const store = createDashboardStore();
    for (const id of ['a', 'b', 'c', 'd']) store.getState().toggleCompared(id);
    expect(store.getState().compared).toEqual(['a', 'b', 'c']);
    store.getState().toggleCompared('b');
    store.getState().toggleCompared('d');
    expect(store.getState().compared).toEqual(['a', 'c', 'd']);
    store.getState().clearCompared();
    expect(store.getState().compared).toEqual([]);
  });

  it('resets the view but keeps the language', () => {
    const store = createDashboardStore({ language: 'en' });
    store.getState().toggleFilterItem('domains', 'a');
    store.getState().setFilter('query', 'x');
    store.getState().select({ kind: 'initiative', id: 'y' });
    store.getState().setMapView({ lat: 1, lon: 2, zoom: 3 });
    store.getState().resetView();
    const state = store.getState();
    expect(state.filters).toEqual(DEFAULT_FILTERS);
    expect(state.selection).toBeNull();
    expect(state.mapView).toBeNull();
    expect(state.language).toBe('en');
  });
});
