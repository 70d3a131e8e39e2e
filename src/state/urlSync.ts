import type { StoreApi } from 'zustand/vanilla';
import type { DashboardStore } from './dashboardStore';
import { parseUrlState, serializeUrlState, type UrlProblem, type UrlVocabulary } from './urlState';

/** Parameters owned by something else than the view (e.g. `data`, the dataset's address) are carried along untouched. */
const FOREIGN_PARAMETERS = ['data'];

function withForeignParameters(query: string, currentSearch: string): string {
  const current = new URLSearchParams(currentSearch);
  const next = new URLSearchParams(query);
  for (const name of FOREIGN_PARAMETERS) {
    const value = current.get(name);
    if (value !== null) next.set(name, value);
  }
  const text = next.toString();
  return text === '' ? '' : `?${text}`;
}

/** The query string without the parameter `name`, or "" when nothing is left. */
export function searchWithout(search: string, name: string): string {
  const params = new URLSearchParams(search);
  params.delete(name);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/**
 * Takes a carried-along parameter out of the address bar, in place (no
 * history entry): `data` once the dataset it named is no longer on screen,
 * so that neither a reload nor the permalink of an export brings it back.
 */
export function dropUrlParameter(name: string, win: Window = window): void {
  const search = searchWithout(win.location.search, name);
  if (search !== win.location.search) win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
}

/**
 * Keeps the address bar and the store in step:
 * - on start, the URL's state is applied (problems are reported, not thrown);
 * - a new selection adds a history entry, so Back returns to the previous one;
 *   any other change replaces the current entry;
 * - Back and Forward re-apply the state they land on, and report what they
 *   ignore there as the first load does (an old entry may name items of a
 *   dataset no longer on screen, or carry what the link first said).
 * Returns a function that stops syncing.
 */
export function startUrlSync(
  store: StoreApi<DashboardStore>,
  /** What the URL may name in the dataset on screen (read at each use: the dataset can change). */
  vocabulary: () => UrlVocabulary,
  onProblems: (problems: UrlProblem[]) => void,
  win: Window = window,
): () => void {
  let applyingHistory = false;
  /** The query the store's state was last read from or written to. */
  let syncedSearch = win.location.search;
  const apply = () => {
    syncedSearch = win.location.search;
    const { state, problems } = parseUrlState(syncedSearch, vocabulary());
    applyingHistory = true;
    store.setState(state);
    applyingHistory = false;
    if (problems.length > 0) onProblems(problems);
  };

  apply();

  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingHistory) return;
    if (
      state.filters === previous.filters &&
      state.selection === previous.selection &&
      state.mapView === previous.mapView &&
      state.language === previous.language &&
      state.compared === previous.compared &&
      state.comparability === previous.comparability &&
      state.whiteSpace === previous.whiteSpace
    ) {
      return;
    }
    const search = withForeignParameters(serializeUrlState(state), win.location.search);
    if (search === win.location.search) return;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    if (state.selection !== previous.selection) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    syncedSearch = search;
  });

  const onPopState = () => {
    // A jump to an anchor (or a `data=` dropped in place) lands on the same query: nothing new to apply or to say.
    if (win.location.search !== syncedSearch) apply();
  };
  win.addEventListener('popstate', onPopState);
  return function stopUrlSync() {
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
  };
}
