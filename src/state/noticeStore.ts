import { createStore, type StoreApi } from 'zustand/vanilla';
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
  push(notice: Notice): void;
  dismiss(notice: Notice): void;
}

export function createNoticeStore(): StoreApi<NoticeStore> {
  return createStore<NoticeStore>()((set) => ({
    notices: [],
    push: (notice) => set((state) => ({ notices: [...state.notices, notice] })),
    dismiss: (notice) => set((state) => ({ notices: state.notices.filter((n) => n !== notice) })),
  }));
}
