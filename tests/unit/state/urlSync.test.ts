import { describe, expect, it } from 'vitest';
import { createDashboardStore } from '../../../src/state/dashboardStore';
import type { UrlProblem } from '../../../src/state/urlState';
import { searchWithout, startUrlSync } from '../../../src/state/urlSync';

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
  const win = { location, history, addEventListener: events.addEventListener.bind(events), removeEventListener: events.removeEventListener.bind(events) };
  return { win: win as unknown as Window, back: () => go(-1), forward: () => go(1), hashOnly: () => go(0), entries };
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
