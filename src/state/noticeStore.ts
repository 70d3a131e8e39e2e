import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ImportProgress } from '../domain/importProgress';
import type { LocatedProblem } from '../domain/problem';
import type { UrlProblem } from './urlState';


/** Messages the app owes the user about something it did on their behalf (kept as data, worded at render). */
export type Notice =
  | { readonly kind: 'url-ignored'; readonly problems: readonly UrlProblem[] }
  /**
   * A linked dataset on its way (a network of 100,000 clusters takes seconds): the study stays on screen meanwhile.
   * Dismissing it cancels the load.
   */
  | { readonly kind: 'import-loading'; readonly source: string }
  /** A linked dataset that will not be shown: the user cancelled it, or chose a view or other data while it loaded. */
  | { readonly kind: 'import-stopped'; readonly source: string; readonly reason: 'cancelled' | 'view-changed' | 'data-changed' }
  | { readonly kind: 'import-failed'; readonly source: string; readonly problems: readonly LocatedProblem[] };

export interface NoticeStore {
  readonly notices: readonly Notice[];
  /**
   * How far the load a loading notice announces is. Kept beside the notice, which stays the same
   * object while it is shown: the load watches for its notice being dismissed (Cancel).
   */
  readonly progress: ReadonlyMap<Notice, ImportProgress>;
  push(notice: Notice): void;
  dismiss(notice: Notice): void;
  setProgress(notice: Notice, progress: ImportProgress): void;
}

export function createNoticeStore(): StoreApi<NoticeStore> {
  return createStore<NoticeStore>()((set) => ({
    notices: [],
    progress: new Map(),
    push: (notice) => set((state) => ({ notices: [...state.notices, notice] })),
    dismiss: (notice) =>
      set((state) => {
        const progress = new Map(state.progress);
        progress.delete(notice);
        return { notices: state.notices.filter((n) => n !== notice), progress };
      }),
    // Only while the notice is shown: a late report must not outlive it.
    setProgress: (notice, value) => set((state) => (state.notices.includes(notice) ? { progress: new Map(state.progress).set(notice, value) } : state)),
  }));
}
