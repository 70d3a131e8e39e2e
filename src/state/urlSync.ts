import type { StoreApi } from 'zustand/vanilla';
import type { DashboardStore } from './dashboardStore';
import { CHOICE_PARAMETER, choicesChanged, DATASET_FREE_CHOICES, parseUrlState, serializeUrlState, URL_CHOICES, type UrlProblem, type UrlState, type UrlVocabulary } from './urlState';

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

/** What the view in the address is read from when syncing starts. */
export interface UrlSyncStart {
  /**
   * `url` (a page opened from a link): the address's view is applied to the store.
   * `store`: the store's view is written to the address — the user chose it while
   * a linked dataset loaded, and it must not be replaced by the link's.
   */
  readonly from: 'url' | 'store';
}

/** The address for this view, keeping the carried-along parameters. */
const addressOf = (state: UrlState, win: Window) => `${win.location.pathname}${withForeignParameters(serializeUrlState(state), win.location.search)}${win.location.hash}`;

/**
 * Calls `run` once the next frame has been rendered (a task queued from that frame's animation callbacks), unless
 * cancelled with the function returned. Without animation frames (tests with a bare window), on the next task.
 */
function afterNextFrame(win: Window, run: () => void): () => void {
  if (typeof win.requestAnimationFrame !== 'function') {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  let timer: number | undefined;
  const frame = win.requestAnimationFrame(() => {
    timer = win.setTimeout(run, 0);
  });
  return () => {
    win.cancelAnimationFrame(frame);
    if (timer !== undefined) win.clearTimeout(timer);
  };
}

/**
 * Keeps the address bar and the store in step:
 * - on start, the URL's state is applied (problems are reported, not thrown), or the store's written;
 * - a new selection adds a history entry at once, so Back returns to the previous one;
 * - any other change replaces the current entry, after the frame that shows it: an address change costs
 *   Chromium a millisecond or more of main thread (a keystroke's search at 100,000 clusters costs less),
 *   and the changes of one frame (keystrokes, a Reset) make one write; Safari refuses more than 100 address
 *   changes in 30 s. A new entry writes the waiting change first, into the entry it leaves;
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
  start: UrlSyncStart = { from: 'url' },
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
  /** Writes the address of `state` (a new history entry when `push`), when it differs from the current one. */
  const write = (state: UrlState, push: boolean) => {
    const url = addressOf(state, win);
    if (url === `${win.location.pathname}${win.location.search}${win.location.hash}`) return;
    if (push) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
    syncedSearch = win.location.search;
  };
  /** Cancels the write of a change still waiting for its frame, if any; says whether there was one. */
  let cancelPendingWrite: (() => void) | null = null;
  const dropPendingWrite = (): boolean => {
    if (!cancelPendingWrite) return false;
    cancelPendingWrite();
    cancelPendingWrite = null;
    return true;
  };

  if (start.from === 'url') apply();
  else {
    win.history.replaceState(win.history.state, '', addressOf(store.getState(), win));
    syncedSearch = win.location.search;
  }

  const unsubscribe = store.subscribe((state, previous) => {
    if (applyingHistory) return;
    if (!choicesChanged(URL_CHOICES, state, previous)) return;
    if (state.selection !== previous.selection) {
      // A new entry: the one it leaves gets the change that waited, if any.
      if (dropPendingWrite()) write(previous, false);
      write(state, true);
      return;
    }
    cancelPendingWrite ??= afterNextFrame(win, () => {
      cancelPendingWrite = null;
      write(store.getState(), false);
    });
  });

  const onPopState = () => {
    // The waiting change belonged to the entry just left.
    dropPendingWrite();
    // A jump to an anchor (or a `data=` dropped in place) lands on the same query: nothing new to apply or to say.
    if (win.location.search !== syncedSearch) apply();
  };
  // Leaving the page in the same frame as a change: the address keeps it (a reload shows it).
  const onPageHide = () => {
    if (dropPendingWrite()) write(store.getState(), false);
  };
  win.addEventListener('popstate', onPopState);
  win.addEventListener('pagehide', onPageHide);
  return function stopUrlSync() {
    onPageHide();
    unsubscribe();
    win.removeEventListener('popstate', onPopState);
    win.removeEventListener('pagehide', onPageHide);
  };
}

/** The link parameters of `DATASET_FREE_CHOICES`, which name nothing in a dataset. */
const DATASET_FREE_PARAMETERS = DATASET_FREE_CHOICES.map((choice) => CHOICE_PARAMETER[choice]);

/**
 * While a linked dataset loads, the address keeps the link's view (it names
 * the coming dataset's items, unknown to the study on screen); only the
 * language and the map's pan follow the store meanwhile. Returns a function
 * that stops following.
 */
export function followDatasetFreeChoices(store: StoreApi<DashboardStore>, win: Window = window): () => void {
  return store.subscribe((state, previous) => {
    if (!choicesChanged(DATASET_FREE_CHOICES, state, previous)) return;
    const params = new URLSearchParams(win.location.search);
    const wanted = new URLSearchParams(serializeUrlState(state));
    for (const name of DATASET_FREE_PARAMETERS) {
      const value = wanted.get(name);
      if (value === null) params.delete(name);
      else params.set(name, value);
    }
    const search = params.toString() === '' ? '' : `?${params.toString()}`;
    if (search !== win.location.search) win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`);
  });
}
