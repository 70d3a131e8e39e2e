import { describe, expect, it, vi } from 'vitest';
import { createDashboardStore } from '../../../src/state/dashboardStore';
import type { UrlProblem } from '../../../src/state/urlState';
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

const vocabulary = {
  domainIds: new Set(['recruter']),
  regions: new Set<string>(),
  clusterIds: new Set(['mecabourg']),
  initiativeIds: new Set<string>(),
  caseStudyNumbers: new Set<number>(),
};

/** A window with a history of entries, enough for the sync: Back and Forward land on an entry and fire popstate. */
function fakeWindow(search: string) {
  const events = new EventTarget();
  const entries = [search];
  let at = 0;
  const location = { pathname: '/', hash: '', get search() { return entries[at]!; } };
  const queryOf = (url: string) => url.slice(url.indexOf('?') === -1 ? url.length : url.indexOf('?')).replace(/#.*/, '');
  const history = {
    state: null,
    pushState: (_: unknown, __: string, url: string) => { entries.splice(at + 1, entries.length, queryOf(url)); at += 1; },
    replaceState: (_: unknown, __: string, url: string) => { entries[at] = queryOf(url); },
  };
  const go = (step: number) => { at += step; events.dispatchEvent(new Event('popstate')); };
  // Animation frames and tasks run when the test says: `frame()` renders a frame, then runs the tasks it queued.
  let frameCallbacks: (() => void)[] = [];
  let tasks: (() => void)[] = [];
  const timing = {
    requestAnimationFrame: (callback: () => void) => frameCallbacks.push(callback),
    cancelAnimationFrame: (id: number) => (frameCallbacks[id - 1] = () => {}),
    setTimeout: (callback: () => void) => tasks.push(callback),
    clearTimeout: (id: number) => (tasks[id - 1] = () => {}),
  };
  const frame = () => {
    const callbacks = frameCallbacks;
    frameCallbacks = [];
    callbacks.forEach((callback) => callback());
    const queued = tasks;
    tasks = [];
    queued.forEach((task) => task());
  };
  const win = { location, history, ...timing, addEventListener: events.addEventListener.bind(events), removeEventListener: events.removeEventListener.bind(events) };
  const pageHide = () => events.dispatchEvent(new Event('pagehide'));
  return { win: win as unknown as Window, back: () => go(-1), forward: () => go(1), hashOnly: () => go(0), frame, pageHide, entries };
}

describe('startUrlSync', () => {
  it('reports what it ignores on an entry reached by Back or Forward, as on first load', () => {
    const { win, back, forward, hashOnly } = fakeWindow('?d=recruter&zoom=3');
    const reports: UrlProblem[][] = [];
    const store = createDashboardStore();
    startUrlSync(store, () => vocabulary, (problems) => reports.push(problems), win);
    expect(reports).toEqual([[{ parameter: 'zoom', value: '3', reason: 'unknown' }]]);

    store.getState().select({ kind: 'cluster', id: 'mecabourg' });
    expect(win.location.search).toBe('?d=recruter&sel=c%3Amecabourg');
    back();
    expect(store.getState().selection).toBeNull();
    expect(reports).toHaveLength(2);
    expect(reports[1]).toEqual([{ parameter: 'zoom', value: '3', reason: 'unknown' }]);
    // A jump to an anchor fires popstate on the same entry: already said.
    hashOnly();
    expect(reports).toHaveLength(2);
    forward();
    expect(store.getState().selection).toEqual({ kind: 'cluster', id: 'mecabourg' });
    expect(reports).toHaveLength(2);
  });
});

describe('startUrlSync while the view changes (a search typed, filters)', () => {
  const start = (search = '') => {
    const window = fakeWindow(search);
    const store = createDashboardStore();
    startUrlSync(store, () => vocabulary, () => {}, window.win);
    return { ...window, store, type: (query: string) => store.getState().setFilter('query', query) };
  };

  it('writes the search after the frame that shows it, once for the keystrokes of that frame', () => {
    const { win, frame, type } = start('?d=recruter');
    const replaceState = vi.spyOn(win.history, 'replaceState');
    type('m');
    type('me');
    expect(win.location.search).toBe('?d=recruter');
    frame();
    expect(win.location.search).toBe('?d=recruter&q=me');
    expect(replaceState).toHaveBeenCalledTimes(1);
    type('mec');
    frame();
    expect(win.location.search).toBe('?d=recruter&q=mec');
  });

  it('writes any other change after its frame too, with whatever else changed in that frame', () => {
    const { win, frame, store, type } = start();
    const replaceState = vi.spyOn(win.history, 'replaceState');
    type('mec');
    store.getState().toggleFilterItem('domains', 'recruter');
    store.getState().setLanguage('en');
    expect(win.location.search).toBe('');
    frame();
    expect(win.location.search).toBe('?lang=en&d=recruter&q=mec');
    expect(replaceState).toHaveBeenCalledTimes(1);
    // Reset in the frame of a keystroke: what the address keeps is where the frame ends.
    type('meca');
    store.getState().resetFilters();
    frame();
    expect(win.location.search).toBe('?lang=en');
  });

  it('leaves the typed search in the entry a new selection leaves, so Back returns to it', () => {
    const { win, store, type, back, entries } = start();
    type('mecabourg');
    store.getState().select({ kind: 'cluster', id: 'mecabourg' });
    expect(entries).toEqual(['?q=mecabourg', '?q=mecabourg&sel=c%3Amecabourg']);
    back();
    expect(store.getState().filters.query).toBe('mecabourg');
    expect(store.getState().selection).toBeNull();
    expect(win.location.search).toBe('?q=mecabourg');
  });

  it('drops a write still waiting when Back lands on another entry, and writes it when the page is left', () => {
    const { win, store, type, back, frame, pageHide } = start();
    store.getState().select({ kind: 'cluster', id: 'mecabourg' });
    type('zzz');
    back();
    frame();
    expect(win.location.search).toBe('');
    expect(store.getState().filters.query).toBe('');
    type('mec');
    pageHide();
    expect(win.location.search).toBe('?q=mec');
  });
});

/** Enough of a window for the URL sync: an address, a history that rewrites it, and no events. */
function addressOnlyWindow(search: string) {
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
    const win = addressOnlyWindow('?data=net%2Fc.csv&sel=c%3Asolo');
    const store = createDashboardStore();
    store.getState().setFilter('interviewed', 'interviewed');
    const onProblems = vi.fn();
    startUrlSync(store, studyVocabulary, onProblems, win, { from: 'store' });
    expect(store.getState().filters.interviewed).toBe('interviewed');
    expect(win.location.search).toBe('?iv=interviewed&data=net%2Fc.csv');
    expect(onProblems).not.toHaveBeenCalled();
  });
});

describe('followDatasetFreeChoices', () => {
  it('keeps the link’s view in the address and follows only the language and the map', () => {
    const win = addressOnlyWindow('?data=net%2Fc.csv&sel=c%3Asolo');
    const store = createDashboardStore();
    const stop = followDatasetFreeChoices(store, win);
    store.getState().setLanguage('en');
    store.getState().setMapView({ lat: 47, lon: 2, zoom: 6 });
    store.getState().setFilter('interviewed', 'cited');
    expect(Object.fromEntries(new URLSearchParams(win.location.search))).toEqual({ data: 'net/c.csv', sel: 'c:solo', lang: 'en', map: '47,2,6' });
    stop();
    store.getState().setLanguage('fr');
    expect(new URLSearchParams(win.location.search).get('lang')).toBe('en');
  });
});
