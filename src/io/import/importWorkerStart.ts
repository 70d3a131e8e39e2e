/**
 * Starting the import's worker, apart from the import's code (`runImport`, loaded on demand) so that a `?data=` link
 * starts it at once, while its file downloads and the study is drawn: the worker's code then loads and runs on its
 * own thread meanwhile. Started from the import's code, it came about 200 ms later on a linked 1,000-cluster
 * network: the page's thread, busy drawing the study, ran the code's arrival late.
 */

/** An import's worker started before its files are in. Whoever starts one hands it to `runImport` or stops it. */
export interface StartedImportWorker {
  readonly worker: Worker;
  /** Why its code did not load, if it failed before an import took it over. */
  readonly failedEarly: () => Error | null;
  stop(): void;
}

// A worker whose script did not load (offline, a server error, a policy) fires a bare `error` event, with no message.
export const loadFailure = (event: ErrorEvent) => new Error(event.message || 'the import’s code did not load');

/** Starts the import's worker; null where there is none (jsdom, Node: the job then runs in the page's thread). */
export function startImportWorker(): StartedImportWorker | null {
  if (typeof Worker === 'undefined') return null;
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let early: Error | null = null;
  worker.onerror = (event) => {
    early = loadFailure(event);
  };
  return { worker, failedEarly: () => early, stop: () => worker.terminate() };
}
