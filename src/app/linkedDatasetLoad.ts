import { linkedFileName, resolveLinkedAddress, type LinkPage, type LinkProblem } from '../io/linkedDataset';
import { failureOf, type ImportFailureReason } from '../io/import/importFailure';
import { runImport } from '../io/import/runImport';
import type { DashboardState } from '../state/dashboardStore';
import type { Notice } from '../state/noticeStore';
import { choicesChanged, DATASET_FREE_CHOICES, URL_CHOICES } from '../state/urlState';
import type { AppStores } from '../state/StoreContext';

/** A server that sends nothing for this long is given up on (a slow download that keeps coming is not). */
export const LINK_IDLE_TIMEOUT_MS = 30_000;

/**
 * How a `?data=` load ended:
 * - `shown`: the link's dataset is on screen;
 * - `not-shown`: refused, failed, timed out or cancelled; the study stays, and the rest of the link applies to it;
 * - `superseded`: the user chose something else while it loaded (a view, or other data), which stays.
 */
export type LinkLoadEnd = 'shown' | 'not-shown' | 'superseded';

export interface LinkLoadOptions {
  readonly page: LinkPage;
  readonly idleTimeoutMs?: number | undefined;
}

/** Why a load was stopped before its dataset could be shown (the abort's reason). */
type StopReason = 'cancelled' | 'view-changed' | 'data-changed' | 'timed-out';

/** Choices the user makes on the data on screen; the language and the map's pan name nothing in it, and do not count. */
const VIEW_CHOICES = URL_CHOICES.filter((choice) => !(DATASET_FREE_CHOICES as readonly string[]).includes(choice));
const viewChanged = (state: DashboardState, previous: DashboardState) => choicesChanged(VIEW_CHOICES, state, previous);

/**
 * Stops the load on the user's later action: Cancel (dismissing the
 * loading notice), a view chosen on the study meanwhile, or other data put
 * on screen. The latest action wins: the link's dataset must not replace
 * what the user did while waiting. Returns a function that stops watching.
 */
function watchUserActions(stores: AppStores, loading: Notice, stop: (reason: StopReason) => void): () => void {
  const unsubscribes = [
    stores.notices.subscribe((state) => {
      if (!state.notices.includes(loading)) stop('cancelled');
    }),
    stores.dashboard.subscribe((state, previous) => {
      if (viewChanged(state, previous)) stop('view-changed');
    }),
    stores.dataset.subscribe((state, previous) => {
      if (state.state !== previous.state) stop('data-changed');
    }),
  ];
  return () => unsubscribes.forEach((unsubscribe) => unsubscribe());
}

/** Aborts after `ms` without progress; `touch` restarts the wait, `clear` ends it. */
function idleTimer(ms: number, stop: (reason: StopReason) => void) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => clearTimeout(timer);
  const touch = () => {
    clear();
    timer = setTimeout(() => stop('timed-out'), ms);
  };
  return { touch, clear };
}

/**
 * `?data=<url>` loads a dataset of one's own network, from the same origin
 * only, redirects included (a link must not make the app fetch from
 * elsewhere), while the study stays on screen and usable. The « Chargement… »
 * notice has a Cancel button; a silent server times out.
 */
export async function loadLinkedDataset(stores: AppStores, address: string, options: LinkLoadOptions): Promise<LinkLoadEnd> {
  const notices = stores.notices.getState();
  // An address refused before any request, or the import failing to run.
  const report = ({ code, params }: { readonly code: LinkProblem['code'] | (typeof LINK_FAILURE_CODES)[ImportFailureReason]; readonly params: LinkProblem['params'] }) =>
    notices.push({ kind: 'import-failed', source: address, problems: [{ file: address, code, params }] });
  const resolved = resolveLinkedAddress(address, options.page);
  if (!resolved.ok) {
    report(resolved);
    return 'not-shown';
  }
  const study = stores.dataset.getState().study;
  if (!study) return 'not-shown';

  const loading: Notice = { kind: 'import-loading', source: address };
  notices.push(loading);
  const idleTimeoutMs = options.idleTimeoutMs ?? LINK_IDLE_TIMEOUT_MS;
  const controller = new AbortController();
  // Said at once, in the same update as the action that stopped it: Cancel's button becomes the new notice's Close, keeping the focus.
  const stop = (reason: StopReason) => {
    if (controller.signal.aborted) return;
    controller.abort(reason);
    notices.dismiss(loading);
    notices.push(stopNotice(address, reason, idleTimeoutMs));
  };
  const stopWatching = watchUserActions(stores, loading, stop);
  const timer = idleTimer(idleTimeoutMs, stop);
  timer.touch();
  let downloading = true;
  const name = linkedFileName(resolved.url);
  try {
    // The import's worker downloads the file and imports it while this thread draws the study; aborting terminates it.
    const result = await runImport(
      { files: [{ name, link: { url: resolved.url.href, address } }], delimiter: 'auto', domains: study.domains, pageAddress: options.page.href, now: new Date() },
      {
        signal: controller.signal,
        onProgress: (progress) => {
          if (downloading) timer.touch();
          notices.setProgress(loading, progress);
        },
        // What follows is the browser's own work, not a server's silence.
        onDownloaded: () => {
          downloading = false;
          timer.clear();
        },
      },
    );
    controller.signal.throwIfAborted();
    stopWatching();
    if (!result.ok) {
      // The server's answer (a refusal, an error, too large…) or the file's problems.
      notices.push({ kind: 'import-failed', source: address, problems: result.problems });
      return 'not-shown';
    }
    stores.dataset.getState().setImported(result.index, name);
    return 'shown';
  } catch (error) {
    const { aborted, reason } = controller.signal;
    if (aborted && isStopReason(reason)) return END_OF_STOP[reason];
    // The import could not run (its code or the commune list did not load, a bug): the link's server is not to blame.
    const failure = failureOf(error);
    report({ code: LINK_FAILURE_CODES[failure.reason], params: { detail: failure.detail } });
    return 'not-shown';
  } finally {
    stopWatching();
    timer.clear();
    stores.notices.getState().dismiss(loading);
  }
}

/** The notice's problem for each reason an import could not run. */
const LINK_FAILURE_CODES = {
  code: 'link-import-code',
  'commune-list': 'link-commune-list',
  'commune-list-unreachable': 'link-commune-list-unreachable',
  unexpected: 'link-import-failed',
} as const satisfies Record<ImportFailureReason, string>;

/** How a load stopped for this reason ends: a view or other data the user chose won; otherwise the study simply stays. */
const END_OF_STOP: Readonly<Record<StopReason, LinkLoadEnd>> = { cancelled: 'not-shown', 'timed-out': 'not-shown', 'view-changed': 'superseded', 'data-changed': 'superseded' };
const isStopReason = (reason: unknown): reason is StopReason => typeof reason === 'string' && reason in END_OF_STOP;

/** Says why the link's dataset will not be on screen. */
function stopNotice(address: string, reason: StopReason, idleTimeoutMs: number): Notice {
  if (reason === 'timed-out') {
    const seconds = Math.round(idleTimeoutMs / 1000);
    return { kind: 'import-failed', source: address, problems: [{ file: address, code: 'link-timed-out', params: { seconds } }] };
  }
  return { kind: 'import-stopped', source: address, reason };
}
