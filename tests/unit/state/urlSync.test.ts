import { describe, expect, it, vi } from 'vitest';
import { createDashboardStore } from '../../../src/state/dashboardStore';
import { followDatasetFreeChoices, searchWithout, startUrlSync } from '../../../src/state/urlSync';
import { urlVocabulary } from '../../../src/state/urlVocabulary';
import { studyDataset } from '../../helpers/dashboard';

describe('searchWithout', () => {
  it('takes one parameter out and keeps the others', () => {
    expect(searchWithout('?data=reseau%2Fc.csv&d=recruter&q=a+b', 'data')).toBe('?d=recruter&q=a+b');
    expect(searchWithout('?data=x', 'data')).toBe('');
    expect(searchWithout('', 'data')).toBe('');
  });
});

/** Enough of a window for the URL sync: an address, a history that rewrites it, and no events. */
function fakeWindow(search: string) {
  const location = { pathname: '/', search, hash: '' };
  const setAddress = (_state: unknown, _title: string, url: string) => {
    location.search = new URL(url, 'http://h').search;
  };
  return {
    location,
    history: { state: null, replaceState: vi.fn(setAddress), pushState: vi.fn(setAddress) },
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  } as unknown as Window & { location: { search: string } };
}

const studyVocabulary = () => urlVocabulary(studyDataset());

describe('startUrlSync', () => {
  it('writes the view chosen while a linked dataset loaded, instead of applying the link’s', () => {
    const win = fakeWindow('?data=net%2Fc.csv&sel=c%3Asolo');
    const store = createDashboardStore();
    store.getState().setInterviewed('interviewed');
    const onProblems = vi.fn();
    startUrlSync(store, studyVocabulary, onProblems, win, { from: 'store' });
    expect(store.getState().filters.interviewed).toBe('interviewed');
    expect(win.location.search).toBe('?iv=interviewed&data=net%2Fc.csv');
    expect(onProblems).not.toHaveBeenCalled();
  });
});

describe('followDatasetFreeChoices', () => {
  it('keeps the link’s view in the address and follows only the language and the map', () => {
    const win = fakeWindow('?data=net%2Fc.csv&sel=c%3Asolo');
    const store = createDashboardStore();
    const stop = followDatasetFreeChoices(store, win);
    store.getState().setLanguage('en');
    store.getState().setMapView({ lat: 47, lon: 2, zoom: 6 });
    store.getState().setInterviewed('cited');
    expect(Object.fromEntries(new URLSearchParams(win.location.search))).toEqual({ data: 'net/c.csv', sel: 'c:solo', lang: 'en', map: '47,2,6' });
    stop();
    store.getState().setLanguage('fr');
    expect(new URLSearchParams(win.location.search).get('lang')).toBe('en');
  });
});
