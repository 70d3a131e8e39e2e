/**
 * What the page and the import's worker say to each other (`importWorker.ts`,
 * `runImport.ts`), and how often the worker says how far it is. One request goes
 * in; progress comes out, then either a refusal, a failure, or the dataset:
 * everything but its long lists first (with the index's typed columns, moved
 * without a copy), then its records in slices, then `done`.
 *
 * Why slices: a network of 100,000 clusters is about a million objects, and
 * making them is the page's work whatever the way. Copied in one message,
 * they took 460 ms of the main thread; in slices, each is copied in a task
 * of its own, and the page asks for another only as it deals with one (two
 * are on their way at most), so it is never flooded and the garbage
 * collector, which moves every new object (they all survive) out of its
 * young generation, has time between slices. Sending all the slices at once
 * made tasks of 50–150 ms; parsing each slice from JSON text instead was
 * measured five times slower.
 */
import type { FilterColumns, PreparedIndex } from '../../domain/datasetIndex';
import type { Cluster, Dataset, Initiative } from '../../domain/schema';
import type { ImportFailureReason } from './importFailure';
import type { ImportProblem, OmittedProblems } from './importProblem';
import type { CsvDelimiterChoice } from './parseCsv';

/**
 * A file to import: chosen or dropped (read in the worker), or a `?data=` link's, which the worker downloads itself
 * so that the import runs while the page draws the study.
 */
export type ImportFile = { readonly name: string; readonly file: Blob } | { readonly name: string; readonly link: LinkedFile };

/** Where a `?data=` link's file is: its address resolved against the page (same origin), and as the link wrote it, to name it in problems. */
export interface LinkedFile {
  readonly url: string;
  readonly address: string;
}

/** What the page sends: the request, then `next` each time it is ready for the next slice. */
export type PageMessage = { readonly type: 'import'; readonly request: ImportRequest } | { readonly type: 'next' };

export interface ImportRequest {
  readonly files: readonly ImportFile[];
  readonly delimiter: CsvDelimiterChoice;
  /** The study's domains, which frame CSV initiatives. */
  readonly domains: Dataset['domains'];
  /** The page's address: the commune list is fetched from beside it (a worker has no document to resolve it from). */
  readonly pageAddress: string;
  readonly now: Date;
}

/**
 * A performance mark set when an imported dataset is ready for the page, in
 * the task that hands it to the store and renders it: the import's
 * end-to-end test measures the import up to it, and DevTools shows it.
 */
export const IMPORT_READY_MARK = 'import-ready';

/** The commune list, the app's own file (fetched only if a seat names a commune or a department). */
export const communeListUrl = (pageAddress: string) => new URL('geo/communes-fr.json', pageAddress).href;

/** A dataset without its long lists, which follow in slices. */
export type DatasetFrame = Omit<Dataset, 'initiatives' | 'clusters'>;

/** A slice of a long list: its records, and their folded search texts (the index's, worked out in the worker). */
export type RecordSlice =
  | { readonly type: 'records'; readonly list: 'initiatives'; readonly records: readonly Initiative[]; readonly search: readonly string[] }
  | { readonly type: 'records'; readonly list: 'clusters'; readonly records: readonly Cluster[]; readonly search: readonly string[] };

/** The index's columns without the search texts, which come with their records' slices. */
export type PreparedFrame = Omit<PreparedIndex, 'columns'> & { readonly columns: FilterColumns & { readonly initiativeSearchText: readonly []; readonly clusterSearchText: readonly [] } };

export type WorkerMessage =
  /** `totalBytes` is null while a download that did not declare its size is coming. */
  | { readonly type: 'progress'; readonly bytesRead: number; readonly totalBytes: number | null; readonly rowsChecked: number; readonly rowsTotal: number | null }
  /** A linked file is in: what follows is the browser's own work, not a server's. */
  | { readonly type: 'downloaded' }
  | { readonly type: 'refused'; readonly problems: readonly ImportProblem[]; readonly omitted: OmittedProblems }
  /** The import could not run (the commune list did not load, a file could not be read, a bug): `reason` and `detail` say why. */
  | { readonly type: 'failed'; readonly reason: ImportFailureReason; readonly detail: string }
  | {
      readonly type: 'accepted';
      readonly frame: DatasetFrame;
      readonly prepared: PreparedFrame;
      readonly warnings: readonly ImportProblem[];
      readonly omitted: OmittedProblems;
      readonly recodedFiles: readonly string[];
    }
  | RecordSlice
  | { readonly type: 'done' };

/** Records per slice: 1,000 clusters take about 5 ms to copy into the page (100 slices for a network of 100,000). */
export const SLICE_RECORDS = 1_000;

/** The index's columns to send ahead (their typed arrays move), and the search texts to send with the records. */
export function splitPrepared({ regions, columns }: PreparedIndex): { frame: PreparedFrame; search: Pick<FilterColumns, 'initiativeSearchText' | 'clusterSearchText'> } {
  const { initiativeSearchText, clusterSearchText, ...typed } = columns;
  return { frame: { regions, columns: { ...typed, initiativeSearchText: [], clusterSearchText: [] } }, search: { initiativeSearchText, clusterSearchText } };
}

/** The dataset's long lists in slices, initiatives first (a cluster's list of the initiatives it runs is built from them). */
export function* recordSlices(
  dataset: Pick<Dataset, 'initiatives' | 'clusters'>,
  search: Pick<FilterColumns, 'initiativeSearchText' | 'clusterSearchText'>,
  size = SLICE_RECORDS,
): Generator<RecordSlice> {
  for (let start = 0; start < dataset.initiatives.length; start += size) {
    yield { type: 'records', list: 'initiatives', records: dataset.initiatives.slice(start, start + size), search: search.initiativeSearchText.slice(start, start + size) };
  }
  for (let start = 0; start < dataset.clusters.length; start += size) {
    yield { type: 'records', list: 'clusters', records: dataset.clusters.slice(start, start + size), search: search.clusterSearchText.slice(start, start + size) };
  }
}

/** At most this often does the worker say how far it is: enough for a bar to move, not enough to keep the page busy. */
export const PROGRESS_INTERVAL_MS = 100;

type ProgressMessage = Extract<WorkerMessage, { type: 'progress' }>;

/**
 * Sends the worker's progress at most every `intervalMs`: `update` records
 * what changed (it is called for every record: it only compares a clock)
 * and sends it if the last report is old enough, or at once when `urgent`
 * (a new total is known); `flush` sends what was last recorded.
 */
export function progressReporter(send: (message: ProgressMessage) => void, totalBytes: number | null, now: () => number, intervalMs = PROGRESS_INTERVAL_MS) {
  const state = { bytesRead: 0, totalBytes, rowsChecked: 0, rowsTotal: null as number | null };
  let sentAt = -Infinity;
  let pending = false;
  const sendNow = () => {
    sentAt = now();
    pending = false;
    send({ type: 'progress', ...state });
  };
  return {
    update(change: Partial<typeof state>, urgent = false) {
      Object.assign(state, change);
      pending = true;
      if (urgent || now() - sentAt >= intervalMs) sendNow();
    },
    flush() {
      if (pending) sendNow();
    },
  };
}
