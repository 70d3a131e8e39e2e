import { indexBuilder, type DatasetIndex } from '../../domain/datasetIndex';
import type { Dataset } from '../../domain/schema';
import type { ImportProblem, OmittedProblems } from './importProblem';
import { NO_PROGRESS, type ImportProgress } from '../../domain/importProgress';
import { ImportFailure } from './importFailure';
import { IMPORT_READY_MARK, type ImportRequest, type PageMessage, type WorkerMessage } from './importProtocol';

/** A dataset ready to go on screen, with its index built as it arrived, or what is wrong with the files. */
export type ImportResult =
  | { readonly ok: true; readonly index: DatasetIndex; readonly warnings: readonly ImportProblem[]; readonly omitted: OmittedProblems; readonly recodedFiles: readonly string[] }
  | { readonly ok: false; readonly problems: readonly ImportProblem[]; readonly omitted: OmittedProblems };

export interface RunImportOptions {
  /** Aborting it terminates the worker at once; the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal | undefined;
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
  /** A linked file is downloaded: the import goes on in the browser, whatever the server does now. */
  readonly onDownloaded?: (() => void) | undefined;
}

/** What was thrown, as an Error (a worker's or a promise's rejection may be anything). */
const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

/** Where the job runs: a worker, or this thread (see `inThread`). */
interface Channel {
  post(message: PageMessage): void;
  close(): void;
}

function workerChannel(worker: Worker, onMessage: (message: WorkerMessage) => void, onError: (error: Error) => void): Channel {
  worker.onmessage = (event: MessageEvent<WorkerMessage>) => onMessage(event.data);
  // A worker whose script did not load (offline, a server error, a policy) fires a bare `error` event, with no message.
  worker.onerror = (event) => onError(event.message ? new Error(event.message) : new ImportFailure('code', ''));
  worker.onmessageerror = () => onError(new Error('a message from the import could not be read'));
  return { post: (message) => worker.postMessage(message), close: () => worker.terminate() };
}

/**
 * The same job in this thread, for jsdom (component tests) and Node (unit
 * tests), which have no Worker. The app never comes here: every browser it
 * supports has module workers, and a worker that fails to load is a failure
 * to report, not a reason to freeze the tab.
 */
function inThread(onMessage: (message: WorkerMessage) => void, onError: (error: Error) => void): Channel {
  let open = true;
  // Stops a link's download, as terminating a worker would.
  const stop = new AbortController();
  const job = import('./importJob');
  const pacer = job.then(({ slicePacer }) => slicePacer());
  const failed = (error: unknown) => open && onError(asError(error));
  return {
    post: (message) => {
      if (message.type === 'next') void pacer.then((p) => p.ask());
      else
        void Promise.all([job, pacer])
          .then(([{ runImportJob }, p]) => runImportJob(message.request, (reply) => open && onMessage(reply), p.next, { signal: stop.signal }))
          .catch(failed);
    },
    close: () => {
      open = false;
      stop.abort();
    },
  };
}

/**
 * Runs an import in a worker (`importWorker.ts`) and puts the dataset
 * together on this side as its slices arrive, indexing each one, so that
 * no step holds the page for long. A linked file is downloaded by the
 * worker, so the import starts while this thread is busy (drawing the study).
 * Rejects when the import cannot run (its code did not load, a file could
 * not be read…) or is aborted; the data on screen is never touched.
 */
export function runImport(request: ImportRequest, { signal, onProgress, onDownloaded }: RunImportOptions = {}): Promise<ImportResult> {
  return new Promise<ImportResult>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    let closed = false;
    let progress = NO_PROGRESS;
    let arriving: {
      dataset: Dataset;
      search: Record<'initiatives' | 'clusters', string[]>;
      builder: ReturnType<typeof indexBuilder>;
      accepted: Extract<WorkerMessage, { type: 'accepted' }>;
    } | null = null;
    const close = () => {
      closed = true;
      channel.close();
      signal?.removeEventListener('abort', abort);
    };
    const settle = (end: () => void) => {
      if (closed) return;
      close();
      end();
    };
    const abort = () => settle(() => reject(signal?.reason));
    const fail = (error: Error) => settle(() => reject(error));
    const tell = (change: Partial<ImportProgress>) => {
      progress = { ...progress, ...change };
      onProgress?.(progress);
    };

    const receive = (message: WorkerMessage) => {
      if (closed) return;
      switch (message.type) {
        case 'progress':
          tell({ bytesRead: message.bytesRead, totalBytes: message.totalBytes, rowsChecked: message.rowsChecked, rowsTotal: message.rowsTotal });
          return;
        case 'downloaded':
          onDownloaded?.();
          return;
        case 'refused':
          settle(() => resolve({ ok: false, problems: message.problems, omitted: message.omitted }));
          return;
        case 'failed':
          fail(new ImportFailure(message.reason, message.detail));
          return;
        case 'accepted': {
          const { frame, prepared } = message;
          // In the schema's order, as a dataset parsed in one go (an export writes it in this order).
          const dataset: Dataset = { meta: frame.meta, domains: frame.domains, initiatives: [], clusters: [], caseStudies: frame.caseStudies, keyFigures: frame.keyFigures };
          // The search texts come with their records, into the index's own arrays.
          const search = { initiatives: [] as string[], clusters: [] as string[] };
          const columns = { ...prepared.columns, initiativeSearchText: search.initiatives, clusterSearchText: search.clusters };
          arriving = { dataset, search, builder: indexBuilder(dataset, { ...prepared, columns }), accepted: message };
          // Two slices on their way: the worker copies out the next while this side copies in the last.
          askNext();
          askNext();
          return;
        }
        case 'records': {
          if (!arriving) throw new Error('records before the dataset was accepted');
          // One by one, not push(...records): a slice may be longer than a call takes arguments.
          const list = arriving.dataset[message.list] as unknown[];
          for (const record of message.records) list.push(record);
          const texts = arriving.search[message.list];
          for (const text of message.search) texts.push(text);
          arriving.builder.catchUp();
          tell({ rowsReceived: progress.rowsReceived + message.records.length });
          askNext();
          return;
        }
        case 'done': {
          if (!arriving) throw new Error('done before the dataset was accepted');
          const index = arriving.builder.finish();
          const { warnings, omitted, recodedFiles } = arriving.accepted;
          // The caller puts it on screen in this same task (the promise's reactions run before it ends).
          performance.mark(IMPORT_READY_MARK);
          settle(() => resolve({ ok: true, index, warnings, omitted, recodedFiles }));
          return;
        }
      }
    };
    const onMessage = (message: WorkerMessage) => {
      try {
        receive(message);
      } catch (error) {
        fail(asError(error));
      }
    };

    // No Worker in jsdom and Node: the job then runs in this thread (see `inThread`).
    const channel = typeof Worker === 'undefined' ? inThread(onMessage, fail) : workerChannel(new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' }), onMessage, fail);
    const askNext = () => channel.post({ type: 'next' });
    signal?.addEventListener('abort', abort, { once: true });
    try {
      channel.post({ type: 'import', request });
    } catch (error) {
      fail(asError(error));
    }
  });
}
